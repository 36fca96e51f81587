import { certManager } from './cert-manager';
import { cloudnativePg } from './cloudnative-pg';
import { type Addon, type AddonComponent, kube, OPERATOR_CLUSTER_KINDS, res, resourcesOf } from './types';

const CHART = 'cloudnative-pg/charts charts/plugin-barman-cloud@plugin-barman-cloud-v0.7.0';
const PLUGIN = 'cloudnative-pg/plugin-barman-cloud';

/**
 * The plugin's images. Chart 0.7.0 defaults to its appVersion v0.13.0; v0.14.0 (2026-07-29,
 * CHANGELOG.md) honours the operator's empty-archive check on restore, and between the two tags
 * nothing under config/ (CRD, RBAC) changed, so the chart's CRD and ClusterRole still fit.
 * Both images are published for amd64 and arm64 (Taskfile.yml `publish`@v0.14.0).
 */
export const BARMAN_CLOUD_VERSION = 'v0.14.0';

/** What CloudNativePG objects refer to the plugin by, and what it injects (facts at v0.14.0). */
export const BARMAN_CLOUD = {
  /** Plugin name in a Cluster's `plugins`/`externalClusters[].plugin` and a backup's `pluginConfiguration` (web/docs/usage.md). */
  pluginName: 'barman-cloud.cloudnative-pg.io',
  /** The plugin's own kind: where an archive is and how the sidecar reaches it (config/crd/bases/barmancloud.cnpg.io_objectstores.yaml). */
  objectStore: { apiVersion: 'barmancloud.cnpg.io/v1', kind: 'ObjectStore' },
  /**
   * The sidecar it adds to every instance pod that archives: a native sidecar (init container,
   * restartPolicy Always) whose resources come only from the ObjectStore named in the Cluster's
   * `plugins`, else the recovery one (internal/cnpgi/operator/lifecycle.go:416-434,
   * lifecycle_resources.go).
   */
  sidecar: 'plugin-barman-cloud',
  /** Cluster plugin parameters (web/docs/parameters.md). */
  parameters: { objectStore: 'barmanObjectName', serverName: 'serverName' },
  source: `${PLUGIN}@${BARMAN_CLOUD_VERSION}`,
} as const;

const COMPONENTS: AddonComponent[] = [
  {
    name: 'plugin',
    replicas: 1,
    podLabels: {
      labels: { 'app.kubernetes.io/name': 'plugin-barman-cloud', 'app.kubernetes.io/instance': 'plugin-barman-cloud' },
      source: `${CHART} templates/_helpers.tpl (selectorLabels), deployment.yaml`,
    },
    podSecurity: {
      level: 'restricted',
      source: `${CHART} values.yaml containerSecurityContext (no privilege escalation, read-only root, uid 10001, seccomp RuntimeDefault, drop ALL) and podSecurityContext (runAsNonRoot)`,
    },
    // The CloudNativePG operator calls it over gRPC with mutual TLS through Service
    // barman-cloud:9090, from the same namespace (cloudnative-pg/cloudnative-pg docs/src/cnpg_i.md@v1.30.0).
    ports: [{ port: 9090, clients: ['same-namespace'], source: `${CHART} templates/service.yaml, deployment.yaml (--server-address=:9090)` }],
    containers: [
      {
        name: 'barman-cloud',
        resources: res('5m', '48Mi', '100m', '96Mi'),
        sizing: `no documented minimum (chart and release manifest set resources: {}); a controller-runtime manager that only injects sidecars and writes Roles, like the CloudNativePG operator (96Mi here) with fewer watches; the kubebuilder scaffold suggests requests 10m/64Mi (${PLUGIN} config/manager/manager.yaml@${BARMAN_CLOUD_VERSION})`,
      },
    ],
  },
];

/**
 * The Barman Cloud Plugin (CNPG-I) that backs up CloudNativePG clusters to object storage,
 * replacing the in-tree `barmanObjectStore` that 1.31 removes (cloudnative-pg/cloudnative-pg
 * docs/src/release_notes/v1.30.md@v1.30.0). It must run in the operator's namespace and gets
 * its mTLS certificates from cert-manager (web/docs/installation.mdx@v0.14.0), so it syncs after
 * both. Installed only where a database is backed up.
 */
export const barmanCloud: Addon = {
  name: 'plugin-barman-cloud',
  namespace: cloudnativePg.namespace,
  purpose: 'Barman Cloud Plugin (PostgreSQL backups to object storage)',
  chart: { repoURL: 'https://cloudnative-pg.github.io/charts', chart: 'plugin-barman-cloud', version: '0.7.0' },
  syncWave: Math.max(certManager.syncWave, cloudnativePg.syncWave) + 1,
  enabled: (env) => env.database.provider === 'cloudnative-pg' && env.database.backup !== undefined,
  components: () => COMPONENTS,
  callsKubernetesApi: true,
  // Its Issuer and Certificates (templates/certificate-issuer.yaml, *-certificate.yaml), and the
  // CloudNativePG kinds its manager watches (templates/rbac.yaml ClusterRole).
  requiresCrds: () => ['cert-manager.io/Issuer', 'cert-manager.io/Certificate', 'postgresql.cnpg.io/Backup', 'postgresql.cnpg.io/Cluster'],
  footprint: () => ({
    foreignObjects: [],
    clusterKinds: [
      ...OPERATOR_CLUSTER_KINDS,
    ],
    crds: [`${BARMAN_CLOUD.objectStore.apiVersion.split('/')[0]}/${BARMAN_CLOUD.objectStore.kind}`],
    source: `${CHART} templates/ (every namespaced object in the release namespace), templates/rbac.yaml, templates/crds/crds.yaml`,
  }),
  values: () => ({
    image: { tag: BARMAN_CLOUD_VERSION },
    sidecarImage: { tag: BARMAN_CLOUD_VERSION },
    crds: { create: true },
    resources: kube(resourcesOf(COMPONENTS, 'plugin')),
  }),
};
