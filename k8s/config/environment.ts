import { z } from 'zod';
import { APP_NAMES, type AppName } from '../apps/catalog';
import { parseConfig } from '../contract/errors';

/** The environments this repository renders, each into dist/<name>/. */
export const ENVIRONMENT_NAMES = ['local', 'oke'] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];

const quantity = z.string().regex(/^[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|k|M|G)?$/, 'must be a Kubernetes quantity such as 250m, 512Mi or 1Gi');
const k8sName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 name: lowercase letters, digits and dashes');
const hostPort = z.string().regex(/^[a-zA-Z0-9.-]+:\d{1,5}$/, 'must be host:port');

/** CPU and memory requests and limits of one container. */
export const ResourcesSchema = z.strictObject({
  cpuRequest: quantity,
  cpuLimit: quantity,
  memoryRequest: quantity,
  memoryLimit: quantity,
});
export type Resources = z.output<typeof ResourcesSchema>;

/** In-cluster Kafka run by the Strimzi operator (KRaft, one dual-role node, its log on a persistent volume). */
const StrimziKafkaSchema = z.strictObject({
  backend: z.literal('strimzi'),
  /** Name of the Kafka resource; the bootstrap Service is <name>-kafka-bootstrap. */
  clusterName: k8sName.default('events'),
  /** Kafka version run by Strimzi 1.2.0 (supported: 4.2.0, 4.2.1, 4.3.0, 4.3.1). */
  version: z.enum(['4.2.0', '4.2.1', '4.3.0', '4.3.1']).default('4.3.1'),
  /** Dual-role (controller + broker) nodes; topics are replicated min(3, brokers) times. */
  brokers: z.number().int().min(1).max(3).default(1),
  /**
   * Listener authentication: `scram-sha-512` gives every service its own KafkaUser with
   * ACLs limited to its topics and consumer group.
   */
  authentication: z.enum(['none', 'scram-sha-512']).default('none'),
  /**
   * JVM heap per node. The container gets twice as much memory (request = limit): the heap is
   * half of it, Strimzi's own default share (STRIMZI_DYNAMIC_HEAP_PERCENTAGE=50,
   * KafkaCluster.java:1646@1.2.0), the rest page cache, metaspace and network buffers.
   */
  heap: quantity.default('512Mi'),
  /** CPU of each node. */
  cpu: z.strictObject({ request: quantity, limit: quantity }).default({ request: '100m', limit: '1' }),
  /** Each of the two entity operator containers (topic operator, user operator). */
  entityOperator: ResourcesSchema.default({ cpuRequest: '10m', cpuLimit: '250m', memoryRequest: '192Mi', memoryLimit: '192Mi' }),
  /** The Kafka Exporter (consumer-group lag as metrics). */
  exporter: ResourcesSchema.default({ cpuRequest: '10m', cpuLimit: '100m', memoryRequest: '32Mi', memoryLimit: '48Mi' }),
  /**
   * The log volume of each node (one JBOD volume that also holds the KRaft metadata): topics,
   * committed consumer offsets and dead letters survive a broker restart or a node replacement.
   */
  storage: z.strictObject({
    /** Requested size (on OKE at least 50Gi: smaller claims are billed as 50 GB). */
    size: quantity,
    /** StorageClass of the claim. @default - the cluster's default class */
    storageClass: k8sName.optional(),
  }),
});

/**
 * Any Kafka reachable with SASL/SCRAM over TLS, e.g. Redpanda Cloud. Credentials come from
 * a Secret created out of band (docs/secrets.md), never from this repository.
 */
const SaslKafkaSchema = z.strictObject({
  backend: z.literal('sasl'),
  /** Bootstrap servers, host:port. */
  brokers: z.array(hostPort).min(1),
  /**
   * SCRAM mechanism in Dapr's spelling. Dapr accepts only SHA-256 or SHA-512; any other
   * value (such as "SCRAM-SHA-256") silently falls back to SASL/PLAIN.
   */
  saslMechanism: z.enum(['SHA-256', 'SHA-512'], {
    error: () => 'must be "SHA-256" or "SHA-512" (Dapr silently falls back to SASL/PLAIN for any other value, e.g. "SCRAM-SHA-256")',
  }),
  /** Secret in the app namespace holding the SASL username and password. */
  credentialsSecret: k8sName.default('kafka-credentials'),
  usernameKey: z.string().default('username'),
  passwordKey: z.string().default('password'),
  /** Hosts of the Kafka service, for egress network policies (derived from brokers when unset). */
  egressCidrs: z.array(z.string()).default([]),
});

