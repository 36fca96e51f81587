import { type Addon, type AddonComponent, kube, res, resourcesOf } from './types';

const COMPONENTS: AddonComponent[] = [
  { name: 'application-controller', replicas: 1, containers: [{ name: 'application-controller', resources: res('100m', '384Mi', '1', '768Mi') }] },
  { name: 'repo-server', replicas: 1, containers: [{ name: 'repo-server', resources: res('50m', '128Mi', '500m', '512Mi') }] },
  { name: 'server', replicas: 1, containers: [{ name: 'server', resources: res('25m', '96Mi', '250m', '256Mi') }] },
  { name: 'redis', replicas: 1, containers: [{ name: 'redis', resources: res('10m', '32Mi', '100m', '96Mi') }] },
  { name: 'redis-secret-init', replicas: 1, transient: true, containers: [{ name: 'secret-init', resources: res('10m', '32Mi', '100m', '64Mi') }] },
];

/**
 * Lua health check for Argo CD Applications: lets the root app-of-apps wait for each
 * child Application (and so honour sync waves between them), which Argo CD no longer
 * does by default.
 */
export const APPLICATION_HEALTH_LUA = `hs = {}
hs.status = "Progressing"
hs.message = ""
if obj.status ~= nil and obj.status.health ~= nil then
  hs.status = obj.status.health.status
  if obj.status.health.message ~= nil then
    hs.message = obj.status.health.message
  end
end
return hs
`;

/**
 * Argo CD 3.5.1 (chart 10.3.3). Installed by the bootstrap stack (or by hand locally), not
 * by itself; listed here so the budget counts it. Dex, notifications and the ApplicationSet
 * controller are off: nothing here uses them.
 */
export const argoCd: Addon = {
  name: 'argo-cd',
  namespace: 'argocd',
  chart: { repoURL: 'https://argoproj.github.io/argo-helm', chart: 'argo-cd', version: '10.3.3' },
  syncWave: -1,
  enabled: () => true,
  components: () => COMPONENTS,
  values: () => ({
    dex: { enabled: false },
    notifications: { enabled: false },
    applicationSet: { replicas: 0 },
    controller: { resources: kube(resourcesOf(COMPONENTS, 'application-controller')) },
    repoServer: { resources: kube(resourcesOf(COMPONENTS, 'repo-server')) },
    server: { resources: kube(resourcesOf(COMPONENTS, 'server')) },
    redis: { resources: kube(resourcesOf(COMPONENTS, 'redis')) },
    redisSecretInit: { resources: kube(resourcesOf(COMPONENTS, 'redis-secret-init')) },
    configs: {
      cm: { 'resource.customizations.health.argoproj.io_Application': APPLICATION_HEALTH_LUA },
      params: { 'server.insecure': false },
    },
  }),
};
