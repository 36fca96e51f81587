import type { ChartFootprint } from './types';
import { type Addon, type AddonComponent, CLUSTER_KINDS, kube, res, resourcesOf } from './types';

/** How long Loki keeps logs (compactor retention on its emptyDir). */
export const LOKI_RETENTION = '72h';

const LOKI_CHART = 'grafana-community/helm-charts charts/loki@loki-18.11.0';
const ALLOY_CHART = 'grafana/alloy operations/helm/charts/alloy@helm-chart/1.11.1';

const LOKI: AddonComponent[] = [
  {
    name: 'loki',
    replicas: 1,
    podLabels: { labels: { 'app.kubernetes.io/name': 'loki' }, source: `${LOKI_CHART} (rendered: name loki, component single-binary)` },
    podSecurity: { level: 'restricted', source: `${LOKI_CHART} values.yaml loki.podSecurityContext / containerSecurityContext (10001, seccomp RuntimeDefault, drop ALL)` },
    ports: [
      { port: 3100, clients: ['prometheus', 'same-namespace'], source: `${LOKI_CHART} (Service loki, http-metrics 3100)` },
      { port: 9095, clients: ['same-namespace'], source: `${LOKI_CHART} (Service loki, grpc 9095)` },
      { port: 7946, clients: ['same-namespace'], source: `${LOKI_CHART} (Service loki-memberlist)` },
    ],
    containers: [
      {
        name: 'loki',
        resources: res('25m', '192Mi', '250m', '224Mi'),
        sizing: 'no documented minimum (the chart’s only example, monolithic-values.yaml, is sized for production at 2–4 Gi); a few hundred KiB/s of logs, 72 h on an emptyDir',
      },
    ],
  },
];
const ALLOY: AddonComponent[] = [
  {
    name: 'alloy',
    replicas: 1,
    podLabels: { labels: { 'app.kubernetes.io/name': 'alloy' }, source: `${ALLOY_CHART} (rendered)` },
    // The alloy container renders without a securityContext and the image runs as root.
    podSecurity: { level: 'baseline', why: 'the chart gives the alloy container no securityContext (root, no seccomp profile)', source: `${ALLOY_CHART} values.yaml:25,134` },
    ports: [{ port: 12345, clients: ['prometheus'], source: `${ALLOY_CHART} values.yaml (alloy.listenPort)` }],
    containers: [
      {
        name: 'alloy',
        resources: res('10m', '64Mi', '100m', '128Mi'),
        documentedMinimum: { memory: '120Mi', source: 'grafana/alloy docs/sources/set-up/estimate-resource-usage.md:41@helm-chart/1.11.1 (120 MiB of memory per 1 MiB/s of logs ingested)' },
      },
      { name: 'config-reloader', resources: res('5m', '32Mi', '50m', '50Mi'), sizing: 'the chart asks for 10m/50Mi (configReloader.resources.requests, grafana/alloy charts/alloy values.yaml:247-265@alloy-1.11.1); 50Mi is the limit, 32Mi the share it is guaranteed' },
    ],
  },
];

/** Loki's HTTP endpoint inside the cluster (Service loki in monitoring, port 3100). */
export const LOKI_URL = 'http://loki.monitoring.svc:3100';
const LOKI_PUSH_URL = `${LOKI_URL}/loki/api/v1/push`;
const CLUSTER_RBAC = [
  CLUSTER_KINDS.clusterRoles,
  CLUSTER_KINDS.clusterRoleBindings,
];
const noForeign = (crds: string[], source: string): ChartFootprint => ({ foreignObjects: [], clusterKinds: [...CLUSTER_RBAC, ...(crds.length ? [CLUSTER_KINDS.crds] : [])], crds, source });

/**
 * Loki 18.11.0 (grafana-community chart), single binary on the filesystem of an emptyDir:
 * no block volume (the free budget has room for two, one is PostgreSQL's), 72 h retention.
 * Memcached caches, canary, gateway and the scalable targets are off.
 */
export const loki: Addon = {
  name: 'loki',
  namespace: 'monitoring',
  purpose: 'Loki (log storage)',
  chart: { repoURL: 'https://grafana-community.github.io/helm-charts', chart: 'loki', version: '18.11.0' },
  syncWave: 1,
  enabled: (env) => env.observability.logs === 'loki',
  components: () => LOKI,
  callsKubernetesApi: false,
  // An empty loki-clusterrole(binding) is rendered even with the rules sidecar off.
  footprint: () => noForeign([], `${LOKI_CHART} (helm template with these values)`),
  values: () => ({
    deploymentMode: 'Monolithic',
    loki: {
      auth_enabled: false,
      commonConfig: { replication_factor: 1 },
      storage: { type: 'filesystem' },
      schemaConfig: { configs: [{ from: '2026-01-01', store: 'tsdb', object_store: 'filesystem', schema: 'v13', index: { prefix: 'index_', period: '24h' } }] },
      limits_config: { retention_period: LOKI_RETENTION },
      compactor: { retention_enabled: true, delete_request_store: 'filesystem' },
    },
    singleBinary: { replicas: 1, resources: kube(resourcesOf(LOKI, 'loki')), persistence: { enabled: false } },
    read: { replicas: 0 },
    write: { replicas: 0 },
    backend: { replicas: 0 },
    chunksCache: { enabled: false },
    resultsCache: { enabled: false },
    lokiCanary: { enabled: false },
    test: { enabled: false },
    gateway: { enabled: false },
    sidecar: { rules: { enabled: false } },
  }),
};

/** Alloy configuration: tail every pod's logs through the Kubernetes API and push them to Loki. */
const ALLOY_CONFIG = `discovery.kubernetes "pods" {
  role = "pod"
}

discovery.relabel "pods" {
  targets = discovery.kubernetes.pods.targets
  rule {
    source_labels = ["__meta_kubernetes_namespace"]
    target_label  = "namespace"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_name"]
    target_label  = "pod"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_container_name"]
    target_label  = "container"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_label_app_kubernetes_io_name"]
    target_label  = "app"
  }
}

loki.source.kubernetes "pods" {
  targets    = discovery.relabel.pods.output
  forward_to = [loki.write.default.receiver]
}

loki.write "default" {
  endpoint {
    url = "${LOKI_PUSH_URL}"
  }
}
`;

/**
 * Grafana Alloy 1.11.1 as one Deployment that reads pod logs through the Kubernetes API
 * (no hostPath, no DaemonSet) and ships them to Loki; JSON logs stay queryable with `| json`.
 */
export const alloy: Addon = {
  name: 'alloy',
  namespace: 'monitoring',
  purpose: 'Alloy (log collection)',
  chart: { repoURL: 'https://grafana.github.io/helm-charts', chart: 'alloy', version: '1.11.1' },
  syncWave: 2,
  enabled: (env) => env.observability.logs === 'loki',
  components: () => ALLOY,
  callsKubernetesApi: true,
  footprint: () => noForeign(['monitoring.grafana.com/PodLogs'], `${ALLOY_CHART} (helm template with these values)`),
  values: () => ({
    controller: { type: 'deployment', replicas: 1 },
    alloy: { configMap: { create: true, content: ALLOY_CONFIG }, resources: kube(resourcesOf(ALLOY, 'alloy', 'alloy')) },
    configReloader: { resources: kube(resourcesOf(ALLOY, 'alloy', 'config-reloader')) },
  }),
};
