import type { EnvironmentInput } from '../config/environment';

/** Minikube on a developer machine: everything in-cluster, self-signed TLS. */
export const local: EnvironmentInput = {
  name: 'local',
  description: 'Minikube on a developer machine',
  cluster: { distribution: 'minikube' },
};
