import { z } from 'zod';
import { APP_NAMES, type AppName } from '../contract/app-names';
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
      resources: ResourcesSchema.default({ cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '256Mi', memoryLimit: '512Mi' }),
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
