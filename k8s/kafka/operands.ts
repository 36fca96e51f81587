/**
 * The pods the Strimzi 1.2.0 cluster operator creates for a Kafka cluster, as read in its
 * code (strimzi/strimzi-kafka-operator@1.2.0): labels select them in network policies and
 * monitors, ports are what other pods dial.
 */
const S = 'strimzi/strimzi-kafka-operator@1.2.0';

export const STRIMZI_OPERANDS = {
  /** KafkaPool.java:101-113, Labels.java (broker-role is "true" on nodes with the broker role). */
  brokerLabels: (cluster: string) => ({ 'strimzi.io/cluster': cluster, 'strimzi.io/kind': 'Kafka', 'strimzi.io/broker-role': 'true' }),
  /** Any pod of the cluster (brokers, entity operator, exporter). */
  clusterLabels: (cluster: string) => ({ 'strimzi.io/cluster': cluster }),
  entityOperatorLabels: (cluster: string) => ({ 'strimzi.io/name': `${cluster}-entity-operator` }),
  exporterLabels: (cluster: string) => ({ 'strimzi.io/name': `${cluster}-kafka-exporter` }),
  /** KafkaCluster.getContainerPortList: controller quorum, replication, metrics. */
  ports: { controlPlane: 9090, replication: 9091, agent: 8443, metrics: 9404 },
  /** Port name of the metrics endpoint of brokers and the exporter. */
  metricsPortName: 'tcp-prometheus',
  /** The internal listener named `plain` is exposed as container port `tcp-clients` (backwards-compatible name). */
  plainListenerPortName: 'tcp-clients',
  /** RestrictedPodSecurityProvider: drop ALL, runAsNonRoot, seccomp RuntimeDefault on every operand container. */
  podSecurity: { level: 'restricted' as const, source: `${S} api/src/main/java/io/strimzi/plugin/security/profiles/impl/RestrictedPodSecurityProvider.java` },
  source: `${S} cluster-operator/src/main/java/io/strimzi/operator/cluster/model/KafkaCluster.java, KafkaPool.java:101-113, EntityOperator.java, KafkaExporter.java`,
} as const;

const CHART = `${S} packaging/helm-charts/helm3/strimzi-kafka-operator/templates`;

/** An RBAC rule as the cluster operator's ClusterRoles write it. */
export interface PolicyRuleFact {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
}

const CRUD = ['get', 'list', 'watch', 'create', 'delete', 'patch', 'update'] as const;

/**
 * What the cluster operator's RBAC looks like as the pinned chart renders it, and what it
 * needs in a namespace its Entity Operator watches: there it creates a Role (filtered from
 * ClusterRole `strimzi-entity-operator`: kafkausers*, secrets for the User Operator —
 * EntityOperator.java generateRole/OPERATOR_RESOURCE_PREFIXES) and a RoleBinding
 * (EntityOperatorReconciler.java userOperatorRole/RoleBindings). The chart binds its
 * ClusterRoles only in `watchNamespaces` + the release namespace (_helpers.tpl
 * strimzi.watchNamespacesList; 020/023/031 RoleBindings).
 */
export const STRIMZI_OPERATOR_RBAC = {
  /** values.yaml:66 `serviceAccount`. */
  serviceAccount: 'strimzi-cluster-operator',
  /** 031-ClusterRole-strimzi-entity-operator.yaml: what the CO delegates to the Entity Operator. */
  entityOperatorClusterRole: {
    name: 'strimzi-entity-operator',
    rules: [
      { apiGroups: ['kafka.strimzi.io'], resources: ['kafkatopics'], verbs: ['get', 'list', 'watch', 'create', 'patch', 'update', 'delete'] },
      { apiGroups: ['kafka.strimzi.io'], resources: ['kafkausers'], verbs: ['get', 'list', 'watch', 'create', 'patch', 'update'] },
      { apiGroups: ['kafka.strimzi.io'], resources: ['kafkatopics/status', 'kafkausers/status'], verbs: ['get', 'patch', 'update'] },
      { apiGroups: ['kafka.strimzi.io'], resources: ['kafkatopics/finalizers', 'kafkausers/finalizers'], verbs: ['update'] },
      { apiGroups: [''], resources: ['secrets'], verbs: [...CRUD] },
    ] as readonly PolicyRuleFact[],
  },
  /** Resource prefixes the User Operator's Role keeps (EntityOperator.java OPERATOR_RESOURCE_PREFIXES). */
  userOperatorResources: ['kafkausers', 'secrets'],
  /** 020-ClusterRole-strimzi-cluster-operator-role.yaml (`-namespaced`): the rights to write those Roles and RoleBindings. */
  rbacRules: [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: [...CRUD] }] as readonly PolicyRuleFact[],
  source: `${CHART}/020-ClusterRole-strimzi-cluster-operator-role.yaml, 031-*.yaml, values.yaml:66; ${S} cluster-operator/src/main/java/io/strimzi/operator/cluster/model/EntityOperator.java, operator/assembly/EntityOperatorReconciler.java`,
} as const;
