import { Size } from 'cdk8s';
import type { Construct } from 'constructs';
import { usersInAppNamespace } from '../addons/strimzi';
import { parseQuantity } from '../budget/quantity';
import { kedaOperatorPods } from '../network/platform-flows';
import type { StrimziKafkaConfig } from '../config/environment';
import { appTopics, eventApps, topicDeclarations } from '../events/topology';
import { kafkaUserName } from '../events/kafka-connection';
import { KafkaCluster } from '../kafka/kafka-cluster';
import { KafkaTopic } from '../kafka/kafka-topic';
import { KafkaUser } from '../kafka/kafka-user';
import { podsPeer } from '../network/flows';
import { APP_NAMESPACE } from '../platform/namespaces';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';

export const KAFKA_NAMESPACE = 'kafka';

export interface KafkaChartProps extends EnvironmentChartProps {
  readonly kafka: StrimziKafkaConfig;
}

/**
 * dist/<env>/kafka.yaml (in-cluster Kafka only): the Strimzi cluster, every topic of the
 * event topology with its dead-letter topics, and — with SCRAM — one KafkaUser per event
 * app whose ACLs allow exactly its topics and its consumer group (the app-id).
 */
export class KafkaChart extends EnvironmentChart {
  public readonly cluster: KafkaCluster;
  public readonly topics: readonly KafkaTopic[];
  public readonly users: readonly KafkaUser[];

  constructor(scope: Construct, id: string, props: KafkaChartProps) {
    super(scope, id, props);
    const k = props.kafka;
    this.cluster = new KafkaCluster(this, 'cluster', {
      name: k.clusterName,
      namespace: KAFKA_NAMESPACE,
      version: k.version,
      brokers: k.brokers,
      heap: Size.mebibytes(parseQuantity(k.heap) / 2 ** 20),
      cpu: k.cpu,
      entityOperator: k.entityOperator,
      storage: k.storage,
      authentication: k.authentication,
      ...(usersInAppNamespace(props.env) ? { userNamespace: APP_NAMESPACE } : {}),
      // The same clients as the kafka-clients and keda-to-kafka network flows.
      clientPeers: [podsPeer({ namespace: APP_NAMESPACE, names: eventApps() }), podsPeer(kedaOperatorPods(props.env))],
      exporter: k.exporter,
    });
    this.topics = topicDeclarations().map((t) => new KafkaTopic(this, `topic-${t.name}`, { cluster: this.cluster, topicName: t.name, partitions: t.partitions, retentionDays: t.retentionDays }));
    this.users =
      k.authentication === 'scram-sha-512'
        ? eventApps().map((app) => {
            const topics = appTopics(app);
            return new KafkaUser(this, `user-${app}`, {
              cluster: this.cluster,
              name: kafkaUserName(app),
              writes: [...topics.publishes, ...topics.deadLetters],
              reads: topics.subscribes,
              group: topics.subscribes.length > 0 ? app : undefined,
            });
          })
        : [];
  }
}