export const KafkaSchema = z.discriminatedUnion('backend', [StrimziKafkaSchema, SaslKafkaSchema], {
  error: () => 'kafka.backend must be "strimzi" (in-cluster) or "sasl" (an external Kafka such as Redpanda Cloud)',
});
export type KafkaConfig = z.output<typeof KafkaSchema>;
export type StrimziKafkaConfig = z.output<typeof StrimziKafkaSchema>;
export type SaslKafkaConfig = z.output<typeof SaslKafkaSchema>;

/**
 * A daily six-field cron, seconds first: CloudNativePG's ScheduledBackup reads its schedule that
 * way (cloudnative-pg/cloudnative-pg config/crd/bases/postgresql.cnpg.io_scheduledbackups.yaml
 * spec.schedule@v1.30.0), so a five-field Kubernetes cron would be misread.
 */
const dailyBackupCron = z
  .string()
  .regex(
    /^0 ([0-9]|[1-5][0-9]) ([0-9]|1[0-9]|2[0-3]) \* \* \*$/,
    'must be a daily six-field cron, seconds first, such as "0 0 3 * * *" (03:00 UTC): ScheduledBackup reads five fields as if the first were seconds',
  );

/**
 * Continuous backup of the CloudNativePG cluster to an S3-compatible bucket through the Barman
 * Cloud Plugin: every WAL segment as it is closed, a base backup once a day, old backups
 * deleted once they fall out of the recovery window.
 */
export const DatabaseBackupSchema = z.strictObject({
  /** Bucket of the archive (on OCI: the `state` stack's, versioned and private). */
  bucket: z.string().regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, "_" and "-" only'),
  /** S3-compatible endpoint, without a path. */
  endpointURL: z.string().regex(/^https:\/\/[a-z0-9.-]+(:\d+)?$/, 'must be an https:// endpoint without a path, such as https://<namespace>.compat.objectstorage.<region>.oraclecloud.com'),
  /**
   * Region the S3 client signs for. Without it boto3 signs for us-east-1, which OCI refuses
   * outside the home region (cloudnative-pg/barman-cloud pkg/credentials/env.go:176-188@950b0f5).
   */
  region: z.string().regex(/^[a-z]+(-[a-z]+)+-\d+$/, 'must be a region identifier such as eu-frankfurt-1'),
  /** Secret created out of band (docs/secrets.md) holding the access key, its secret and the region. */
  credentialsSecret: k8sName.default('pg-backup-credentials'),
  /**
   * Folder of this cluster's archive in the bucket. A cluster restored from an archive must
   * write to a new folder: CloudNativePG refuses to archive into a non-empty one
   * (cloudnative-pg/cloudnative-pg docs/src/recovery.md "Expected empty archive"@v1.30.0).
   * @default - the cluster name
   */
  serverName: k8sName.optional(),
  /** When the daily base backup starts (UTC). */
  schedule: dailyBackupCron.default('0 0 3 * * *'),
  /** Recovery window in days: the database can be restored to any moment within it. */
  retentionDays: z.number().int().min(1, 'keep at least one day').max(90).default(7),
  /**
   * Age at which the bucket's lifecycle rule deletes any object (on OCI `oci.backup.lifecycleDays`
   * of the platform configuration). The recovery window must close a few days before it
   * (cloudnative-pg/plugin-barman-cloud web/docs/object_stores.md:124-125@v0.14.0).
   */
  bucketLifecycleDays: z.number().int().positive(),
  /** Object storage the archive may take, in GB (on OCI Always Free: 20 GB minus the state bucket). */
  capacityGb: z.number().positive(),
  /**
   * Upper estimates the object-storage arithmetic rests on (backupFootprint); compare them with
   * the bucket's size now and then (docs/durability.md).
   */
  expected: z
    .strictObject({
      /** One compressed base backup. */
      baseBackupGb: z.number().positive(),
      /** Compressed WAL archived per day. */
      walGbPerDay: z.number().positive(),
    })
    .default({ baseBackupGb: 1, walGbPerDay: 0.5 }),
  /**
   * The plugin's sidecar in the instance pod (its only resources: the plugin sets none itself,
   * cloudnative-pg/plugin-barman-cloud internal/cnpgi/operator/lifecycle.go:416-434@v0.14.0).
   * Field reports put a base backup's peak at 254 MiB with two upload jobs (cozystack/cozystack
   * PR #4220) and OOM kills at 128 Mi (siutsin/otaru PR #2723); this platform uploads with one job.
   */
  sidecar: ResourcesSchema.default({ cpuRequest: '10m', cpuLimit: '500m', memoryRequest: '64Mi', memoryLimit: '256Mi' }),
});
export type DatabaseBackupConfig = z.output<typeof DatabaseBackupSchema>;

