import type { AppName } from '../contract/app-names';

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
}

/** Name of the Secret holding the application's own credentials (created out of band). */
export const APP_SECRETS = 'app-secrets';

export const APP_CATALOG: Readonly<Record<AppName, AppSpec>> = {
  frontend: { description: 'Next.js chat UI', port: 3000, usesState: false, readsSecrets: [], invokes: ['backend'] },
  backend: { description: 'FastAPI API, MCP tools and the AI agent; publishes task events and schedules reminder jobs', port: 8000, usesState: true, readsSecrets: [APP_SECRETS], invokes: [] },
  'recurring-task': { description: 'Creates the next occurrence of a completed recurring task (FR-E04…E06)', port: 8000, usesState: true, readsSecrets: [], invokes: ['backend'] },
  notification: { description: 'Delivers due reminders; sweeps for missed ones every 5 minutes (FR-E01…E03)', port: 8000, usesState: true, readsSecrets: [], invokes: [] },
  audit: { description: 'Writes every event to the audit trail (FR-E07, FR-E08)', port: 8000, usesState: true, readsSecrets: [], invokes: [] },
  realtime: { description: 'WebSocket fan-out of task updates to browsers (FR-E09…E11)', port: 8000, usesState: false, readsSecrets: [], invokes: [] },
};

/** Apps that use a building block, sorted (stable component scopes). */
export function appsWhere(predicate: (spec: AppSpec) => boolean): AppName[] {
  return (Object.entries(APP_CATALOG) as [AppName, AppSpec][]).filter(([, s]) => predicate(s)).map(([a]) => a).sort();
}
