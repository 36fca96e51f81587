import type { Construct } from 'constructs';
import { type ComponentMetadata, DaprComponent, type SecretRef } from './dapr-component';

/** How a Dapr Kafka component authenticates. */
export type KafkaAuth =
  | { readonly type: 'none' }
  | {
      readonly type: 'password';
      /** SASL user: a literal name (e.g. a KafkaUser) or a secret reference. */
      readonly username: { readonly value: string } | { readonly secretKeyRef: SecretRef };
      readonly password: SecretRef;
      /** Dapr's spelling; anything else silently falls back to SASL/PLAIN. */
      readonly mechanism: 'SHA-256' | 'SHA-512';
      /** TLS to the brokers (required for anything leaving the cluster). */
      readonly tls: boolean;
    };

export interface KafkaPubSubProps {
  readonly name: string;
  readonly namespace: string;
  /** The app-id(s) that use it. */
  readonly scopes: readonly string[];
  /** host:port list. */
  readonly brokers: readonly string[];
  readonly auth: KafkaAuth;
  /** Topics the component may publish or subscribe to (Dapr `allowedTopics`). */
  readonly allowedTopics: readonly string[];
  /**
   * Where a new consumer group starts reading.
   * @default 'oldest' (a new service processes what is still retained)
   */
  readonly initialOffset?: 'oldest' | 'newest';
}

/**
 * A `pubsub.kafka` component. `consumerGroup` is deliberately not set: Dapr then uses the
 * app-id, so every service receives every message of its topics once — a shared literal
 * group would split the messages between different services.
 */
export function kafkaPubSub(scope: Construct, id: string, props: KafkaPubSubProps): DaprComponent {
  const auth: ComponentMetadata[] =
    props.auth.type === 'none'
      ? [{ name: 'authType', value: 'none' }]
      : [
          { name: 'authType', value: 'password' },
          'value' in props.auth.username ? { name: 'saslUsername', value: props.auth.username.value } : { name: 'saslUsername', secretKeyRef: props.auth.username.secretKeyRef },
          { name: 'saslPassword', secretKeyRef: props.auth.password },
          { name: 'saslMechanism', value: props.auth.mechanism },
        ];
  const tls = props.auth.type === 'password' && props.auth.tls;
  return new DaprComponent(scope, id, {
    name: props.name,
    namespace: props.namespace,
    type: 'pubsub.kafka',
    scopes: props.scopes,
    metadata: [
      { name: 'brokers', value: props.brokers.join(',') },
      ...auth,
      // In-cluster plaintext listener, or TLS with certificate verification (never skipVerify).
      { name: 'disableTls', value: tls ? 'false' : 'true' },
      { name: 'allowedTopics', value: [...props.allowedTopics].sort().join(',') },
      { name: 'initialOffset', value: props.initialOffset ?? 'oldest' },
    ],
  });
}