/** Bootstrap the cluster from its archive instead of an empty database. */
const RestoreSchema = z.strictObject({
  /** Archive folder to restore from: the lost cluster's `backup.serverName`. */
  serverName: k8sName,
  /**
   * Stop replaying WAL at this moment (point-in-time recovery), e.g. just before a bad migration.
   * @default - the end of the archive
   */
  targetTime: z.iso.datetime({ offset: true, error: 'must be an RFC 3339 time with a zone, such as 2026-11-20T09:30:00Z' }).optional(),
});

/** PostgreSQL for the backend and the Dapr state store. */
export const DatabaseSchema = z.discriminatedUnion(
  'provider',
  [
    z.strictObject({
      provider: z.literal('cloudnative-pg'),
      /** Name of the CloudNativePG Cluster; its credentials Secret is <name>-app. */
      clusterName: k8sName.default('todo-db'),
      /** Data volume size (on OKE, 50Gi: OCI's smallest block volume). */
      storageSize: quantity,
      /** StorageClass of the data volume. @default - the cluster's default class */
      storageClass: k8sName.optional(),
      resources: ResourcesSchema.default({ cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '256Mi', memoryLimit: '512Mi' }),
      /** Continuous backup to object storage. @default - none: the database lives only on its volume */
      backup: DatabaseBackupSchema.optional(),
      /**
       * Restore from the archive when the Cluster is created (CloudNativePG bootstraps only a
       * new Cluster: delete the old one first, docs/durability.md). Needs `backup`.
       * @default - a new, empty database
       */
      restoreFrom: RestoreSchema.optional(),
    }),
    z.strictObject({
      provider: z.literal('external'),
      /** Secret (created out of band) holding a postgres:// connection URI, e.g. for Neon. */
      secretName: k8sName.default('external-database'),
      key: z.string().default('uri'),
      /** Where the database lives, for egress network policies. */
      egressCidrs: z.array(z.string()).default([]),
    }),
  ],
  { error: () => 'database.provider must be "cloudnative-pg" (in-cluster) or "external" (a Secret with a connection URI)' },
);
export type DatabaseConfig = z.output<typeof DatabaseSchema>;

/** Base backups per day that `dailyBackupCron` allows. */
const BACKUP_INTERVAL_DAYS = 1;
/**
 * Days a deleted object stays in the versioned bucket as a previous version (the backup bucket's
 * `delete-overwritten-versions` rule, infra-oci/guardrails/lifecycle.ts).
 */
const DELETED_VERSION_DAYS = 1;
/** "A few days" between the recovery window and the bucket's expiry (plugin-barman-cloud web/docs/object_stores.md:124-125@v0.14.0). */
export const LIFECYCLE_MARGIN_DAYS = 2;

/** What the archive of one cluster holds at its fullest, by the arithmetic below. */
export interface BackupFootprint {
  readonly baseBackups: number;
  /** Days of WAL kept. */
  readonly walDays: number;
  /** Age in days of the oldest object a restore within the window still needs. */
  readonly oldestNeededDays: number;
  readonly gb: number;
}

/**
 * The archive at its fullest. Barman keeps every base backup of the recovery window plus the
 * last one before it (a restore starts from it), and deletes an obsolete backup only after the
 * next one completes (plugin-barman-cloud web/docs/retention.md@v0.14.0), so one more exists
 * for a while; deleted objects stay a day as previous versions. WAL is kept from the oldest
 * base backup on, plus that day.
 */
