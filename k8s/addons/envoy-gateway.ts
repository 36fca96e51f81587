import { type Addon, type AddonComponent, kube, res, resourcesOf } from './types';

const COMPONENTS: AddonComponent[] = [
  { name: 'controller', replicas: 1, containers: [{ name: 'envoy-gateway', resources: res('50m', '128Mi', '500m', '512Mi') }] },
  { name: 'certgen', replicas: 1, transient: true, containers: [{ name: 'envoy-gateway-certgen', resources: res('10m', '32Mi', '100m', '64Mi') }] },
];

/**
 * Envoy Gateway v1.9.0 (brings the Gateway API CRDs). The Envoy proxies it creates are
 * sized by the EnvoyProxy resource in dist/<env>/edge.yaml.
 */
export const envoyGateway: Addon = {
  name: 'envoy-gateway',
  namespace: 'envoy-gateway-system',
  chart: { repoURL: 'docker.io/envoyproxy', chart: 'gateway-helm', version: 'v1.9.0' },
  syncWave: 0,
  enabled: () => true,
  components: () => COMPONENTS,
  values: () => ({
    deployment: { envoyGateway: { resources: kube(resourcesOf(COMPONENTS, 'controller')) } },
    certgen: { job: { resources: kube(resourcesOf(COMPONENTS, 'certgen')) } },
  }),
};
