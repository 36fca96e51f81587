import type { EnvironmentInput } from '../config/environment';
import { APP_NAMES, type AppName, APP_CATALOG, type AppSpec } from '../apps/catalog';

type Workload = EnvironmentInput['workloads'][AppName];

/**
 * Sizes per kind of service, so a new service of a known kind needs no entry here. They fit the
 * one Always Free node (`npm run budget`; docs/cost.md has the table and its reasons) and serve
 * Minikube as well.
 */
const BY_COMPONENT: Readonly<Record<AppSpec['component'], Workload>> = {
  frontend: { replicas: { min: 1, max: 1 }, resources: { cpuRequest: '30m', cpuLimit: '500m', memoryRequest: '160Mi', memoryLimit: '256Mi' } },
  backend: { replicas: { min: 1, max: 2 }, resources: { cpuRequest: '50m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '384Mi' } },
  /** A Python worker (FastAPI + Dapr SDK): small, steady, I/O-bound. */
  worker: { replicas: { min: 1, max: 1 }, resources: { cpuRequest: '15m', cpuLimit: '250m', memoryRequest: '96Mi', memoryLimit: '128Mi' } },
};

/** Services that differ from their kind's sizes, and why. */
const EXCEPTIONS: Partial<Record<AppName, Workload>> = {
  // task-events has 3 partitions; one more replica is all the node affords. reminders has 1;
  // task-updates fans out to browsers, one consumer.
  'recurring-task': { ...BY_COMPONENT.worker, replicas: { min: 1, max: 2 } },
};

/** Replicas and resources of every app, shared by the environments. */
export const WORKLOADS: EnvironmentInput['workloads'] = Object.fromEntries(APP_NAMES.map((app) => [app, EXCEPTIONS[app] ?? BY_COMPONENT[APP_CATALOG[app].component]])) as EnvironmentInput['workloads'];

/** The Dapr sidecar of every app. */
export const SIDECAR = { cpuRequest: '10m', cpuLimit: '300m', memoryRequest: '64Mi', memoryLimit: '128Mi' } as const;
