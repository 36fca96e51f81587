import type { EnvironmentInput } from '../config/environment';

/** Minikube on a developer machine: everything in-cluster, small, self-signed TLS. */
export const local: EnvironmentInput = {
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
  dapr: { logLevel: 'debug', tracing: { samplingRate: '1' } },
};
