import { ROUTE_TIMEOUTS } from '../../k8s/edge/routes';
import { APP_NAMES, APP_CATALOG } from '../../k8s/apps/catalog';
import { environmentInput, loadEnvironments } from '../../k8s/environments';
import { renderEnvironment } from '../../k8s/synth/render';
import { appTopics, eventApps, subscriptions, TOPOLOGY, topicDeclarations, topologyProblems } from '../../k8s/events/topology';
import { kafkaUserName } from '../../k8s/events/kafka-connection';
import { DAPR_COMPONENT_CATEGORIES } from '../../k8s/dapr/dapr-component';
import { ENVIRONMENTS, ofKind } from '../helpers';
const local = environmentInput('local');
const oke = environmentInput('oke');


describe('event topology', () => {
  it('declares the topics of the design with their partitions (more may be added)', () => {
    expect(Object.fromEntries(Object.entries(TOPOLOGY.topics).map(([k, v]) => [k, v.partitions]))).toMatchObject({ 'task-events': 3, reminders: 1, 'task-updates': 3 });
  });

  it('is structurally sound', () => {
    expect(topologyProblems()).toEqual([]);
  });

  it('reports a consumed topic without producer, and an unknown topic', () => {
    const broken = { ...TOPOLOGY, producers: { backend: ['task-events'] }, consumers: { audit: ['reminders', 'nope'] } };
    expect(topologyProblems(broken)).toEqual([
      'topology.consumers.audit: unknown topic "nope" — declare it under topology.topics',
      'topology.consumers.audit: topic "reminders" has no producer',
    ]);
  });
});

describe.each(ENVIRONMENTS)('rendered event backbone (%s)', (env) => {
  const topics = ofKind(env, 'KafkaTopic');
  const subs = ofKind(env, 'Subscription');
  const components = ofKind(env, 'Component');
  const meta = (c: any, name: string) => c.spec.metadata.find((m: any) => m.name === name);

  it('gives every consumed topic a producer, a subscription and a dead-letter topic', () => {
    for (const s of subscriptions()) {
      expect(Object.values(TOPOLOGY.producers).flat()).toContain(s.topic);
      const sub = subs.find((x) => x.metadata.name === s.name);
      expect(sub?.spec).toMatchObject({ topic: s.topic, deadLetterTopic: s.deadLetterTopic, routes: { default: s.route } });
      expect(topics.map((t) => t.metadata.name)).toEqual(expect.arrayContaining([s.topic, s.deadLetterTopic]));
    }
    expect(subs).toHaveLength(subscriptions().length);
  });

  it('renders exactly the declared topics, each no more replicated than there are brokers', () => {
    expect(topics.map((t) => t.metadata.name).sort()).toEqual(topicDeclarations().map((t) => t.name).sort());
    const brokers = ofKind(env, 'KafkaNodePool').reduce((n, p) => n + p.spec.replicas, 0);
    for (const t of topics) {
      expect(t.spec.replicas).toBeLessThanOrEqual(brokers);
      expect(t.metadata).toMatchObject({ namespace: 'kafka', labels: { 'strimzi.io/cluster': 'events' } });
    }
  });

  it('scopes every Dapr resource to existing app-ids, at the top level', () => {
    for (const o of [...components, ...subs, ...ofKind(env, 'Resiliency')]) {
      expect(o.scopes.length).toBeGreaterThan(0);
      for (const scope of o.scopes) expect(APP_NAMES).toContain(scope);
      expect(o.spec.scopes).toBeUndefined();
    }
  });

  it('subscribes each consumer through its own pub/sub component, in its own consumer group', () => {
    for (const s of subs) expect(s.spec.pubsubname).toBe(`${s.scopes[0]}-pubsub`);
    for (const c of components.filter((c) => c.spec.type === 'pubsub.kafka')) {
      expect(meta(c, 'consumerGroup')).toBeUndefined();
      expect(c.scopes).toEqual([c.metadata.name.replace(/-pubsub$/, '')]);
    }
  });

  it('uses only real Dapr component types (no scheduler component)', () => {
    for (const c of components) {
      expect(DAPR_COMPONENT_CATEGORIES).toContain(c.spec.type.split('.')[0]);
      expect(c.spec.type).not.toMatch(/^scheduler\./);
    }
  });

  it('uses SHA-256 or SHA-512 whenever authType is password, and never skips TLS verification', () => {
    for (const c of components.filter((c) => meta(c, 'authType')?.value === 'password')) {
      expect(['SHA-256', 'SHA-512']).toContain(meta(c, 'saslMechanism').value);
      expect(meta(c, 'saslPassword').secretKeyRef).toBeDefined();
    }
    for (const c of components) expect(meta(c, 'skipVerify')).toBeUndefined();
  });

  it('holds no literal secret in any component metadata', () => {
    for (const c of components) {
      for (const m of c.spec.metadata) {
        if (/password|secret|token|connectionstring|key/i.test(m.name) && m.name !== 'allowedTopics') expect(m.value).toBeUndefined();
      }
    }
  });

  it('sweeps reminders with a 5-field cron binding scoped to the apps that receive it, every app that schedules jobs among them', () => {
    const sweep = components.find((c) => c.spec.type === 'bindings.cron');
    expect(sweep.scopes).toEqual(APP_NAMES.filter((a) => APP_CATALOG[a].bindings.includes('reminder-sweep')));
    expect(sweep.scopes.length).toBeGreaterThan(0);
    for (const a of APP_NAMES.filter((x) => APP_CATALOG[x].schedulesJobs)) expect(sweep.scopes).toContain(a);
    expect(meta(sweep, 'schedule').value.split(' ')).toHaveLength(5);
  });

  it('stores state in PostgreSQL (state.postgresql v2) with the connection string from a Secret', () => {
    const state = components.find((c) => c.spec.type === 'state.postgresql');
    expect(state.spec.version).toBe('v2');
    expect(meta(state, 'connectionString').secretKeyRef).toEqual({ name: 'todo-db-app', key: 'uri' });
    expect(state.scopes).toEqual(APP_NAMES.filter((a) => APP_CATALOG[a].usesState).sort());
    // Every subscriber keeps idempotency keys there: a redelivered event must not be processed twice.
    for (const a of eventApps().filter((x) => appTopics(x).subscribes.length > 0)) expect(state.scopes).toContain(a);
  });

  it('attaches resiliency to every pub/sub component (in and out) and to service invocation of the backend', () => {
    const r = ofKind(env, 'Resiliency')[0];
    for (const c of components.filter((c) => c.spec.type === 'pubsub.kafka')) {
      expect(r.spec.targets.components[c.metadata.name]).toEqual({
        outbound: { timeout: 'publish', retry: 'publish', circuitBreaker: 'kafka' },
        inbound: { timeout: 'general', retry: 'deliver' },
      });
    }
    expect(r.spec.targets.apps.backend).toEqual({ timeout: 'invoke', retry: 'invoke', circuitBreaker: 'service' });
    // A chat call may wait for the LLM as long as the public /api route allows, not Dapr's general 10 s.
    expect(r.spec.policies.timeouts.invoke).toBe(ROUTE_TIMEOUTS.api);
    expect(r.spec.policies.retries.deliver.policy).toBe('exponential');
  });
});

