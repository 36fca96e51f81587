import { type Addon, type AddonComponent, kube, res, resourcesOf } from './types';

const COMPONENTS: AddonComponent[] = [
  { name: 'operator', replicas: 1, containers: [{ name: 'keda-operator', resources: res('50m', '96Mi', '500m', '384Mi') }] },
  { name: 'metrics-server', replicas: 1, containers: [{ name: 'keda-operator-metrics-apiserver', resources: res('25m', '64Mi', '250m', '256Mi') }] },
  { name: 'webhooks', replicas: 1, containers: [{ name: 'keda-admission-webhooks', resources: res('25m', '48Mi', '250m', '128Mi') }] },
];

/** KEDA 2.20.2: scales the Kafka consumers on consumer-group lag. */
export const keda: Addon = {
  name: 'keda',
  namespace: 'keda',
  chart: { repoURL: 'https://kedacore.github.io/charts', chart: 'keda', version: '2.20.2' },
  syncWave: 1,
  enabled: () => true,
  components: () => COMPONENTS,
  values: () => ({
    // Note the chart's spelling: resources.metricServer, not metricsServer.
    resources: {
      operator: kube(resourcesOf(COMPONENTS, 'operator')),
      metricServer: kube(resourcesOf(COMPONENTS, 'metrics-server')),
      webhooks: kube(resourcesOf(COMPONENTS, 'webhooks')),
    },
  }),
};
