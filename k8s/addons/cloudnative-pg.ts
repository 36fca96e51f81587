import { type Addon, type AddonComponent, CLUSTER_KINDS, kube, OPERATOR_CLUSTER_KINDS, res, resourcesOf } from './types';

const CHART = 'cloudnative-pg/charts charts/cloudnative-pg@cloudnative-pg-v0.29.0';

const COMPONENTS: AddonComponent[] = [
  {
    name: 'operator',
    replicas: 1,
    podLabels: { labels: { 'app.kubernetes.io/name': 'cloudnative-pg' }, source: `${CHART} templates/deployment.yaml, _helpers.tpl` },
    podSecurity: { level: 'restricted', source: `${CHART} values.yaml podSecurityContext / containerSecurityContext` },
    ports: [
      { port: 9443, clients: ['api-server'], source: `${CHART} templates/deployment.yaml (webhook-server 9443, Service cnpg-webhook-service:443)` },
      { port: 8080, clients: ['prometheus'], source: `${CHART} templates/deployment.yaml (metrics)` },
    ],
    containers: [{ name: 'manager', resources: res('10m', '64Mi', '250m', '96Mi'), sizing: 'no documented minimum (values.yaml comments an example of 100Mi/200Mi); one Cluster' }],
  },
];

/** CloudNativePG operator 1.30.0 (chart 0.29.0); the database is dist/<env>/database.yaml. */
export const cloudnativePg: Addon = {
  name: 'cloudnative-pg',
  namespace: 'cnpg-system',
  purpose: 'CloudNativePG operator',
  chart: { repoURL: 'https://cloudnative-pg.github.io/charts', chart: 'cloudnative-pg', version: '0.29.0' },
  syncWave: 1,
  enabled: (env) => env.database.provider === 'cloudnative-pg',
  components: () => COMPONENTS,
  callsKubernetesApi: true,
  footprint: () => ({
    foreignObjects: [],
    clusterKinds: [
      ...OPERATOR_CLUSTER_KINDS,
      CLUSTER_KINDS.mutatingWebhooks,
      CLUSTER_KINDS.validatingWebhooks,
    ],
    crds: [
      'postgresql.cnpg.io/Backup',
      'postgresql.cnpg.io/Cluster',
      'postgresql.cnpg.io/ClusterImageCatalog',
      'postgresql.cnpg.io/Database',
      'postgresql.cnpg.io/DatabaseRole',
      'postgresql.cnpg.io/FailoverQuorum',
      'postgresql.cnpg.io/ImageCatalog',
      'postgresql.cnpg.io/Pooler',
      'postgresql.cnpg.io/Publication',
      'postgresql.cnpg.io/ScheduledBackup',
      'postgresql.cnpg.io/Subscription',
    ],
    source: `${CHART} templates/, crds via cloudnative-pg/cloudnative-pg config/crd/bases@v1.30.0`,
  }),
  runtimeFields: [
    { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration', name: 'cnpg-mutating-webhook-configuration', jsonPointers: ['/webhooks/0/clientConfig/caBundle'], source: 'cloudnative-pg/cloudnative-pg pkg/certs/k8s.go:436@v1.30.0' },
    { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration', name: 'cnpg-validating-webhook-configuration', jsonPointers: ['/webhooks/0/clientConfig/caBundle'], source: 'cloudnative-pg/cloudnative-pg pkg/certs/k8s.go:436@v1.30.0' },
  ],
  values: () => ({ resources: kube(resourcesOf(COMPONENTS, 'operator')) }),
};