describe('Kafka backends per environment', () => {
  it('runs in-cluster Strimzi without listener auth locally and with per-service SCRAM users on OKE', () => {
    expect(ofKind('local', 'KafkaUser')).toEqual([]);
    const users = ofKind('oke', 'KafkaUser');
    // One SCRAM identity per app that talks to Kafka, and none for the others.
    expect(users.map((u) => u.metadata.name).sort()).toEqual(eventApps().map(kafkaUserName).sort());
    expect(users.map((u) => u.metadata.name)).not.toContain(kafkaUserName('frontend'));
    const notification = users.find((u) => u.metadata.name === 'notification-kafka');
    expect(notification.metadata.namespace).toBe('todo-app');
    expect(notification.spec.authorization.acls.map((a: any) => `${a.resource.type}:${a.resource.name}:${a.operations.join('+')}`)).toEqual([
      'topic:dlq.notification.reminders:Write+Describe',
      'topic:reminders:Read+Describe',
      'group:notification:Read+Describe',
    ]);
  });

  it('switching to a SASL Kafka changes the pub/sub components only', () => {
    const sasl = { ...oke, kafka: { backend: 'sasl', brokers: ['seed-1.redpanda.example:9092'], saslMechanism: 'SHA-256' } };
    const [strimziEnv] = loadEnvironments([oke]);
    const [saslEnv] = loadEnvironments([sasl]);
    const a = renderEnvironment(strimziEnv!);
    const b = renderEnvironment(saslEnv!);
    expect(b.files.map((f) => f.name)).toEqual(a.files.map((f) => f.name).filter((n) => n !== 'kafka.yaml'));
    const strip = (objs: readonly any[]) => objs.filter((o) => !(o.kind === 'Component' && o.spec.type === 'pubsub.kafka'));
    const dapr = (r: typeof a) => r.files.find((f) => f.name === 'dapr.yaml')!.objects;
    expect(strip(dapr(b))).toEqual(strip(dapr(a)));
    const backend = dapr(b).find((o: any) => o.metadata.name === 'backend-pubsub') as any;
    expect(backend.spec.metadata).toEqual(
      expect.arrayContaining([
        { name: 'brokers', value: 'seed-1.redpanda.example:9092' },
        { name: 'authType', value: 'password' },
        { name: 'saslUsername', secretKeyRef: { name: 'kafka-credentials', key: 'username' } },
        { name: 'saslPassword', secretKeyRef: { name: 'kafka-credentials', key: 'password' } },
        { name: 'saslMechanism', value: 'SHA-256' },
        { name: 'disableTls', value: 'false' },
      ]),
    );
  });

  it('refuses a SCRAM-… mechanism, which Dapr would silently downgrade to PLAIN', () => {
    const bad = { ...local, kafka: { backend: 'sasl', brokers: ['k:9092'], saslMechanism: 'SCRAM-SHA-256' } };
    expect(() => loadEnvironments([bad])).toThrow(/kafka\.saslMechanism: must be "SHA-256" or "SHA-512"/);
  });
});