export function backupFootprint(b: DatabaseBackupConfig): BackupFootprint {
  const inWindow = Math.ceil(b.retentionDays / BACKUP_INTERVAL_DAYS);
  const baseBackups = inWindow + 1 + 1 + DELETED_VERSION_DAYS / BACKUP_INTERVAL_DAYS;
  const oldestNeededDays = b.retentionDays + BACKUP_INTERVAL_DAYS;
  const walDays = oldestNeededDays + DELETED_VERSION_DAYS;
  const gb = Math.round((baseBackups * b.expected.baseBackupGb + walDays * b.expected.walGbPerDay) * 100) / 100;
  return { baseBackups, walDays, oldestNeededDays, gb };
}

/** The archive folder a cluster writes to. */
export function archiveServerName(db: { readonly clusterName: string; readonly backup?: DatabaseBackupConfig }): string {
  return db.backup?.serverName ?? db.clusterName;
}

const DaprSchema = z.strictObject({
  /** Sidecar log level (FR-D03): info in production, debug to troubleshoot. */
  logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  tracing: z
    .strictObject({
      /** Fraction of requests traced, "0" to "1"; above 0 it needs a collector to send them to. */
      samplingRate: z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'a number from 0 to 1, as a string').default('0'),
      /** OTLP collector, host:port. */
      otlpEndpoint: hostPort.optional(),
    })
    .refine((t) => Number(t.samplingRate) === 0 || t.otlpEndpoint !== undefined, {
      path: ['otlpEndpoint'],
      message: 'required when samplingRate is above 0 — set the collector (host:port), or samplingRate "0" to switch tracing off; spans sampled with nowhere to go are lost',
    })
    .prefault({}),
  /** Requests and limits of every daprd sidecar. */
  sidecar: ResourcesSchema.default({ cpuRequest: '50m', cpuLimit: '300m', memoryRequest: '64Mi', memoryLimit: '256Mi' }),
  /**
   * The Scheduler (Jobs API) always runs 3 replicas; with persistent storage each claims a
   * volume (at least 50 GB on OCI), so the Always Free profile keeps jobs in memory.
   */
  scheduler: z
    .strictObject({ inMemoryStorage: z.boolean().default(false), storageSize: quantity.default('1Gi') })
    .prefault({}),
});
export type DaprConfig = z.output<typeof DaprSchema>;

/** Problems of an in-cluster database's backup and restore settings, each with its field and fix. */
function databaseIssues(db: Extract<DatabaseConfig, { provider: 'cloudnative-pg' }>): Array<{ path: string[]; message: string }> {
  const out: Array<{ path: string[]; message: string }> = [];
  if (db.restoreFrom && !db.backup) {
    out.push({ path: ['restoreFrom'], message: 'needs database.backup: the object store to restore from (the restored cluster archives there too, in a new folder)' });
  }
  if (!db.backup) return out;
  const b = db.backup;
  const server = archiveServerName(db);
  if (db.restoreFrom?.serverName === server) {
    out.push({
      path: ['backup', 'serverName'],
      message: `is "${server}", the archive being restored from: CloudNativePG would refuse to archive into it ("Expected empty archive") — set backup.serverName to a new folder such as "${server}-2"`,
    });
  }
  const f = backupFootprint(b);
  if (f.oldestNeededDays + LIFECYCLE_MARGIN_DAYS > b.bucketLifecycleDays) {
    out.push({
      path: ['backup', 'retentionDays'],
      message: `a ${b.retentionDays}-day recovery window needs objects up to ${f.oldestNeededDays} days old, but the bucket deletes objects after ${b.bucketLifecycleDays} days — keep retentionDays ≤ ${b.bucketLifecycleDays - LIFECYCLE_MARGIN_DAYS - BACKUP_INTERVAL_DAYS} or raise oci.backup.lifecycleDays`,
    });
  }
  if (f.gb > b.capacityGb) {
    out.push({
      path: ['backup', 'retentionDays'],
      message: `the archive would reach ${f.gb} GB (${f.baseBackups} base backups × ${b.expected.baseBackupGb} GB + ${f.walDays} days of WAL × ${b.expected.walGbPerDay} GB), more than the ${b.capacityGb} GB it may use — lower retentionDays`,
    });
  }
  return out;
}

