import type { EnvironmentInput } from '../config/environment';
import type { DeploymentInputs } from './inputs';
import { SIDECAR, WORKLOADS } from './workloads';
import { APP_NAMES, type AppName } from '../apps/catalog';
import released from './images/local.json';

/** Minikube on a developer machine: everything in-cluster, small, self-signed TLS. */
export function local({ platform }: DeploymentInputs): EnvironmentInput {
  return {
  name: 'local',
  description: 'Minikube on a developer machine',
  cluster: { distribution: 'minikube' },
  kafka: {
    backend: 'strimzi',
    authentication: 'none',
    heap: '384Mi',
    cpu: { request: '100m', limit: '1' },
    // Minikube's hostPath provisioner: the log survives a pod restart, not `minikube delete`.
    storage: { size: '2Gi' },
  },
  // No object storage on a laptop: no backups (the database lives on its volume only).
  database: { provider: 'cloudnative-pg', storageSize: '2Gi' },
  dapr: { logLevel: 'debug', sidecar: SIDECAR, scheduler: { inMemoryStorage: false, storageSize: '1Gi' } },
  observability: { logs: 'none' },
  gitops: platform.gitops,
  // `minikube start --cpus=<local.cpus> --memory=<local.memoryGi>g`
  capacity: { nodes: 1, cpuPerNode: platform.local.cpus, memoryGiPerNode: platform.local.memoryGi },
  network: { apiServer: { cidr: '192.168.49.0/24', port: 8443 }, nodeCidrs: ['192.168.49.0/24'] },
  // Built into Minikube with `minikube image build -t localhost/todo-chatbot/<app>:dev`; an app
  // missing from images/local.json is `dev` (`npm run set-image -- local <app> <tag>` pins one).
  images: {
    repository: 'localhost/todo-chatbot',
    versions: Object.fromEntries(APP_NAMES.map((app) => [app, (released as Readonly<Record<string, string>>)[app] ?? 'dev'])) as Record<AppName, string>,
  },
  workloads: WORKLOADS,
  edge: { issuer: 'self-signed', publicIp: '127.0.0.1', exposure: 'node-port' },
  };
}
