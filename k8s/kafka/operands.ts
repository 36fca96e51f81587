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
