import { APP_CATALOG, type AppSpec, type AppName } from '../apps/catalog';

/**
 * The event topology, declared once. Topics, subscriptions, dead-letter topics, Dapr
 * component scopes and allowed topics, Kafka ACLs, KEDA triggers, network policies and
 * docs/events.md are all derived from this value.
 */
export interface TopicSpec {
  /** Partitions: the most consumer replicas that can share the topic's load. */
  readonly partitions: number;
  /** How long messages are kept, in days. */
  readonly retentionDays: number;
  /** CloudEvent types carried (documentation and AsyncAPI). */
  readonly events: readonly string[];
  readonly description: string;
}

export interface EventTopology {
  readonly topics: Readonly<Record<string, TopicSpec>>;
  /** App → topics it publishes to. */
  readonly producers: Readonly<Partial<Record<AppName, readonly string[]>>>;
  /** App → topics it subscribes to (one subscription and one dead-letter topic each). */
  readonly consumers: Readonly<Partial<Record<AppName, readonly string[]>>>;
  /**
   * Dead-letter topics keep failed messages this long, in days: at least
   * DEAD_LETTER_RETENTION_FLOOR_DAYS, so they can still be replayed after the fix ships.
   */
  readonly deadLetterRetentionDays: number;
}

export const TOPOLOGY: EventTopology = {
  topics: {
    'task-events': {
      partitions: 3,
      retentionDays: 7,
      events: ['task.created', 'task.updated', 'task.completed', 'task.deleted'],
      description: 'Every change to a task; completed recurring tasks carry their recurrence rule (FR-E04).',
    },
    reminders: {
      partitions: 1,
      retentionDays: 7,
      events: ['reminder.due'],
      description: 'A reminder is due (published when the Dapr job scheduled for it fires); one partition keeps them in order (FR-C07).',
    },
    'task-updates': {
      partitions: 3,
      retentionDays: 1,
      events: ['task.sync'],
      description: 'Real-time view updates pushed to connected browsers over WebSocket (FR-E09).',
    },
  },
  producers: {
    backend: ['task-events', 'reminders', 'task-updates'],
  },
  consumers: {
    'recurring-task': ['task-events'],
    notification: ['reminders'],
    realtime: ['task-updates'],
    audit: ['task-events', 'reminders', 'task-updates'],
  },
  deadLetterRetentionDays: 14,
};

/** One Dapr subscription: an app consuming a topic, with its own dead-letter topic. */
export interface SubscriptionSpec {
  readonly app: AppName;
  readonly topic: string;
  /** Kubernetes name of the Subscription object. */
  readonly name: string;
  /** HTTP path on the app that receives the topic's messages. */
  readonly route: string;
  /** Where Dapr publishes a message after its retries are exhausted. */
  readonly deadLetterTopic: string;
}

export interface TopicDeclaration {
  readonly name: string;
  readonly partitions: number;
  readonly retentionDays: number;
  readonly kind: 'events' | 'dead-letter';
  readonly description: string;
}

export const DEAD_LETTER_PREFIX = 'dlq';

/**
 * The least a dead letter is kept, in days: the DeadLetterMessages alert, a diagnosis, a fix, a
 * release and the replay (docs/runbook.md) must all fit, over a long weekend. Below this a
 * message can expire on its dead-letter topic before anyone could replay it.
 */
export const DEAD_LETTER_RETENTION_FLOOR_DAYS = 7;

export function deadLetterTopicOf(app: string, topic: string): string {
  return `${DEAD_LETTER_PREFIX}.${app}.${topic}`;
}

export function subscriptions(t: EventTopology = TOPOLOGY): SubscriptionSpec[] {
  return (Object.entries(t.consumers) as [AppName, readonly string[]][]).flatMap(([app, topics]) =>
    topics.map((topic) => ({ app, topic, name: `${app}-${topic}`, route: `/events/${topic}`, deadLetterTopic: deadLetterTopicOf(app, topic) })),
  );
}

/** Every Kafka topic: the event topics, then one dead-letter topic per subscription. */
export function topicDeclarations(t: EventTopology = TOPOLOGY): TopicDeclaration[] {
  const events = Object.entries(t.topics).map(([name, s]) => ({ name, partitions: s.partitions, retentionDays: s.retentionDays, kind: 'events' as const, description: s.description }));
  const dead = subscriptions(t).map((s) => ({
    name: s.deadLetterTopic,
    partitions: 1,
    retentionDays: t.deadLetterRetentionDays,
    kind: 'dead-letter' as const,
    description: `Messages of ${s.topic} that ${s.app} failed to process after all retries.`,
  }));
  return [...events, ...dead];
}

