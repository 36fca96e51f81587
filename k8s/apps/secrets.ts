import type { Environment } from '../config/environment';
import { APP_SECRETS } from './catalog';

/** A Secret key that operators must create by hand (never in this repository). */
export interface OutOfBandSecretKey {
  readonly secret: string;
  readonly key: string;
  readonly required: boolean;
  readonly purpose: string;
  /** Shell expression producing a suitable value, for the docs. */
  readonly example: string;
}

/** The keys every environment needs from the people who run it. */
export function outOfBandSecrets(env: Environment): OutOfBandSecretKey[] {
  const keys: OutOfBandSecretKey[] = [
    { secret: APP_SECRETS, key: 'better-auth-secret', required: true, purpose: 'signs and verifies user sessions (frontend and backend, as BETTER_AUTH_SECRET)', example: '"$(openssl rand -base64 32)"' },
    { secret: APP_SECRETS, key: 'llm-api-key', required: true, purpose: "the AI agent's LLM provider key, read by the backend through the Dapr secrets API (store kubernetes-secrets)", example: '"$LLM_API_KEY"' },
  ];
  if (env.kafka.backend === 'sasl') {
    keys.push(
      { secret: env.kafka.credentialsSecret, key: env.kafka.usernameKey, required: true, purpose: 'SASL user of the external Kafka (e.g. Redpanda Cloud)', example: '"$KAFKA_USERNAME"' },
      { secret: env.kafka.credentialsSecret, key: env.kafka.passwordKey, required: true, purpose: 'its password', example: '"$KAFKA_PASSWORD"' },
    );
  }
  if (env.database.provider === 'external') {
    keys.push({ secret: env.database.secretName, key: env.database.key, required: true, purpose: 'postgres:// URI of the external database (e.g. Neon), with sslmode=require', example: '"$DATABASE_URL"' });
  }
  return keys;
}

/** Secrets that an operator in the cluster creates, by name pattern. */
export const OPERATOR_SECRETS: ReadonlyArray<{ readonly pattern: RegExp; readonly creator: string }> = [
  { pattern: /-app$/, creator: 'CloudNativePG (database credentials, key `uri`)' },
  { pattern: /-kafka$/, creator: 'Strimzi User Operator (SCRAM password of a KafkaUser, key `password`)' },
  { pattern: /-tls$/, creator: 'cert-manager (the Gateway certificate)' },
];
