import type { AppName } from '../contract/app-names';
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
  /** Uses the Dapr state store (idempotency keys, processing state — FR-D08). */
  readonly usesState: boolean;
  /** Kubernetes Secrets the app reads through the Dapr secrets API (FR-D14). */
  readonly readsSecrets: readonly string[];
  /** Dapr app-ids it calls with service invocation (FR-D09). */
  readonly invokes: readonly AppName[];
  /** Connects to PostgreSQL itself (gets DATABASE_URL), besides any Dapr state store use. */
  readonly database: boolean;
  /** Verifies user sessions (gets BETTER_AUTH_SECRET). */
  readonly authenticatesUsers: boolean;
  /** APIs on the internet it calls. */
  readonly egress: readonly 'llm-api'[];
  /** Dapr input bindings it receives (env var → component), e.g. the reminder sweep. */
  readonly bindings: readonly 'reminder-sweep'[];
  /** Where it scales: on CPU (HPA), on its consumer lag (KEDA), or fixed. */
  readonly scaling: 'cpu' | 'consumer-lag' | 'fixed';
  /** What runs the code: decides the writable paths besides /tmp (the root filesystem is read-only). */
  readonly runtime: Runtime;
  /** Pod label `app.kubernetes.io/component`. */
  readonly component: 'frontend' | 'backend' | 'worker';
}

/** Name of the Secret holding the application's own credentials (created out of band). */
export const APP_SECRETS = 'app-secrets';

const WORKER = { port: 8000, readsSecrets: [], database: false, authenticatesUsers: false, egress: [], runtime: 'python', component: 'worker' } as const;

export const APP_CATALOG: Readonly<Record<AppName, AppSpec>> = {
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
    scaling: 'fixed',
    runtime: 'nextjs-standalone',
    component: 'frontend',
  },
  backend: {
    description: 'FastAPI API, MCP tools and the AI agent; publishes task events and schedules reminder jobs',
    port: 8000,
    usesState: true,
    readsSecrets: [APP_SECRETS],
    invokes: [],
    database: true,
    authenticatesUsers: true,
    egress: ['llm-api'],
    bindings: [],
    scaling: 'cpu',
    runtime: 'python',
    component: 'backend',
  },
  'recurring-task': { ...WORKER, description: 'Creates the next occurrence of a completed recurring task (FR-E04…E06)', usesState: true, invokes: ['backend'], bindings: [], scaling: 'consumer-lag' },
  notification: { ...WORKER, description: 'Delivers due reminders; sweeps for missed ones every 5 minutes (FR-E01…E03)', usesState: true, invokes: [], bindings: ['reminder-sweep'], scaling: 'consumer-lag' },
  audit: { ...WORKER, description: 'Writes every event to the audit trail (FR-E07, FR-E08)', usesState: true, invokes: [], bindings: [], scaling: 'consumer-lag' },
  realtime: { ...WORKER, description: 'WebSocket fan-out of task updates to browsers (FR-E09…E11)', usesState: false, invokes: [], bindings: [], scaling: 'consumer-lag' },
};

/** Apps that use a building block, sorted (stable component scopes). */
export function appsWhere(predicate: (spec: AppSpec) => boolean): AppName[] {
  return (Object.entries(APP_CATALOG) as [AppName, AppSpec][]).filter(([, s]) => predicate(s)).map(([a]) => a).sort();
}

/** Where an app writes besides /tmp: what its runtime writes. */
export const writablePathsOf = (app: AppName): readonly WritablePath[] => RUNTIMES[APP_CATALOG[app].runtime].writablePaths;
