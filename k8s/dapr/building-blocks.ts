import type { Construct } from 'constructs';
import { DaprComponent, type SecretRef } from './dapr-component';

interface ScopedProps {
  readonly name: string;
  readonly namespace: string;
  readonly scopes: readonly string[];
}

/** `state.postgresql` v2: idempotency keys and processing state (FR-D08). */
export function postgresqlStateStore(scope: Construct, id: string, props: ScopedProps & { readonly connectionString: SecretRef; readonly tablePrefix?: string }): DaprComponent {
  return new DaprComponent(scope, id, {
    ...props,
    type: 'state.postgresql',
    version: 'v2',
    metadata: [
      { name: 'connectionString', secretKeyRef: props.connectionString },
      { name: 'tablePrefix', value: props.tablePrefix ?? 'dapr_' },
      { name: 'timeout', value: '20s' },
    ],
  });
}

/** `secretstores.kubernetes`: the Dapr secrets API over Kubernetes Secrets of the namespace. */
export function kubernetesSecretStore(scope: Construct, id: string, props: ScopedProps): DaprComponent {
  return new DaprComponent(scope, id, { ...props, type: 'secretstores.kubernetes', metadata: [] });
}

const CRON_FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;

/** True for a standard 5-field cron expression (minute hour day month weekday). */
export function isFiveFieldCron(schedule: string): boolean {
  const fields = schedule.trim().split(/\s+/);
  return fields.length === 5 && fields.every((f) => CRON_FIELD.test(f));
}

/**
 * `bindings.cron` input binding: Dapr POSTs to `/<name>` on the app on every tick. Takes a
 * 5-field schedule (the Jobs API, unlike this binding, wants 6 fields or `@every`).
 */
export function cronBinding(scope: Construct, id: string, props: ScopedProps & { readonly schedule: string }): DaprComponent {
  if (!isFiveFieldCron(props.schedule)) {
    throw new Error(`cron binding ${props.name}: schedule "${props.schedule}" must have 5 fields (minute hour day month weekday), e.g. "*/5 * * * *"`);
  }
  return new DaprComponent(scope, id, {
    ...props,
    type: 'bindings.cron',
    metadata: [
      { name: 'schedule', value: props.schedule },
      { name: 'direction', value: 'input' },
    ],
  });
}
