import type { EnvironmentInput } from '../config/environment';
import { ALWAYS_FREE } from '../contract/always-free';
import type { DeploymentInputs } from './inputs';
import versions from './images/oke.json';

const worker = { replicas: { min: 1, max: 1 }, resources: { cpuRequest: '25m', cpuLimit: '250m', memoryRequest: '96Mi', memoryLimit: '256Mi' } };

/** Oracle Kubernetes Engine on the Always Free tier (Ampere A1, sized by the platform configuration). */
export function oke({ platform, outputs }: DeploymentInputs): EnvironmentInput {
  const pool = platform.oci.nodePool;
  return {
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
  gitops: platform.gitops,
  capacity: {
    nodes: pool.nodeCount,
    cpu: pool.nodeCount * pool.ocpusPerNode,
    memoryGi: pool.nodeCount * pool.memoryGbPerNode,
    systemReserve: { cpu: '500m', memory: '2Gi', description: 'OKE kube-system pods (CoreDNS, flannel, kube-proxy, CSI node plugin, proxymux) and kubelet reservations, estimated' },
  },
  // From the applied network stack (k8s/contract/outputs/oke.json).
  network: { apiServer: { cidr: outputs.network.apiEndpointCidr, port: 6443 }, nodeCidrs: [outputs.network.workerSubnetCidr] },
  // Repository from the registry stack; versions (git SHAs) live in images/oke.json, which the
  // images workflow bumps in a pull request.
  images: { repository: outputs.registry.repositoryPrefix, versions },
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
    host: platform.edge.hostname,
    publicIp: outputs.edge.publicIp,
    issuer: platform.edge.issuer,
    acmeEmail: platform.edge.acmeEmail,
    exposure: 'load-balancer',
    loadBalancerMbps: ALWAYS_FREE.loadBalancerMbps,
  },
  };
}
