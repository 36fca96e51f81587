import type { Environment } from '../config/environment';
import { type Addon, type AddonComponent, kube, OPERATOR_CLUSTER_KINDS, res, resourcesOf } from './types';

const TAG = 'strimzi/strimzi-kafka-operator packaging/helm-charts/helm3/strimzi-kafka-operator@1.2.0';

const COMPONENTS: AddonComponent[] = [
  {
    name: 'cluster-operator',
    replicas: 1,
    podLabels: { labels: { name: 'strimzi-cluster-operator' }, source: `${TAG} templates/060-Deployment-strimzi-cluster-operator.yaml` },
    podSecurity: { level: 'restricted', source: `${TAG} values.yaml securityContext (drop ALL, runAsNonRoot, seccomp RuntimeDefault)` },
    ports: [{ port: 8080, clients: ['prometheus'], source: `${TAG} templates/060-Deployment-strimzi-cluster-operator.yaml (port http 8080)` }],
    containers: [{ name: 'strimzi-cluster-operator', resources: res('25m', '384Mi', '500m', '384Mi'), sizing: `the chart's own default (values.yaml:200-206); a JVM with MaxRAMPercentage=20, not shrunk below it` }],
  },
];

/**
 * The Entity Operator watches the app namespace (KafkaUsers and their SCRAM Secrets live next
 * to the Dapr components that reference them). Since Strimzi 1.0.1 that needs this flag, off by
 * default because of CVE-2026-55225/55226 (CHANGELOG.md ## 1.0.1): whoever can create a `Kafka`
 * resource in a namespace the cluster operator watches could point it at any namespace and get
 * read/write on its Secrets. Here the operator watches only its own namespace, where nothing but
 * Argo CD may create `Kafka` resources (a test checks no RBAC of ours grants it). What remains:
 * the Entity Operator may read every Secret in the app namespace (docs/security.md).
 */
export const ENTITY_OPERATOR_WATCHES_OTHER_NAMESPACE = 'STRIMZI_ENTITY_OPERATOR_WATCHED_NAMESPACE_ENABLED';

/** KafkaUsers (one SCRAM identity per app) exist only with SCRAM, and then live in the app namespace. */
export const usersInAppNamespace = (env: Environment): boolean => env.kafka.backend === 'strimzi' && env.kafka.authentication === 'scram-sha-512';

/** Strimzi 1.2.0 cluster operator; the Kafka pods themselves come from dist/<env>/kafka.yaml. */
export const strimzi: Addon = {
  name: 'strimzi',
  namespace: 'kafka',
  purpose: 'Strimzi cluster operator and the KRaft Kafka cluster',
  chart: { repoURL: 'quay.io/strimzi-helm', chart: 'strimzi-kafka-operator', version: '1.2.0' },
  syncWave: 1,
  enabled: (env) => env.kafka.backend === 'strimzi',
  components: () => COMPONENTS,
  callsKubernetesApi: true,
  footprint: () => ({
    // watchNamespaces is empty: no RoleBindings in other namespaces (templates/020/023/031 render one per watched namespace).
    foreignObjects: [],
    clusterKinds: [
      ...OPERATOR_CLUSTER_KINDS,
    ],
    crds: [
      'kafka.strimzi.io/Kafka',
      'kafka.strimzi.io/KafkaBridge',
      'kafka.strimzi.io/KafkaConnect',
      'kafka.strimzi.io/KafkaConnector',
      'kafka.strimzi.io/KafkaMirrorMaker2',
      'kafka.strimzi.io/KafkaNodePool',
      'kafka.strimzi.io/KafkaRebalance',
      'kafka.strimzi.io/KafkaTopic',
      'kafka.strimzi.io/KafkaUser',
      'core.strimzi.io/StrimziPodSet',
    ],
    source: `${TAG} templates/_helpers.tpl (strimzi.watchNamespacesList), 0*-ClusterRole*.yaml, crds/`,
  }),
  values: (env) => ({
    resources: kube(resourcesOf(COMPONENTS, 'cluster-operator')),
    watchNamespaces: [],
    watchAnyNamespace: false,
    extraEnvs: [
      // Operand pods satisfy the restricted Pod Security Standard (RestrictedPodSecurityProvider).
      { name: 'STRIMZI_POD_SECURITY_PROVIDER_CLASS', value: 'restricted' },
      // Only with in-cluster SCRAM users, which live in the app namespace (see above).
      ...(usersInAppNamespace(env) ? [{ name: ENTITY_OPERATOR_WATCHES_OTHER_NAMESPACE, value: 'true' }] : []),
    ],
    generateNetworkPolicy: true,
  }),
};
