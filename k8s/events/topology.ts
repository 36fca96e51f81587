import type { AppName } from '../contract/app-names';

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
  /** Dead-letter topics keep failed messages this long, in days. */
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
 * Structural checks of a topology; returns one line per problem. Run at synth time,
 * so a consumer of a topic nobody produces, or an unknown topic, fails before writing.
 */
export function topologyProblems(t: EventTopology = TOPOLOGY): string[] {
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
  return problems;
}
