import { addonsOf } from '../addons';
import type { Environment } from '../config/environment';
import { NOTIFICATIONS_SECRET, reportsToGitHub } from '../gitops/deploy-status';
import { ALERT_RECEIVER_SECRET, ALERT_WEBHOOK_KEY } from '../observability/alert-routing';
import { BACKUP_SECRET_KEYS } from '../platform/database';
import { APP_NAMESPACE } from '../platform/namespaces';
import { APP_SECRETS } from './catalog';

/** A Secret key that operators must create by hand (never in this repository). */
export interface OutOfBandSecretKey {
  readonly secret: string;
  /** @default the app namespace */
  readonly namespace?: string;
  readonly key: string;
  /** Without it the platform still comes up (the feature it feeds stays off). */
  readonly required: boolean;
  readonly purpose: string;
  /** Shell expression producing a suitable value, for the docs. */
  readonly example: string;
}

/** A docker-registry Secret the app ServiceAccounts pull private images with. */
export interface PullSecret {
  readonly secret: string;
  readonly namespace: string;
  /** `<region-key>.ocir.io` and friends, from the image repository. */
  readonly server: string;
  readonly purpose: string;
}

/** The image pull Secret of an environment, if its registry is private. */
export function pullSecretOf(env: Environment): PullSecret | undefined {
  if (!env.images.pullSecret) return undefined;
  return {
    secret: env.images.pullSecret,
    namespace: APP_NAMESPACE,
    server: env.images.repository.split('/')[0]!,
    purpose: 'pulls the app images from the private OCI registry (user `<tenancy-namespace>/<user name>`, password an OCI auth token)',
  };
}

/** Keys of the out-of-band `app-secrets` Secret: the application's own credentials. */
export const APP_SECRET_KEYS = {
  betterAuthSecret: { key: 'better-auth-secret', purpose: 'signs and verifies user sessions (as BETTER_AUTH_SECRET in the apps that authenticate users)', example: '"$(openssl rand -base64 32)"' },
  llmApiKey: { key: 'llm-api-key', purpose: "the AI agent's LLM provider key, read by the backend through the Dapr secrets API (store kubernetes-secrets)", example: '"$LLM_API_KEY"' },
} as const;

/** The keys every environment needs from the people who run it. */
export function outOfBandSecrets(env: Environment): OutOfBandSecretKey[] {
  const keys: OutOfBandSecretKey[] = Object.values(APP_SECRET_KEYS).map((k) => ({ secret: APP_SECRETS, key: k.key, required: true, purpose: k.purpose, example: k.example }));
  if (env.kafka.backend === 'sasl') {
    keys.push(
      { secret: env.kafka.credentialsSecret, key: env.kafka.usernameKey, required: true, purpose: 'SASL user of the external Kafka (e.g. Redpanda Cloud)', example: '"$KAFKA_USERNAME"' },
      { secret: env.kafka.credentialsSecret, key: env.kafka.passwordKey, required: true, purpose: 'its password', example: '"$KAFKA_PASSWORD"' },
    );
  }
  if (env.database.provider === 'external') {
    keys.push({ secret: env.database.secretName, key: env.database.key, required: true, purpose: 'postgres:// URI of the external database (e.g. Neon), with sslmode=require', example: '"$DATABASE_URL"' });
  }
  keys.push(...backupCredentials(env));
  const monitoring = addonsOf(env).find((a) => a.name === 'kube-prometheus-stack')!.namespace;
  keys.push({ secret: ALERT_RECEIVER_SECRET, namespace: monitoring, key: ALERT_WEBHOOK_KEY, required: false, purpose: 'Slack-compatible incoming webhook URL alerts are sent to (without it Alertmanager runs and shows failed notifications)', example: '"$ALERT_WEBHOOK_URL"' });
  if (reportsToGitHub(env)) {
    const argocd = addonsOf(env).find((a) => a.name === 'argo-cd')!.namespace;
    keys.push({ secret: NOTIFICATIONS_SECRET.name, namespace: argocd, key: NOTIFICATIONS_SECRET.key, required: false, purpose: "fine-grained GitHub token with 'Commit statuses: write' on this repository; Argo CD reports every sync as a commit status", example: '"$GITHUB_STATUS_TOKEN"' });
  }
  return keys;
}

/**
 * The S3 credentials of the database backups: on OCI a Customer Secret Key of a user allowed to
 * manage objects in the backup bucket (created out of band: it is a credential), and the region
 * the sidecar signs for. Without them WAL archiving fails and the WAL piles up on the volume.
 */
function backupCredentials(env: Environment): OutOfBandSecretKey[] {
  const backup = env.database.provider === 'cloudnative-pg' ? env.database.backup : undefined;
  if (!backup) return [];
  const key = (k: keyof typeof BACKUP_SECRET_KEYS, purpose: string, example: string): OutOfBandSecretKey => ({ secret: backup.credentialsSecret, key: BACKUP_SECRET_KEYS[k], required: true, purpose, example });
  return [
    key('accessKeyId', `access key of an OCI Customer Secret Key whose user may manage objects in bucket \`${backup.bucket}\`; the Barman Cloud sidecar archives WAL and daily base backups with it (docs/durability.md)`, '"$BACKUP_ACCESS_KEY_ID"'),
    key('secretAccessKey', 'its secret (shown once, when the key is generated)', '"$BACKUP_SECRET_ACCESS_KEY"'),
    key('region', 'region the S3 requests are signed for (not secret; the plugin reads it only from a Secret)', `${backup.region}`),
  ];
}

/** Secrets that an operator in the cluster creates, by name pattern. */
export const OPERATOR_SECRETS: ReadonlyArray<{ readonly pattern: RegExp; readonly creator: string }> = [
  { pattern: /-app$/, creator: 'CloudNativePG (database credentials, key `uri`)' },
  { pattern: /-kafka$/, creator: 'Strimzi User Operator (SCRAM password of a KafkaUser, key `password`)' },
  { pattern: /^ocir-pull$/, creator: 'you: see the image pull Secret above' },
  { pattern: /-tls$/, creator: 'cert-manager (the Gateway certificate)' },
];
