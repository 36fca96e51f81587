import type { EnvironmentInput } from '../config/environment';

/**
 * A Python worker (FastAPI + Dapr SDK): small, steady, I/O-bound. These sizes fit the one
 * Always Free node (`npm run budget`; docs/cost.md has the table and its reasons) and serve
 * Minikube as well.
 */
const worker = { replicas: { min: 1, max: 1 }, resources: { cpuRequest: '15m', cpuLimit: '250m', memoryRequest: '96Mi', memoryLimit: '128Mi' } };

/** Replicas and resources of every app, shared by the environments. */
export const WORKLOADS: EnvironmentInput['workloads'] = {
  frontend: { replicas: { min: 1, max: 1 }, resources: { cpuRequest: '30m', cpuLimit: '500m', memoryRequest: '160Mi', memoryLimit: '256Mi' } },
  backend: { replicas: { min: 1, max: 2 }, resources: { cpuRequest: '50m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '384Mi' } },
  // task-events has 3 partitions; one more replica is all the node affords. reminders has 1;
  // task-updates fans out to browsers, one consumer.
  'recurring-task': { ...worker, replicas: { min: 1, max: 2 } },
  notification: worker,
  audit: worker,
  realtime: worker,
};

/** The Dapr sidecar of every app. */
export const SIDECAR = { cpuRequest: '10m', cpuLimit: '300m', memoryRequest: '64Mi', memoryLimit: '128Mi' } as const;
