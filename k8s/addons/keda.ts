import { type Addon, type AddonComponent, CLUSTER_KINDS, kube, OPERATOR_CLUSTER_KINDS, res, resourcesOf } from './types';

const CHART = 'kedacore/charts keda@v2.20.2';
const DOCS = 'kedacore/keda-docs content/docs/2.20/operate/cluster.md:36-46 (memory request 100Mi per component)';
const RESTRICTED = { level: 'restricted' as const, source: `${CHART} values.yaml:467-512 (runAsNonRoot, drop ALL, seccomp RuntimeDefault, readOnlyRootFilesystem)` };

const COMPONENTS: AddonComponent[] = [
  {
    name: 'operator',
    replicas: 1,
    podLabels: { labels: { app: 'keda-operator' }, source: `${CHART} templates/manager/deployment.yaml:10-31` },
    podSecurity: RESTRICTED,
    // The metrics API server asks the operator over gRPC; the operator reads the Kafka lag.
    ports: [{ port: 9666, clients: ['same-namespace'], source: `${CHART} templates/manager/deployment.yaml:126-152` }],
    containers: [{ name: 'keda-operator', resources: res('10m', '100Mi', '500m', '128Mi'), documentedMinimum: { memory: '100Mi', source: DOCS } }],
  },
  {
    name: 'metrics-apiserver',
    replicas: 1,
    podLabels: { labels: { app: 'keda-operator-metrics-apiserver' }, source: `${CHART} templates/metrics-server/deployment.yaml:12-29` },
    podSecurity: RESTRICTED,
    ports: [
      // The external metrics API (APIService → Service 443 → 6443).
      { port: 6443, clients: ['api-server'], source: `${CHART} templates/metrics-server/deployment.yaml:81-92; service.yaml` },
      { port: 8080, clients: ['prometheus'], source: `${CHART} templates/metrics-server/deployment.yaml:81-92` },
    ],
    containers: [{ name: 'keda-operator-metrics-apiserver', resources: res('10m', '100Mi', '250m', '112Mi'), documentedMinimum: { memory: '100Mi', source: DOCS } }],
  },
];

/**
 * KEDA 2.20.2: scales the Kafka consumers on consumer-group lag. The admission webhooks are
 * off (they only validate ScaledObjects, which the tests here check before anything is
 * rendered), which saves a pod on the one free node.
 */
export const keda: Addon = {
  name: 'keda',
  namespace: 'keda',
  purpose: 'KEDA operator and metrics API server',
  chart: { repoURL: 'https://kedacore.github.io/charts', chart: 'keda', version: '2.20.2' },
  syncWave: 1,
  enabled: () => true,
  components: () => COMPONENTS,
  callsKubernetesApi: true,
  // The HPA KEDA creates per ScaledObject reads the lag from it (templates/metrics-server/apiservice.yaml).
  servesApis: ['external.metrics.k8s.io/v1beta1'],
  footprint: () => ({
    // Binds extension-apiserver-authentication-reader, which exists only in kube-system.
    foreignObjects: [{ namespace: 'kube-system', kind: 'RoleBinding', name: 'keda-operator-auth-reader', source: `${CHART} templates/metrics-server/clusterrolebinding.yaml:22-42; values.yaml:334` }],
    clusterKinds: [
      ...OPERATOR_CLUSTER_KINDS,
      CLUSTER_KINDS.apiServices,
    ],
    crds: ['keda.sh/ScaledObject', 'keda.sh/ScaledJob', 'keda.sh/TriggerAuthentication', 'keda.sh/ClusterTriggerAuthentication', 'eventing.keda.sh/CloudEventSource', 'eventing.keda.sh/ClusterCloudEventSource'],
    source: `${CHART} templates/crds, manager/clusterrole.yaml, metrics-server/apiservice.yaml`,
  }),
  runtimeFields: [{ group: 'apiregistration.k8s.io', kind: 'APIService', name: 'v1beta1.external.metrics.k8s.io', jsonPointers: ['/spec/caBundle'], source: 'kedacore/keda pkg/certificates/certificate_manager.go:57-110@v2.20.2 (--enable-apiservice-patching)' }],
  values: () => ({
    // Note the chart's spelling: resources.metricServer, not metricsServer.
    resources: {
      operator: kube(resourcesOf(COMPONENTS, 'operator')),
      metricServer: kube(resourcesOf(COMPONENTS, 'metrics-apiserver')),
    },
    webhooks: { enabled: false },
  }),
};
