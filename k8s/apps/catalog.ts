import { ConfigError } from '../contract/errors';
import { RUNTIMES, type Runtime, type WritablePath } from './runtimes';

/**
 * What each service is, independent of environment: how it listens and which platform
 * building blocks it uses. Environment-specific settings (images, replicas, resources)
 * live in k8s/environments; Kafka roles live in the event topology.
 */
export interface AppSpec {
  readonly description: string;
  /** Port the container listens on (also the Dapr app-port). */
  readonly port: number;
  /**
   * Uses the Dapr state store (idempotency keys, processing state — FR-D08). Every consumer of
   * a topic must: delivery is at least once, so a redelivered event is recognised there by its
   * CloudEvent id (checked at synth by topologyProblems).
   */
  readonly usesState: boolean;
  /** Kubernetes Secrets the app reads through the Dapr secrets API (FR-D14). */
  readonly readsSecrets: readonly string[];
  /** Dapr app-ids it calls with service invocation (FR-D09): names of this catalog, checked at load. */
  readonly invokes: readonly string[];
  /** Connects to PostgreSQL itself (gets DATABASE_URL), besides any Dapr state store use. */
  readonly database: boolean;
  /** Verifies user sessions (gets BETTER_AUTH_SECRET). */
  readonly authenticatesUsers: boolean;
  /** APIs on the internet it calls. */
  readonly egress: readonly 'llm-api'[];
  /** Dapr input bindings it receives (env var → component), e.g. the reminder sweep. */
  readonly bindings: readonly 'reminder-sweep'[];
  /**
   * Schedules Dapr jobs (Jobs API); they fire back at POST /job/<name> on this app (ERRATA #1).
   * A scheduler that keeps jobs in memory loses them when it restarts, so such an app must also
   * receive the reminder sweep and re-create or catch up what was lost (checked at synth).
   */
  readonly schedulesJobs: boolean;
  /** Where it scales: on CPU (HPA), on its consumer lag (KEDA), or fixed. */
  readonly scaling: 'cpu' | 'consumer-lag' | 'fixed';
  /** What runs the code: decides the writable paths besides /tmp (the root filesystem is read-only). */
  readonly runtime: Runtime;
  /** Pod label `app.kubernetes.io/component`. */
  readonly component: 'frontend' | 'backend' | 'worker';
}

/** Name of the Secret holding the application's own credentials (created out of band). */
export const APP_SECRETS = 'app-secrets';

const WORKER = { port: 8000, readsSecrets: [], database: false, authenticatesUsers: false, egress: [], runtime: 'python', schedulesJobs: false, component: 'worker' } as const;

/**
 * How late a reminder may be delivered when its Dapr job was lost (the in-memory scheduler
 * restarted): the reminder sweep must run more often than this.
 */
export const REMINDER_TOLERANCE_MINUTES = 10;

/** How often the apps with the `reminder-sweep` binding sweep for reminders whose job was lost (5-field cron). */
export const REMINDER_SWEEP_SCHEDULE = '*/5 * * * *';

/**
 * Every deployable service: one container image, one Deployment and one Dapr app-id each, keyed
 * by its name. The names (APP_NAMES) and everything per-app (OCIR repositories through the
 * handoff, topology roles, workloads, network policies) follow from these keys: a new service is
 * an entry here.
 */
const CATALOG = {
  frontend: {
    description: 'Next.js chat UI',
    port: 3000,
    usesState: false,
    readsSecrets: [],
    invokes: ['backend'],
    database: false,
    authenticatesUsers: true,
    egress: [],
    bindings: [],
    schedulesJobs: false,
    scaling: 'fixed',
    runtime: 'nextjs-standalone',
    component: 'frontend',
  },
  backend: {
    description:
      'FastAPI API, MCP tools and the AI agent; publishes task events, schedules a Dapr job per reminder and, on the reminder sweep, publishes the due reminders whose job was lost and re-creates the jobs of future ones (FR-E01, E02)',
    port: 8000,
    usesState: true,
    readsSecrets: [APP_SECRETS],
    invokes: [],
    database: true,
    authenticatesUsers: true,
    egress: ['llm-api'],
    // The source of truth of reminders is its database; the sweep catches what the scheduler lost.
    bindings: ['reminder-sweep'],
    schedulesJobs: true,
    scaling: 'cpu',
    runtime: 'python',
    component: 'backend',
  },
  'recurring-task': { ...WORKER, description: 'Creates the next occurrence of a completed recurring task (FR-E04…E06)', usesState: true, invokes: ['backend'], bindings: [], scaling: 'consumer-lag' },
  notification: { ...WORKER, description: 'Delivers due reminders, each once: a redelivered or swept-again reminder is recognised by its idempotency key (FR-E03)', usesState: true, invokes: [], bindings: [], scaling: 'consumer-lag' },
  audit: { ...WORKER, description: 'Writes every event to the audit trail (FR-E07, FR-E08)', usesState: true, invokes: [], bindings: [], scaling: 'consumer-lag' },
  realtime: { ...WORKER, description: 'WebSocket fan-out of task updates to browsers, skipping redelivered ones (FR-E09…E11)', usesState: true, invokes: [], bindings: [], scaling: 'consumer-lag' },
} as const satisfies Readonly<Record<string, AppSpec>>;

export type AppName = keyof typeof CATALOG;
export const APP_CATALOG: Readonly<Record<AppName, AppSpec>> = CATALOG;
/** The services, in catalog order (the order of every per-app list in dist/). */
export const APP_NAMES = Object.keys(CATALOG) as readonly AppName[] as readonly [AppName, ...AppName[]];

/** What is wrong with a catalog, one line per problem: invocations of apps it does not declare. */
export function catalogProblems(catalog: Readonly<Record<string, AppSpec>>): string[] {
  const names = Object.keys(catalog);
  return Object.entries(catalog).flatMap(([app, spec]) =>
    spec.invokes.filter((target) => !names.includes(target)).map((target) => `${app}.invokes: unknown app "${target}" — one of ${names.join(', ')}, or add its catalog entry`),
  );
}
const problems = catalogProblems(APP_CATALOG);
if (problems.length > 0) throw new ConfigError('k8s/apps/catalog.ts', problems);

/** The apps an app calls with service invocation: catalog names, as the check above guarantees at load. */
export const invokedBy = (app: AppName): readonly AppName[] => APP_CATALOG[app].invokes as readonly AppName[];

/** Apps that use a building block, sorted (stable component scopes). */
export function appsWhere(predicate: (spec: AppSpec) => boolean): AppName[] {
  return (Object.entries(APP_CATALOG) as [AppName, AppSpec][]).filter(([, s]) => predicate(s)).map(([a]) => a).sort();
}

/** Where an app writes besides /tmp: what its runtime writes. */
export const writablePathsOf = (app: AppName): readonly WritablePath[] => RUNTIMES[APP_CATALOG[app].runtime].writablePaths;