/** Container images: `<repository>/<app>:<tag>` or `<repository>/<app>@sha256:…`. */
const ImagesSchema = z.strictObject({
  /** Registry and path prefix, e.g. fra.ocir.io/<tenancy-namespace>/todo-chatbot. */
  repository: z.string().regex(/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+$/, 'must be <registry>/<path>, lowercase, without a tag'),
  /**
   * docker-registry Secret (created out of band, docs/secrets.md) every app ServiceAccount pulls
   * with — a private registry such as OCIR needs one on a BASIC cluster.
   * @default - public registry or local images
   */
  pullSecret: k8sName.optional(),
  /** Tag (e.g. a git SHA) or digest (sha256:…) per app; CI's image promotion edits these lines. */
  versions: z.record(z.enum(APP_NAMES), z.string().regex(/^([A-Za-z0-9_][A-Za-z0-9._-]{0,127}|sha256:[a-f0-9]{64})$/, 'must be an image tag or a sha256:… digest')),
});

const WorkloadSchema = z.strictObject({
  /** Replica bounds; min < max hands `replicas` to the HPA (backend) or KEDA (Kafka consumers). */
  replicas: z
    .strictObject({ min: z.number().int().min(1, 'must be at least 1'), max: z.number().int().min(1) })
    .refine((r) => r.max >= r.min, { message: 'max must be ≥ min' }),
  resources: ResourcesSchema,
  /** HTTP paths of the probes (liveness every 10 s, readiness every 5 s). */
  probes: z
    .strictObject({ startup: z.string().startsWith('/').default('/healthz'), liveness: z.string().startsWith('/').default('/healthz'), readiness: z.string().startsWith('/').default('/readyz') })
    .prefault({}),
});
export type WorkloadConfig = z.output<typeof WorkloadSchema>;

