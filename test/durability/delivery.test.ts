import { APP_CATALOG, appsWhere, REMINDER_TOLERANCE_MINUTES } from '../../k8s/apps/catalog';
import { DAPR_NAMES } from '../../k8s/charts/dapr-chart';
import { DEAD_LETTER_RETENTION_FLOOR_DAYS, deliveryProblems, idempotencyWindowDays, subscriptions, TOPOLOGY, topicDeclarations, topologyProblems } from '../../k8s/events/topology';
import { ENVIRONMENTS, find, ofKind } from '../helpers';

const DAY_MS = 24 * 60 * 60 * 1000;
const meta = (component: any, name: string) => component.spec.metadata.find((m: any) => m.name === name)?.value;

/** Minutes between two firings of a five-field cron that fires every N minutes ("*\/N * * * *"), or `@every <N>m`. */
function periodMinutes(schedule: string): number {
  const every = /^@every (\d+)m$/.exec(schedule);
  if (every) return Number(every[1]);
  const m = /^\*\/(\d+) \* \* \* \*$/.exec(schedule);
  if (!m) throw new Error(`cannot tell the period of "${schedule}"; extend periodMinutes`);
  return Number(m[1]);
}

describe.each(ENVIRONMENTS)('at-least-once delivery is safe (%s)', (env) => {
  it('gives every consumer the state store, where its idempotency keys live (FR-D08)', () => {
    const store = find(env, 'Component', DAPR_NAMES.stateStore, 'todo-app');
    const consumers = [...new Set(ofKind(env, 'Subscription').flatMap((s) => s.scopes))].sort();
    expect(consumers.length).toBeGreaterThan(0);
    for (const app of consumers) expect([app, store.scopes]).toEqual([app, expect.arrayContaining([app])]);
  });

  it('keeps every dead letter at least the floor, as rendered on the topics', () => {
    const dead = ofKind(env, 'KafkaTopic').filter((t) => t.metadata.name.startsWith('dlq.'));
    expect(dead).toHaveLength(subscriptions().length);
    for (const t of dead) expect(Number(t.spec.config['retention.ms'])).toBeGreaterThanOrEqual(DEAD_LETTER_RETENTION_FLOOR_DAYS * DAY_MS);
  });

  it('lets consumers resume from their committed offsets: one stable group per app (its app-id), oldest when new', () => {
    for (const c of ofKind(env, 'Component').filter((x) => x.spec.type === 'pubsub.kafka')) {
      expect(meta(c, 'consumerGroup')).toBeUndefined();
      expect(meta(c, 'initialOffset')).toBe('oldest');
    }
  });

  it('declares every topic as a KafkaTopic the Topic Operator re-creates after a loss', () => {
    const topics = ofKind(env, 'KafkaTopic');
    expect(topics.map((t) => t.metadata.name).sort()).toEqual(topicDeclarations().map((t) => t.name).sort());
    for (const t of topics) expect(t.metadata.labels['strimzi.io/cluster']).toBe(find(env, 'Kafka', 'events', 'kafka').metadata.name);
  });
});

describe('reminders survive an in-memory scheduler restart (the sweep)', () => {
  const owners = appsWhere((a) => a.schedulesJobs);

  it('the app that schedules the reminder jobs is the one that publishes reminders', () => {
    expect(owners).toEqual(Object.entries(TOPOLOGY.producers).filter(([, topics]) => topics?.includes('reminders')).map(([app]) => app));
  });

  it.each(ENVIRONMENTS)('%s: a cron binding, scoped to exactly that app, fires more often than a reminder may be late', (env) => {
    const sweep = find(env, 'Component', DAPR_NAMES.reminderSweep, 'todo-app');
    expect(sweep.spec.type).toBe('bindings.cron');
    expect(meta(sweep, 'direction')).toBe('input');
    expect(sweep.scopes).toEqual(owners);
    expect(periodMinutes(meta(sweep, 'schedule'))).toBeLessThan(REMINDER_TOLERANCE_MINUTES);
  });

  it('runs on oke, where the scheduler keeps its jobs in memory', () => {
    const dapr = find('oke', 'Application', 'dapr', 'argocd');
    expect(dapr.spec.source.helm.valuesObject.dapr_scheduler.cluster.inMemoryStorage).toBe(true);
  });
});

describe('delivery checks fail synth', () => {
  it('pass for the committed topology and catalog', () => {
    expect(deliveryProblems()).toEqual([]);
    expect(topologyProblems()).toEqual([]);
  });

  it('refuse a consumer without the state store', () => {
    const catalog = { ...APP_CATALOG, realtime: { ...APP_CATALOG.realtime, usesState: false } };
    expect(topologyProblems(TOPOLOGY, catalog)).toEqual([expect.stringMatching(/^topology\.consumers\.realtime: consumes task-updates but does not use the state store/)]);
  });

  it('refuse dead letters kept less than the floor', () => {
    expect(deliveryProblems({ ...TOPOLOGY, deadLetterRetentionDays: DEAD_LETTER_RETENTION_FLOOR_DAYS - 1 })).toEqual([expect.stringMatching(/^topology\.deadLetterRetentionDays: 6 days is less than the 7-day floor/)]);
  });

  it('refuse an app that schedules jobs without the sweep', () => {
    const catalog = { ...APP_CATALOG, backend: { ...APP_CATALOG.backend, bindings: [] } };
    expect(deliveryProblems(TOPOLOGY, catalog)).toEqual([expect.stringMatching(/^catalog\.backend: schedules Dapr jobs but does not receive the reminder sweep/)]);
  });

  it('size the idempotency window from the topic and dead-letter retentions', () => {
    const longest = Math.max(...Object.values(TOPOLOGY.topics).map((t) => t.retentionDays));
    expect(idempotencyWindowDays()).toBe(longest + TOPOLOGY.deadLetterRetentionDays);
  });
});
