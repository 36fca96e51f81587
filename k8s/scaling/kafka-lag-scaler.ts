import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { ScaledObject } from '../../imports/k8s/scaledobject-keda.sh';
import { TriggerAuthentication } from '../../imports/k8s/triggerauthentication-keda.sh';
import type { DaprApp } from '../dapr/dapr-app';
import type { SecretRef } from '../dapr/dapr-component';

/** SASL settings the KEDA Kafka scaler needs to read consumer lag. */
export interface KafkaScalerAuth {
  /** KEDA's spelling: scram_sha256 or scram_sha512. */
  readonly sasl: 'scram_sha256' | 'scram_sha512';
  readonly tls: boolean;
  /** Where the user name is: a Secret key, or a literal (rendered into a ConfigMap). */
  readonly username: { readonly secret: SecretRef } | { readonly value: string };
  readonly password: SecretRef;
}

export interface KafkaLagScalerProps {
  readonly app: DaprApp;
  readonly bootstrapServers: readonly string[];
  /** Topics and their partitions; maxReplicas may not exceed the smallest. */
  readonly topics: ReadonlyArray<{ readonly name: string; readonly partitions: number }>;
  /** Consumer group: the app-id (Dapr's default). */
  readonly consumerGroup: string;
  /** Lag per replica that triggers a scale-out. @default 20 */
  readonly lagThreshold?: number;
  readonly auth?: KafkaScalerAuth;
}

/**
 * A KEDA ScaledObject scaling a Kafka consumer on its consumer-group lag, one trigger
 * per topic, bounded by the app's replicas (never more than the topic partitions and
 * never below 1), with a TriggerAuthentication when the brokers require SASL.
 */
export class KafkaLagScaler extends Construct {
  public readonly name: string;

  constructor(scope: Construct, id: string, props: KafkaLagScalerProps) {
    super(scope, id);
    const { app } = props;
    this.name = app.appId;
    const smallest = Math.min(...props.topics.map((t) => t.partitions));
    if (app.replicas.max > smallest) throw new Error(`KafkaLagScaler ${app.appId}: maxReplicaCount ${app.replicas.max} > ${smallest} partitions`);
    if (app.replicas.min < 1) throw new Error(`KafkaLagScaler ${app.appId}: minReplicaCount must be ≥ 1 (Dapr subscriptions need a running consumer)`);

    let authName: string | undefined;
    if (props.auth) {
      const a = props.auth;
      authName = `${app.appId}-kafka-lag`;
      const configMapName = `${app.appId}-kafka-lag`;
      new k8s.KubeConfigMap(this, 'Settings', {
        metadata: { name: configMapName, namespace: app.namespace },
        data: { sasl: a.sasl, tls: a.tls ? 'enable' : 'disable', ...('value' in a.username ? { username: a.username.value } : {}) },
      });
      new TriggerAuthentication(this, 'Auth', {
        metadata: { name: authName, namespace: app.namespace },
        spec: {
          secretTargetRef: [
            { parameter: 'password', name: a.password.name, key: a.password.key },
            ...('secret' in a.username ? [{ parameter: 'username', name: a.username.secret.name, key: a.username.secret.key }] : []),
          ],
          configMapTargetRef: [
            { parameter: 'sasl', name: configMapName, key: 'sasl' },
            { parameter: 'tls', name: configMapName, key: 'tls' },
            ...('value' in a.username ? [{ parameter: 'username', name: configMapName, key: 'username' }] : []),
          ],
        },
      });
    }

    new ScaledObject(this, 'Resource', {
      metadata: { name: app.appId, namespace: app.namespace },
      spec: {
        scaleTargetRef: { name: app.appId },
        minReplicaCount: app.replicas.min,
        maxReplicaCount: app.replicas.max,
        pollingInterval: 30,
        cooldownPeriod: 300,
        triggers: props.topics.map((t) => ({
          type: 'kafka',
          name: `lag-${t.name}`,
          metadata: {
            bootstrapServers: props.bootstrapServers.join(','),
            consumerGroup: props.consumerGroup,
            topic: t.name,
            lagThreshold: String(props.lagThreshold ?? 20),
            offsetResetPolicy: 'earliest',
            allowIdleConsumers: 'false',
          },
          ...(authName ? { authenticationRef: { name: authName } } : {}),
        })),
      },
    });
  }
}