const EdgeSchema = z.strictObject({
  /** Public host name. @default todo.<publicIp>.nip.io */
  host: z.string().regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/, 'must be a DNS name such as todo.example.org').optional(),
  /** Address of the load balancer (or 127.0.0.1 locally), for the nip.io fallback host name. */
  publicIp: z.string().regex(/^(\d{1,3}\.){3}\d{1,3}$/, 'must be an IPv4 address').default('127.0.0.1'),
  /** Who signs the TLS certificate. */
  issuer: z.enum(['self-signed', 'letsencrypt-staging', 'letsencrypt-production']),
  /** Contact for Let's Encrypt (expiry notices); required with a Let's Encrypt issuer. */
  acmeEmail: z.email('must be an e-mail address').optional(),
  /** How Envoy is exposed: one OCI flexible load balancer, or a NodePort (Minikube). */
  exposure: z.enum(['load-balancer', 'node-port']),
  /** Bandwidth of the flexible load balancer (Always Free: 10 Mbps). */
  loadBalancerMbps: z.number().int().min(10).max(8000).default(10),
  /** Requests and limits of the Envoy proxy container. */
  envoyResources: ResourcesSchema.default({ cpuRequest: '50m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '256Mi' }),
});
export type EdgeConfig = z.output<typeof EdgeSchema>;

/**
 * The Kubernetes-side description of one environment. Every field is checked once,
 * here, before any construct is created; constructs receive the parsed, typed value.
 * Objects are strict: an unknown (e.g. misspelt) field is an error, not ignored.
 */
export const EnvironmentSchema = z
  .strictObject({
  /** Folder name under dist/ and the value of the `todo-chatbot/environment` label. */
  name: z.enum(ENVIRONMENT_NAMES),
  /** One line for humans: shown in file headers. */
  description: z.string().min(1, 'must not be empty — say what this environment is for'),
  cluster: z.strictObject({
    /** Where the manifests run: Minikube on a laptop, or Oracle's OKE. */
    distribution: z.enum(['minikube', 'oke']),
  }),
  kafka: KafkaSchema,
  database: DatabaseSchema,
  dapr: DaprSchema.prefault({}),
  images: ImagesSchema,
  /** Replicas, resources and probe paths of every app. */
  workloads: z.record(z.enum(APP_NAMES), WorkloadSchema),
  edge: EdgeSchema,
  observability: z
    .strictObject({
      /** Log aggregation: Loki single binary + Alloy in the cluster, or none (kubectl logs / OCI Logging). */
      logs: z.enum(['loki', 'none']).default('loki'),
      /** Consumer lag (messages) that alerts when sustained for 10 minutes. */
      consumerLagAlertThreshold: z.number().int().positive().default(100),
    })
    .prefault({}),
  gitops: z.strictObject({
    /** This repository, as Argo CD clones it. */
    repoURL: z.url({ error: 'must be the https URL of this Git repository' }),
    /** Branch or tag Argo CD follows. */
    targetRevision: z.string().min(1).default('main'),
  }),
  capacity: z.strictObject({
    /** Worker nodes, all of one size (DaemonSets run once per node). */
    nodes: z.number().int().min(1),
    /** Cores per node as sold (an Ampere A1 OCPU is one core). */
    cpuPerNode: z.number().positive(),
    /** Memory per node as sold, in GiB (OCI's "GB" of a shape). */
    memoryGiPerNode: z.number().positive(),
    /** Boot volume per node, in GB (counted against block storage). @default - none (not a cloud volume) */
    bootVolumeGb: z.number().int().positive().optional(),
  }),
  network: z.strictObject({
    /** Where pods reach the Kubernetes API after kube-proxy's DNAT (NetworkPolicies match this). */
    apiServer: z.strictObject({ cidr: z.string(), port: z.number().int() }),
    /** Node addresses: kubelet, host-network pods, and the API server's webhook calls come from here. */
    nodeCidrs: z.array(z.string()).min(1),
    /** The load balancer's subnet: it source-NATs every public connection to its private address there. */
    loadBalancerCidrs: z.array(z.string()).default([]),
    /** Where the backend may reach the LLM provider (HTTPS). */
    llmApiCidrs: z.array(z.string()).default(['0.0.0.0/0']),
  }),
  })
  .superRefine((env, ctx) => {
    for (const app of APP_NAMES) {
      if (!env.images.versions[app]) ctx.addIssue({ code: 'custom', path: ['images', 'versions', app], message: `missing — give ${app} a tag or digest` });
      if (!env.workloads[app]) ctx.addIssue({ code: 'custom', path: ['workloads', app], message: `missing — give ${app} its replicas and resources` });
    }
    if (env.cluster.distribution === 'oke') {
      for (const [app, version] of Object.entries(env.images.versions)) {
        if (version === 'latest' || version === 'dev') {
          ctx.addIssue({ code: 'custom', path: ['images', 'versions', app], message: `"${version}" is not a release — oke images must be pinned to an immutable tag (git SHA) or a digest` });
        }
      }
    }
    if (env.database.provider === 'cloudnative-pg') databaseIssues(env.database).forEach((i) => ctx.addIssue({ code: 'custom', path: ['database', ...i.path], message: i.message }));
    if (env.edge.issuer !== 'self-signed' && !env.edge.acmeEmail) {
      ctx.addIssue({ code: 'custom', path: ['edge', 'acmeEmail'], message: `required with the ${env.edge.issuer} issuer — Let's Encrypt sends expiry notices there` });
    }
  });

/** The image reference of an app in an environment. */
export function imageOf(env: Environment, app: AppName): string {
  const version = env.images.versions[app]!;
  return `${env.images.repository}/${app}${version.startsWith('sha256:') ? '@' : ':'}${version}`;
}

/** The public host name: configured, or <app>.<ip>.nip.io. */
export function hostOf(env: Environment): string {
  return env.edge.host ?? `todo.${env.edge.publicIp}.nip.io`;
}

/** What an environment file declares (before defaults are applied). */
export type EnvironmentInput = z.input<typeof EnvironmentSchema>;
/** A validated environment, as constructs receive it. */
export type Environment = z.output<typeof EnvironmentSchema>;

/** Validates one environment declaration; throws a ConfigError naming each bad field. */
export function parseEnvironment(input: unknown, source = 'environment'): Environment {
  return parseConfig(EnvironmentSchema, input, source);
}
