import { Size } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Kafka,
  KafkaSpecEntityOperatorTopicOperatorResourcesLimits as EoLimits,
  KafkaSpecEntityOperatorTopicOperatorResourcesRequests as EoRequests,
  KafkaSpecEntityOperatorUserOperatorResourcesLimits as UoLimits,
  KafkaSpecEntityOperatorUserOperatorResourcesRequests as UoRequests,
  KafkaSpecKafkaAuthorizationType,
  KafkaSpecKafkaListenersAuthenticationType,
  KafkaSpecKafkaListenersType,
  KafkaSpecKafkaExporterResourcesLimits as ExporterLimits,
  KafkaSpecKafkaExporterResourcesRequests as ExporterRequests,
  KafkaSpecKafkaMetricsConfigType,
} from '../../imports/k8s/kafka-kafka.strimzi.io';
import {
  KafkaNodePool,
  KafkaNodePoolSpecResourcesLimits,
  KafkaNodePoolSpecResourcesRequests,
  KafkaNodePoolSpecRoles,
  KafkaNodePoolSpecStorageType,
  KafkaNodePoolSpecStorageVolumesKraftMetadata,
  KafkaNodePoolSpecStorageVolumesType,
} from '../../imports/k8s/kafkanodepool-kafka.strimzi.io';
import type { Resources } from '../config/environment';
import { KEEP_ON_DELETE } from '../gitops/argo-application';
import { EntityOperatorAccess } from './entity-operator-access';
import { STRIMZI_OPERANDS } from './operands';
import { toCrdResources } from '../platform/resources';

/** Port of the internal (in-cluster) listener. */
export const KAFKA_INTERNAL_PORT = 9092;

/** The persistent volume that holds each node's log and KRaft metadata. */
export interface KafkaLogVolume {
  /** Requested size of the claim. */
  readonly size: string;
  /**
   * StorageClass of the claim.
   * @default - the cluster's default class
   */
  readonly storageClass?: string;
}

/** JBOD volume id of the log volume (ids cannot change once created: con-config-storage-kraft.adoc@1.2.0). */
export const KAFKA_LOG_VOLUME_ID = 0;

export interface KafkaClusterProps {
  /** Name of the Kafka resource. */
  readonly name: string;
  /** Namespace of the Kafka cluster, its node pool and its topics. */
  readonly namespace: string;
  /** Kafka version (one Strimzi 1.2.0 supports). */
  readonly version: string;
  /** Number of dual-role (controller + broker) nodes. */
  readonly brokers: number;
  /** JVM heap per node; the container's memory (request = limit) is twice as much. */
  readonly heap: Size;
  /** CPU request and limit per node. */
  readonly cpu: { readonly request: string; readonly limit: string };
  /** Requests and limits of each entity operator container (topic operator, user operator). */
  readonly entityOperator: Resources;
  /** Each node's log volume (also its KRaft metadata). */
  readonly storage: KafkaLogVolume;
  /**
   * Listener authentication.
   * @default 'none'
   */
  readonly authentication?: 'none' | 'scram-sha-512';
  /**
   * Namespace the User Operator watches for KafkaUsers (their credential Secrets are
   * written there, where the applications' Dapr components can reference them).
   * @default - the cluster's namespace
   */
  readonly userNamespace?: string;
  /**
   * Who may connect to the listener. Strimzi generates the listener's NetworkPolicy; without
   * peers it admits every pod in the cluster.
   * @default - any pod
   */
  readonly clientPeers?: ReadonlyArray<{ readonly namespaceSelector: object; readonly podSelector: object }>;
  /**
   * Run the Kafka Exporter (consumer-group lag as Prometheus metrics) with these resources.
   * @default - no exporter
   */
  readonly exporter?: Resources;
}

/**
 * A Strimzi 1.x (`kafka.strimzi.io/v1`) Kafka cluster in KRaft mode: one KafkaNodePool of
 * dual-role (controller + broker) nodes, each with its log on a persistent volume, an internal listener only,
 * replication settings that fit the broker count, and the Entity Operator (topic and user
 * operators) so KafkaTopic and KafkaUser resources are reconciled.
 */
export class KafkaCluster extends Construct {
  public readonly name: string;
  public readonly namespace: string;
  public readonly brokers: number;
  /** host:port of the bootstrap Service. */
  public readonly bootstrapServers: string;
  /** Replicas of every topic: the broker count, at most 3. */
  public readonly replicationFactor: number;
  public readonly authentication: 'none' | 'scram-sha-512';
  public readonly userNamespace: string;
  /** Labels of the broker pods (for network policies and monitors). */
  public readonly brokerPodLabels: Readonly<Record<string, string>>;
  /** Memory of each node's container (twice the heap). */
  public readonly memoryPerNode: Size;

