import type { EnvironmentInput } from '../config/environment';
import type { DeploymentInputs } from './inputs';
import versions from './images/local.json';

const worker = { replicas: { min: 1, max: 1 }, resources: { cpuRequest: '25m', cpuLimit: '250m', memoryRequest: '96Mi', memoryLimit: '256Mi' } };

/** Minikube on a developer machine: everything in-cluster, small, self-signed TLS. */
export function local({ platform }: DeploymentInputs): EnvironmentInput {
  return {
  name: 'local',
  description: 'Minikube on a developer machine',
  cluster: { distribution: 'minikube' },
  kafka: {
    backend: 'strimzi',
    authentication: 'none',
    resources: { cpuRequest: '200m', cpuLimit: '1', memoryRequest: '768Mi', memoryLimit: '768Mi' },
    storageLimit: '2Gi',
  },
  database: { provider: 'cloudnative-pg', storageSize: '2Gi' },
  dapr: { logLevel: 'debug', tracing: { samplingRate: '1' }, scheduler: { inMemoryStorage: false, storageSize: '1Gi' } },
  observability: { logs: 'none' },
  gitops: platform.gitops,
  // `minikube start --cpus=<local.cpus> --memory=<local.memoryGi>g`
  capacity: { nodes: 1, cpu: platform.local.cpus, memoryGi: platform.local.memoryGi, systemReserve: { cpu: '750m', memory: '1536Mi', description: 'Minikube control plane (API server, etcd, controller manager, scheduler), CoreDNS, kube-proxy, storage provisioner' } },
  network: { apiServer: { cidr: '192.168.49.0/24', port: 8443 }, nodeCidrs: ['192.168.49.0/24'] },
  // Built into Minikube with `minikube image build -t localhost/todo-chatbot/<app>:dev`.
  images: {
    repository: 'localhost/todo-chatbot',
    versions,
  },
  workloads: {
    frontend: { replicas: { min: 1, max: 1 }, resources: { cpuRequest: '50m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '384Mi' } },
    backend: { replicas: { min: 1, max: 2 }, resources: { cpuRequest: '100m', cpuLimit: '1', memoryRequest: '192Mi', memoryLimit: '768Mi' } },
    'recurring-task': { ...worker, replicas: { min: 1, max: 2 } },
    notification: worker,
    audit: worker,
    realtime: worker,
  },
  edge: { issuer: 'self-signed', publicIp: '127.0.0.1', exposure: 'node-port' },
  };
}
