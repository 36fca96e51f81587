import { deployStatusNotifications } from '../gitops/deploy-status';
import { type Addon, type AddonComponent, kube, OPERATOR_CLUSTER_KINDS, res, resourcesOf } from './types';

const CHART = 'argoproj/argo-helm charts/argo-cd@10.3.3 (published archive; see ../shared/schemas/SOURCES.md)';
const HA_DOC = 'argoproj/argo-cd docs/operator-manual/high_availability.md@v3.5.1 (no minimum sizing; GOMEMLIMIT at 80–90 % of the limit)';
const restricted = { level: 'restricted' as const, source: `${CHART} values.yaml containerSecurityContext of every component (runAsNonRoot, readOnlyRootFilesystem, seccomp RuntimeDefault, drop ALL; the repo-server copyutil init container shares it: templates/argocd-repo-server/deployment.yaml:441-446)` };
const labelled = (name: string) => ({ labels: { 'app.kubernetes.io/name': name }, source: `${CHART} templates/*/deployment.yaml (rendered with release name argo-cd)` });

const COMPONENTS: AddonComponent[] = [
  {
    name: 'application-controller',
    replicas: 1,
    podLabels: labelled('argocd-application-controller'),
    podSecurity: restricted,
    ports: [{ port: 8082, clients: ['prometheus'], source: `${CHART} values.yaml controller.metrics` }],
    containers: [{ name: 'application-controller', resources: res('50m', '160Mi', '500m', '224Mi'), sizing: `${HA_DOC}; caches ~20 Applications and a few hundred objects` }],
  },
  {
    name: 'repo-server',
    replicas: 1,
    podLabels: labelled('argocd-repo-server'),
    podSecurity: restricted,
    ports: [
      { port: 8081, clients: ['same-namespace'], source: `${CHART} values.yaml repoServer.containerPorts.server` },
      { port: 8084, clients: ['prometheus'], source: `${CHART} values.yaml repoServer.containerPorts.metrics` },
    ],
    containers: [{ name: 'repo-server', resources: res('20m', '128Mi', '500m', '256Mi'), sizing: `${HA_DOC}; renders the largest chart (kube-prometheus-stack) with helm` }],
  },
  {
    name: 'redis',
    replicas: 1,
    podLabels: labelled('argocd-redis'),
    podSecurity: restricted,
    ports: [{ port: 6379, clients: ['same-namespace'], source: `${CHART} values.yaml redis.containerPorts.redis` }],
    containers: [{ name: 'redis', resources: res('10m', '24Mi', '100m', '48Mi'), sizing: 'manifest cache of ~20 Applications' }],
  },
  {
    name: 'notifications-controller',
    replicas: 1,
    podLabels: labelled('argocd-notifications-controller'),
    podSecurity: restricted,
    ports: [{ port: 9001, clients: ['prometheus'], source: `${CHART} values.yaml notifications.containerPorts.metrics` }],
    containers: [{ name: 'notifications-controller', resources: res('10m', '32Mi', '100m', '64Mi'), sizing: 'posts one commit status per sync' }],
  },
  { name: 'redis-secret-init', replicas: 1, transient: true, podSecurity: restricted, containers: [{ name: 'secret-init', resources: res('10m', '32Mi', '100m', '64Mi'), sizing: 'a pre-install hook that writes one Secret with the argocd CLI and exits' }] },
];

/**
 * Lua health check for Argo CD Applications: lets the root app-of-apps wait for each
 * child Application (and so honour sync waves between them), which Argo CD no longer
 * does by default (argoproj/argo-cd docs/operator-manual/health.md@v3.5.1).
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
 * by itself; listed here so the budget counts it. It runs headless, as "Argo CD Core"
 * (argoproj/argo-cd docs/operator-manual/core.md@v3.5.1): the application controller,
 * repo-server and Redis do the GitOps; the API server, Dex and the ApplicationSet controller
 * run zero replicas (10.3.3 has no switch to remove them) and the UI runs on your machine
 * with `argocd admin dashboard --core`, against your kubeconfig. The notifications controller
 * reports every sync to GitHub as a commit status.
 */
export const argoCd: Addon = {
  name: 'argo-cd',
  namespace: 'argocd',
  purpose: 'Argo CD, which syncs dist/<environment> into the cluster',
  chart: { repoURL: 'https://argoproj.github.io/argo-helm', chart: 'argo-cd', version: '10.3.3' },
  syncWave: -1,
  enabled: () => true,
  components: () => COMPONENTS,
  callsKubernetesApi: true,
  footprint: () => ({
    foreignObjects: [],
    clusterKinds: [
      ...OPERATOR_CLUSTER_KINDS,
    ],
    crds: ['argoproj.io/Application', 'argoproj.io/ApplicationSet', 'argoproj.io/AppProject'],
    source: `${CHART} (helm template; every namespaced template uses the release namespace)`,
  }),
  values: (env) => ({
    dex: { enabled: false },
    applicationSet: { replicas: 0 },
    // One source of truth for the network: k8s/network (the chart's own policies are off).
    global: { networkPolicy: { create: false } },
    controller: { resources: kube(resourcesOf(COMPONENTS, 'application-controller')) },
    repoServer: { resources: kube(resourcesOf(COMPONENTS, 'repo-server')) },
    server: { replicas: 0 },
    redis: { resources: kube(resourcesOf(COMPONENTS, 'redis')) },
    redisSecretInit: { resources: kube(resourcesOf(COMPONENTS, 'redis-secret-init')) },
    notifications: { enabled: true, resources: kube(resourcesOf(COMPONENTS, 'notifications-controller')), ...deployStatusNotifications(env) },
    configs: {
      cm: { 'resource.customizations.health.argoproj.io_Application': APPLICATION_HEALTH_LUA },
      params: { 'server.insecure': false },
    },
  }),
};
