import { type Addon, type AddonComponent, kube, res, resourcesOf } from './types';

const COMPONENTS: AddonComponent[] = [
  { name: 'controller', replicas: 1, containers: [{ name: 'cert-manager-controller', resources: res('10m', '64Mi', '100m', '192Mi') }] },
  { name: 'webhook', replicas: 1, containers: [{ name: 'cert-manager-webhook', resources: res('10m', '32Mi', '100m', '96Mi') }] },
  { name: 'cainjector', replicas: 1, containers: [{ name: 'cert-manager-cainjector', resources: res('10m', '64Mi', '100m', '192Mi') }] },
  { name: 'startupapicheck', replicas: 1, transient: true, containers: [{ name: 'cert-manager-startupapicheck', resources: res('10m', '32Mi', '100m', '64Mi') }] },
];

/** cert-manager v1.21.1 with its CRDs and Gateway API support (HTTP-01 through the Gateway). */
export const certManager: Addon = {
  name: 'cert-manager',
  namespace: 'cert-manager',
  chart: { repoURL: 'https://charts.jetstack.io', chart: 'cert-manager', version: 'v1.21.1' },
  syncWave: 1,
  enabled: () => true,
  components: () => COMPONENTS,
  values: () => ({
    crds: { enabled: true, keep: true },
    resources: kube(resourcesOf(COMPONENTS, 'controller')),
    webhook: { resources: kube(resourcesOf(COMPONENTS, 'webhook')) },
    cainjector: { resources: kube(resourcesOf(COMPONENTS, 'cainjector')) },
    startupapicheck: { resources: kube(resourcesOf(COMPONENTS, 'startupapicheck')) },
    config: { apiVersion: 'controller.config.cert-manager.io/v1alpha1', kind: 'ControllerConfiguration', enableGatewayAPI: true },
    prometheus: { enabled: true, servicemonitor: { enabled: true } },
  }),
};
