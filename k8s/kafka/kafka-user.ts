import { Construct } from 'constructs';
import {
  KafkaUser as StrimziKafkaUser,
  type KafkaUserSpecAuthorizationAcls,
  KafkaUserSpecAuthenticationType,
  KafkaUserSpecAuthorizationAclsOperations as Op,
  KafkaUserSpecAuthorizationAclsResourcePatternType,
  KafkaUserSpecAuthorizationAclsResourceType,
  KafkaUserSpecAuthorizationAclsType,
  KafkaUserSpecAuthorizationType,
} from '../../imports/k8s/kafkauser-kafka.strimzi.io';
import type { KafkaCluster } from './kafka-cluster';

export interface KafkaUserProps {
  readonly cluster: KafkaCluster;
  /** User name; the User Operator writes its password to a Secret of the same name. */
  readonly name: string;
  /** Topics the user writes to. */
  readonly writes: readonly string[];
  /** Topics the user reads from. */
  readonly reads: readonly string[];
  /**
   * Consumer group the user may join.
   * @default - none (a producer-only user)
   */
  readonly group?: string;
}

/**
 * A SCRAM-SHA-512 KafkaUser whose simple ACLs allow exactly its topics and its own
 * consumer group, created in the namespace the User Operator watches (so the Secret
 * with its password sits next to the application that uses it).
 */
export class KafkaUser extends Construct {
  public readonly name: string;
  /** Secret holding the password under the key `password`. */
  public readonly secretName: string;
  public readonly acls: readonly KafkaUserSpecAuthorizationAcls[];

  constructor(scope: Construct, id: string, props: KafkaUserProps) {
    super(scope, id);
    if (props.cluster.authentication !== 'scram-sha-512') {
      throw new Error(`KafkaUser ${props.name}: cluster ${props.cluster.name} has no listener authentication; users are only needed with scram-sha-512`);
    }
    this.name = props.name;
    this.secretName = props.name;
    const allow = (type: KafkaUserSpecAuthorizationAclsResourceType, name: string, operations: Op[]): KafkaUserSpecAuthorizationAcls => ({
      resource: { type, name, patternType: KafkaUserSpecAuthorizationAclsResourcePatternType.LITERAL },
      operations,
      type: KafkaUserSpecAuthorizationAclsType.ALLOW,
    });
    const TOPIC = KafkaUserSpecAuthorizationAclsResourceType.TOPIC;
    this.acls = [
      ...props.writes.map((t) => allow(TOPIC, t, [Op.WRITE, Op.DESCRIBE])),
      ...props.reads.map((t) => allow(TOPIC, t, [Op.READ, Op.DESCRIBE])),
      ...(props.group ? [allow(KafkaUserSpecAuthorizationAclsResourceType.GROUP, props.group, [Op.READ, Op.DESCRIBE])] : []),
    ];
    new StrimziKafkaUser(this, 'Resource', {
      metadata: { name: props.name, namespace: props.cluster.userNamespace, labels: { 'strimzi.io/cluster': props.cluster.name } },
      spec: {
        authentication: { type: KafkaUserSpecAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512 },
        authorization: { type: KafkaUserSpecAuthorizationType.SIMPLE, acls: [...this.acls] },
      },
    });
  }
}
