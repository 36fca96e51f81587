import { storageGb } from '../budget/quantity';
import type { Environment } from '../config/environment';
import { type Addon, type AddonComponent, kube, res, resourcesOf } from './types';

const CONTROL = res('25m', '48Mi', '200m', '128Mi');

function components(env: Environment): AddonComponent[] {
  const s = env.dapr.scheduler;
  return [
    { name: 'operator', replicas: 1, containers: [{ name: 'dapr-operator', resources: res('25m', '64Mi', '200m', '256Mi') }] },
    { name: 'sidecar-injector', replicas: 1, containers: [{ name: 'dapr-sidecar-injector', resources: CONTROL }] },
    { name: 'sentry', replicas: 1, containers: [{ name: 'dapr-sentry', resources: CONTROL }] },
    // Always 3 replicas (embedded etcd); without in-memory storage each claims a volume.
    { name: 'scheduler', replicas: 3, containers: [{ name: 'dapr-scheduler-server', resources: res('25m', '64Mi', '200m', '256Mi') }], volumeGb: s.inMemoryStorage ? undefined : storageGb(s.storageSize) },
  ];
}

/** Dapr 1.18.3 control plane. Actors (and so the placement service) are off: nothing uses them. */
export const dapr: Addon = {
  name: 'dapr',
  namespace: 'dapr-system',
  chart: { repoURL: 'https://dapr.github.io/helm-charts/', chart: 'dapr', version: '1.18.3' },
  syncWave: 1,
  enabled: () => true,
  components,
  values(env) {
    const c = components(env);
    return {
      global: {
        logAsJson: true,
        ha: { enabled: false },
        actors: { enabled: false },
        mtls: { enabled: true },
        prometheus: { enabled: true },
        seccompProfile: 'RuntimeDefault',
      },
      dapr_operator: { resources: kube(resourcesOf(c, 'operator')) },
      dapr_sidecar_injector: { resources: kube(resourcesOf(c, 'sidecar-injector')) },
      dapr_sentry: { resources: kube(resourcesOf(c, 'sentry')) },
      dapr_scheduler: {
        resources: kube(resourcesOf(c, 'scheduler')),
        cluster: { inMemoryStorage: env.dapr.scheduler.inMemoryStorage, storageSize: env.dapr.scheduler.storageSize },
      },
    };
  },
};
