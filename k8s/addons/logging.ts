import { type Addon, type AddonComponent, kube, res, resourcesOf } from './types';

const LOKI: AddonComponent[] = [{ name: 'loki', replicas: 1, containers: [{ name: 'loki', resources: res('50m', '192Mi', '500m', '512Mi') }] }];
const ALLOY: AddonComponent[] = [
  {
    name: 'alloy',
    replicas: 1,
    containers: [
      { name: 'alloy', resources: res('25m', '96Mi', '250m', '256Mi') },
      { name: 'config-reloader', resources: res('10m', '50Mi', '100m', '96Mi') },
    ],
  },
];

/** Loki's HTTP endpoint inside the cluster. */
export const LOKI_PUSH_URL = 'http://loki.monitoring.svc:3100/loki/api/v1/push';

/**
 * Loki 18.11.0 (grafana-community chart), single binary on the filesystem of an emptyDir:
 * no block volume (the free budget has room for two, one is PostgreSQL's), 72 h retention.
 * Memcached caches, canary, gateway and the scalable targets are off.
 */
export const loki: Addon = {
  name: 'loki',
  namespace: 'monitoring',
  chart: { repoURL: 'https://grafana-community.github.io/helm-charts', chart: 'loki', version: '18.11.0' },
  syncWave: 1,
  enabled: (env) => env.observability.logs === 'loki',
  components: () => LOKI,
  values: () => ({
    deploymentMode: 'Monolithic',
    loki: {
      auth_enabled: false,
      commonConfig: { replication_factor: 1 },
      storage: { type: 'filesystem' },
      schemaConfig: { configs: [{ from: '2026-01-01', store: 'tsdb', object_store: 'filesystem', schema: 'v13', index: { prefix: 'index_', period: '24h' } }] },
      limits_config: { retention_period: '72h' },
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
  chart: { repoURL: 'https://grafana.github.io/helm-charts', chart: 'alloy', version: '1.11.1' },
  syncWave: 2,
  enabled: (env) => env.observability.logs === 'loki',
  components: () => ALLOY,
  values: () => ({
    controller: { type: 'deployment', replicas: 1 },
    alloy: { configMap: { create: true, content: ALLOY_CONFIG }, resources: kube(resourcesOf(ALLOY, 'alloy', 'alloy')) },
    configReloader: { resources: kube(resourcesOf(ALLOY, 'alloy', 'config-reloader')) },
  }),
};
