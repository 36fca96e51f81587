import type { EnvironmentInput } from '../config/environment';
import versions from './images/oke.json';

const worker = { replicas: { min: 1, max: 1 }, resources: { cpuRequest: '25m', cpuLimit: '250m', memoryRequest: '96Mi', memoryLimit: '256Mi' } };

/** Oracle Kubernetes Engine on the Always Free tier (4 OCPU / 24 GB Ampere A1). */
export const oke: EnvironmentInput = {
  name: 'oke',
  description: 'Oracle Kubernetes Engine on the Always Free tier',
  cluster: { distribution: 'oke' },
  kafka: {
    backend: 'strimzi',
    // Every service gets its own SCRAM identity, limited by ACLs to its topics and group.
    authentication: 'scram-sha-512',
    resources: { cpuRequest: '200m', cpuLimit: '1', memoryRequest: '1Gi', memoryLimit: '1Gi' },
    storageLimit: '5Gi',
  },
  // 50Gi: OCI's smallest block volume, counted in the Always Free storage budget.
  database: { provider: 'cloudnative-pg', storageSize: '50Gi' },
  dapr: {
    logLevel: 'info',
    tracing: { samplingRate: '0.1' },
    sidecar: { cpuRequest: '25m', cpuLimit: '300m', memoryRequest: '64Mi', memoryLimit: '192Mi' },
    // Three scheduler volumes would not fit the 200 GB free storage; reminders are also swept by cron.
    scheduler: { inMemoryStorage: true },
  },
  // Always Free: 4 OCPU / 24 GB of Ampere A1 (infra-oci nodePool; a test checks they agree).
  gitops: { repoURL: 'https://github.com/your-org/todo-chatbot-platform.git' },
  capacity: { nodes: 2, cpu: 4, memoryGi: 24, systemReserve: { cpu: '500m', memory: '2Gi', description: 'OKE kube-system pods (CoreDNS, flannel, kube-proxy, CSI node plugin, proxymux) and kubelet reservations, estimated' } },
  // Must match infra-oci: the API endpoint subnet and the worker subnet (a test checks it).
  network: { apiServer: { cidr: '10.0.0.0/28', port: 6443 }, nodeCidrs: ['10.0.16.0/20'] },
  // The registry stack's `ocir_repositories` output; set your tenancy namespace. Versions (git
  // SHAs) live in images/oke.json, which the images workflow bumps in a pull request.
  images: {
    repository: 'fra.ocir.io/your-tenancy-namespace/todo-chatbot',
    versions,
  },
  workloads: {
    frontend: { replicas: { min: 1, max: 1 }, resources: { cpuRequest: '75m', cpuLimit: '500m', memoryRequest: '192Mi', memoryLimit: '384Mi' } },
    backend: { replicas: { min: 1, max: 3 }, resources: { cpuRequest: '150m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '768Mi' } },
    // task-events has 3 partitions; reminders 1; task-updates fans out to browsers, one consumer.
    'recurring-task': { ...worker, replicas: { min: 1, max: 3 } },
    notification: worker,
    audit: worker,
    realtime: worker,
  },
  edge: {
    // Set host (your DNS name) or publicIp (the load balancer's address, from `kubectl get gateway -n todo-app`).
    publicIp: '203.0.113.10',
    issuer: 'letsencrypt-production',
    acmeEmail: 'replace-me@example.org',
    exposure: 'load-balancer',
    loadBalancerMbps: 10,
  },
};
