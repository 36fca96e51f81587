import type { AppName } from '../apps/catalog';
import type { KafkaConfig } from '../config/environment';
import type { KafkaAuth } from '../dapr/pubsub';
import { KAFKA_INTERNAL_PORT } from '../kafka/kafka-cluster';

/** Name of an app's pub/sub component (each app has its own, with its own Kafka identity). */
export function pubsubComponentName(app: AppName): string {
  return `${app}-pubsub`;
}

/** Name of an app's KafkaUser (and of the Secret with its password) when SCRAM is on. */
export function kafkaUserName(app: AppName): string {
  return `${app}-kafka`;
}

/** Bootstrap servers of the environment's Kafka. */
export function kafkaBrokers(kafka: KafkaConfig, kafkaNamespace: string): string[] {
  return kafka.backend === 'strimzi' ? [`${kafka.clusterName}-kafka-bootstrap.${kafkaNamespace}.svc:${KAFKA_INTERNAL_PORT}`] : [...kafka.brokers];
}

/**
 * How an app's Dapr component authenticates — the one thing that changes when the
 * environment switches Kafka backend.
 */
export function kafkaAuthFor(app: AppName, kafka: KafkaConfig): KafkaAuth {
  if (kafka.backend === 'sasl') {
    return {
      type: 'password',
      username: { secretKeyRef: { name: kafka.credentialsSecret, key: kafka.usernameKey } },
      password: { name: kafka.credentialsSecret, key: kafka.passwordKey },
      mechanism: kafka.saslMechanism,
      tls: true,
    };
  }
  if (kafka.authentication === 'scram-sha-512') {
    // In-cluster listener: SCRAM over the plaintext internal port (challenge-response, the
    // password never crosses the wire); NetworkPolicies admit only the event apps.
    return { type: 'password', username: { value: kafkaUserName(app) }, password: { name: kafkaUserName(app), key: 'password' }, mechanism: 'SHA-512', tls: false };
  }
  return { type: 'none' };
}