  constructor(scope: Construct, id: string, props: KafkaClusterProps) {
    super(scope, id);
    if (props.brokers < 1) throw new Error(`KafkaCluster ${props.name}: brokers must be at least 1`);
    this.name = props.name;
    this.namespace = props.namespace;
    this.brokers = props.brokers;
    this.authentication = props.authentication ?? 'none';
    this.userNamespace = props.userNamespace ?? props.namespace;
    this.replicationFactor = Math.min(3, props.brokers);
    this.bootstrapServers = `${props.name}-kafka-bootstrap.${props.namespace}.svc:${KAFKA_INTERNAL_PORT}`;
    this.brokerPodLabels = STRIMZI_OPERANDS.brokerLabels(props.name);
    const minIsr = Math.max(1, this.replicationFactor - 1);
    const heapMi = props.heap.toMebibytes();
    /** Memory of a node's container: the heap is half of it (see props.heap). */
    this.memoryPerNode = Size.mebibytes(heapMi * 2);
    const resources: Resources = { cpuRequest: props.cpu.request, cpuLimit: props.cpu.limit, memoryRequest: `${heapMi * 2}Mi`, memoryLimit: `${heapMi * 2}Mi` };
    const scram = this.authentication === 'scram-sha-512';

    new KafkaNodePool(this, 'NodePool', {
      metadata: { name: 'dual-role', namespace: props.namespace, labels: { 'strimzi.io/cluster': props.name }, annotations: { ...KEEP_ON_DELETE } },
      spec: {
        replicas: props.brokers,
        roles: [KafkaNodePoolSpecRoles.CONTROLLER, KafkaNodePoolSpecRoles.BROKER],
        // One JBOD volume holding the log and the KRaft metadata (the layout of Strimzi's
        // single-node example, packaging/examples/kafka/kafka-single-node.yaml@1.2.0): topics,
        // committed offsets and dead letters outlive the pod. The claim is kept when the pool
        // is deleted or scaled down (deleteClaim: false), like the data it holds. Strimzi
        // ignores a later change of storage type (KafkaPool.java:160-180@1.2.0).
        storage: {
          type: KafkaNodePoolSpecStorageType.JBOD,
          volumes: [
            {
              id: KAFKA_LOG_VOLUME_ID,
              type: KafkaNodePoolSpecStorageVolumesType.PERSISTENT_HYPHEN_CLAIM,
              size: props.storage.size,
              ...(props.storage.storageClass ? { class: props.storage.storageClass } : {}),
              deleteClaim: false,
              kraftMetadata: KafkaNodePoolSpecStorageVolumesKraftMetadata.SHARED,
            },
          ],
        },
        resources: toCrdResources(resources, KafkaNodePoolSpecResourcesRequests.fromString, KafkaNodePoolSpecResourcesLimits.fromString),
        jvmOptions: { xms: `${heapMi}m`, xmx: `${heapMi}m` },
      },
    });

    new Kafka(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace, annotations: { ...KEEP_ON_DELETE } },
      spec: {
        kafka: {
          version: props.version,
          listeners: [
            {
              name: 'plain',
              port: KAFKA_INTERNAL_PORT,
              type: KafkaSpecKafkaListenersType.INTERNAL,
              tls: false,
              ...(scram ? { authentication: { type: KafkaSpecKafkaListenersAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512 } } : {}),
              ...(props.clientPeers ? { networkPolicyPeers: props.clientPeers.map((p) => ({ namespaceSelector: p.namespaceSelector, podSelector: p.podSelector })) } : {}),
            },
          ],
          ...(scram ? { authorization: { type: KafkaSpecKafkaAuthorizationType.SIMPLE } } : {}),
          // Broker metrics on :9404 without a JMX exporter ConfigMap.
          metricsConfig: { type: KafkaSpecKafkaMetricsConfigType.STRIMZI_METRICS_REPORTER, values: { allowList: ['kafka_server.*', 'kafka_network.*', 'kafka_log.*', 'kafka_controller.*'] } },
          config: {
            'offsets.topic.replication.factor': this.replicationFactor,
            'transaction.state.log.replication.factor': this.replicationFactor,
            'transaction.state.log.min.isr': minIsr,
            'default.replication.factor': this.replicationFactor,
            'min.insync.replicas': minIsr,
            // Topics exist only as KafkaTopic resources (derived from the event topology).
            'auto.create.topics.enable': false,
          },
        },
        ...(props.exporter
          ? {
              kafkaExporter: {
                topicRegex: '.*',
                groupRegex: '.*',
                resources: toCrdResources(props.exporter, ExporterRequests.fromString, ExporterLimits.fromString),
              },
            }
          : {}),
        entityOperator: {
          topicOperator: { resources: toCrdResources(props.entityOperator, EoRequests.fromString, EoLimits.fromString) },
          userOperator: {
            resources: toCrdResources(props.entityOperator, UoRequests.fromString, UoLimits.fromString),
            ...(this.userNamespace !== props.namespace ? { watchedNamespace: this.userNamespace } : {}),
          },
        },
      },
    });
    // The user operator watches the app namespace: the cluster operator needs rights there to set it up.
    if (this.userNamespace !== props.namespace) new EntityOperatorAccess(this, 'EntityOperatorAccess', { operatorNamespace: props.namespace, watchedNamespace: this.userNamespace });
  }
}