/**
 * How long a consumer must remember an idempotency key, in days: a message can come back as
 * late as the longest topic retention (a consumer group rewound, or its offsets expired) plus
 * the dead-letter retention (a replay, docs/runbook.md, re-delivers it to every subscriber).
 */
export function idempotencyWindowDays(t: EventTopology = TOPOLOGY): number {
  return Math.max(...Object.values(t.topics).map((s) => s.retentionDays)) + t.deadLetterRetentionDays;
}

/** What one app does with Kafka: the topics it writes and reads (dead letters included). */
export interface AppTopics {
  readonly publishes: readonly string[];
  readonly subscribes: readonly string[];
  /** Dead-letter topics its sidecar writes to. */
  readonly deadLetters: readonly string[];
}

export function appTopics(app: AppName, t: EventTopology = TOPOLOGY): AppTopics {
  const subs = subscriptions(t).filter((s) => s.app === app);
  return { publishes: [...(t.producers[app] ?? [])], subscribes: subs.map((s) => s.topic), deadLetters: subs.map((s) => s.deadLetterTopic) };
}

/** Apps that talk to Kafka (through Dapr), in a stable order. */
export function eventApps(t: EventTopology = TOPOLOGY): AppName[] {
  return [...new Set([...Object.keys(t.producers), ...Object.keys(t.consumers)])].sort() as AppName[];
}

/**
 * The delivery guarantees the topology relies on: every consumer keeps idempotency keys in the
 * state store (delivery is at least once: the Kafka component marks an offset only after the
 * app answered, dapr/components-contrib common/component/kafka/consumer.go:222-223@v1.18.4, so a
 * crash redelivers), dead letters outlive the time a replay takes, and every app whose Dapr
 * jobs can be lost receives the reminder sweep.
 */
export function deliveryProblems(t: EventTopology = TOPOLOGY, catalog: Readonly<Record<AppName, AppSpec>> = APP_CATALOG): string[] {
  const problems: string[] = [];
  for (const [app, topics] of Object.entries(t.consumers) as [AppName, readonly string[]][]) {
    if (!catalog[app].usesState) {
      problems.push(`topology.consumers.${app}: consumes ${topics.join(', ')} but does not use the state store — set usesState in k8s/apps/catalog.ts: redelivered events are recognised by the idempotency keys kept there (FR-D08)`);
    }
  }
  if (t.deadLetterRetentionDays < DEAD_LETTER_RETENTION_FLOOR_DAYS) {
    problems.push(`topology.deadLetterRetentionDays: ${t.deadLetterRetentionDays} days is less than the ${DEAD_LETTER_RETENTION_FLOOR_DAYS}-day floor — dead letters would expire before a fix ships and they are replayed; raise it`);
  }
  for (const [app, spec] of Object.entries(catalog) as [AppName, AppSpec][]) {
    if (spec.schedulesJobs && !spec.bindings.includes('reminder-sweep')) {
      problems.push(`catalog.${app}: schedules Dapr jobs but does not receive the reminder sweep — add 'reminder-sweep' to its bindings: an in-memory scheduler loses its jobs when it restarts`);
    }
  }
  return problems;
}

/**
 * Structural checks of a topology and the delivery guarantees; returns one line per problem.
 * Run at synth time, so a consumer of a topic nobody produces, an unknown topic, or a consumer
 * without idempotency keys fails before writing.
 */
export function topologyProblems(t: EventTopology = TOPOLOGY, catalog: Readonly<Record<AppName, AppSpec>> = APP_CATALOG): string[] {
  const problems: string[] = [];
  const topicNames = Object.keys(t.topics);
  const produced = new Set(Object.values(t.producers).flat());
  for (const [role, map] of [['producers', t.producers], ['consumers', t.consumers]] as const) {
    for (const [app, topics] of Object.entries(map)) {
      for (const topic of topics ?? []) {
        if (!topicNames.includes(topic)) problems.push(`topology.${role}.${app}: unknown topic "${topic}" — declare it under topology.topics`);
      }
    }
  }
  for (const s of subscriptions(t)) {
    if (topicNames.includes(s.topic) && !produced.has(s.topic)) problems.push(`topology.consumers.${s.app}: topic "${s.topic}" has no producer`);
  }
  for (const [name, spec] of Object.entries(t.topics)) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) problems.push(`topology.topics.${name}: topic names are lowercase letters, digits and dashes`);
    if (!Number.isInteger(spec.partitions) || spec.partitions < 1) problems.push(`topology.topics.${name}.partitions: must be a whole number ≥ 1`);
  }
  return [...problems, ...deliveryProblems(t, catalog)];
}
