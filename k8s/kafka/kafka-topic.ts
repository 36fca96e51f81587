import { Construct } from 'constructs';
import { KafkaTopic as StrimziKafkaTopic } from '../../imports/k8s/kafkatopic-kafka.strimzi.io';
import type { KafkaCluster } from './kafka-cluster';
import { KEEP_ON_DELETE } from '../gitops/argo-application';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface KafkaTopicProps {
  /** The cluster the topic belongs to (its namespace and broker count). */
  readonly cluster: KafkaCluster;
  /** Kafka topic name; also the resource name (it is a valid DNS subdomain). */
  readonly topicName: string;
  readonly partitions: number;
  /**
   * Copies of each partition; never more than the brokers.
   * @default - the cluster's replication factor
   */
  readonly replicas?: number;
  /** Retention in days. */
  readonly retentionDays: number;
  /**
   * Kafka cleanup policy.
   * @default 'delete'
   */
  readonly cleanupPolicy?: 'delete' | 'compact';
}

/** A Strimzi KafkaTopic in the Kafka cluster's namespace, labelled for its cluster. */
export class KafkaTopic extends Construct {
  public readonly topicName: string;
  public readonly partitions: number;
  public readonly replicas: number;

  constructor(scope: Construct, id: string, props: KafkaTopicProps) {
    super(scope, id);
    this.topicName = props.topicName;
    this.partitions = props.partitions;
    this.replicas = props.replicas ?? props.cluster.replicationFactor;
    if (this.replicas > props.cluster.brokers) {
      throw new Error(`KafkaTopic ${props.topicName}: replicas ${this.replicas} > ${props.cluster.brokers} broker(s) of cluster ${props.cluster.name}; lower replicas or add brokers`);
    }
    if (!Number.isInteger(props.partitions) || props.partitions < 1) throw new Error(`KafkaTopic ${props.topicName}: partitions must be a whole number ≥ 1`);
    new StrimziKafkaTopic(this, 'Resource', {
      metadata: { name: props.topicName, namespace: props.cluster.namespace, labels: { 'strimzi.io/cluster': props.cluster.name }, annotations: { ...KEEP_ON_DELETE } },
      spec: {
        partitions: props.partitions,
        replicas: this.replicas,
        config: { 'retention.ms': props.retentionDays * DAY_MS, 'cleanup.policy': props.cleanupPolicy ?? 'delete' },
      },
    });
  }
}
