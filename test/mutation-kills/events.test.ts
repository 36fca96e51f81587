/**
 * Behaviour of the event model (k8s/events) that the rendered-output tests do not pin down:
 * how it reads arbitrary topologies, what docs/events.md tells an operator, and that every pub/sub
 * component can actually reach and log in to the Kafka it is given.
 */
import { eventsMarkdown } from '../../k8s/events/events-doc';
import { kafkaAuthFor, kafkaBrokers, kafkaUserName, pubsubComponentName } from '../../k8s/events/kafka-connection';
import { maxUsefulReplicas, scalingProblems } from '../../k8s/events/scaling';
import { appTopics, eventApps, type EventTopology, subscriptions, TOPOLOGY, topicDeclarations, topologyProblems } from '../../k8s/events/topology';
import type { KafkaConfig } from '../../k8s/config/environment';
import { APP_CATALOG, APP_NAMES, type AppName, REMINDER_SWEEP_SCHEDULE } from '../../k8s/apps/catalog';
import { environment, ofKind } from '../helpers';

const topic = (partitions: number) => ({ partitions, retentionDays: 1, events: ['e'], description: 'd' });
/** A topology where one consumer reads topics of different sizes, in every order. */
const mixed = (order: readonly string[]): EventTopology => ({
  topics: { big: topic(6), small: topic(2), mid: topic(4) },
  producers: { backend: ['big', 'small', 'mid'] },
  consumers: { audit: order, realtime: ['mid'] },
  deadLetterRetentionDays: 3,
});

describe('maxUsefulReplicas', () => {
  it.each([[['big', 'small', 'mid']], [['small', 'big', 'mid']], [['mid', 'big', 'small']], [['big', 'mid', 'small']]])('is bounded by the smallest topic a consumer reads (%j)', (order) => {
    expect(maxUsefulReplicas('audit', mixed(order))).toEqual({ replicas: 2, topic: 'small' });
  });

  it('keeps the first of equally small topics, and knows nothing of apps that consume nothing', () => {
    const t: EventTopology = { ...mixed([]), topics: { a: topic(2), b: topic(2) }, producers: { backend: ['a', 'b'] }, consumers: { audit: ['a', 'b'] } };
    expect(maxUsefulReplicas('audit', t)).toEqual({ replicas: 2, topic: 'a' });
    expect(maxUsefulReplicas('backend', t)).toBeUndefined();
    expect(maxUsefulReplicas('realtime', mixed(['big']))).toEqual({ replicas: 4, topic: 'mid' });
  });
});

describe('scalingProblems', () => {
  const withMax = (max: Partial<Record<AppName, number>>) => {
    const env = environment('local');
    const workloads = Object.fromEntries(
      Object.entries(env.workloads).map(([app, w]) => [app, max[app as AppName] === undefined ? w : { ...w!, replicas: { ...w!.replicas, max: max[app as AppName]! } }]),
    );
    return { ...env, workloads } as typeof env;
  };

  it('accepts up to one replica per partition of the smallest topic, and no more', () => {
    expect(scalingProblems(withMax({ audit: 2, realtime: 4 }), mixed(['big', 'small']))).toEqual([]);
    expect(scalingProblems(withMax({ audit: 3, realtime: 5 }), mixed(['big', 'small']))).toEqual([
      'workloads.audit.replicas.max: 3 exceeds the 2 partition(s) of topic "small" it consumes — lower it to 2 or give the topic more partitions',
      'workloads.realtime.replicas.max: 5 exceeds the 4 partition(s) of topic "mid" it consumes — lower it to 4 or give the topic more partitions',
    ]);
  });

  it('ignores apps that consume nothing, however far they scale', () => {
    expect(scalingProblems(withMax({ backend: 50, frontend: 50 }), mixed(['big']))).toEqual([]);
  });

  it('skips apps the environment does not run', () => {
    const env = withMax({});
    const { audit: _gone, ...rest } = env.workloads;
    expect(scalingProblems({ ...env, workloads: rest } as typeof env, mixed(['small']))).toEqual([]);
  });
});

describe('the declared topology', () => {
  it('says what each topic carries: CloudEvent types named <entity>.<happening>, and a purpose', () => {
    for (const [name, spec] of Object.entries(TOPOLOGY.topics)) {
      expect([name, spec.events.length > 0]).toEqual([name, true]);
      for (const e of spec.events) expect([name, e]).toEqual([name, expect.stringMatching(/^[a-z]+\.[a-z]+$/)]);
      expect([name, spec.description.length > 20]).toEqual([name, true]);
    }
    const types = Object.values(TOPOLOGY.topics).flatMap((s) => s.events);
    expect(new Set(types).size).toBe(types.length);
  });
});

describe('topology derivations', () => {
  const t = mixed(['small', 'big']);

  it('gives each subscription its own route and dead-letter topic, and each dead-letter topic one partition and the dead-letter retention', () => {
    expect(subscriptions(t)).toEqual([
      { app: 'audit', topic: 'small', name: 'audit-small', route: '/events/small', deadLetterTopic: 'dlq.audit.small' },
      { app: 'audit', topic: 'big', name: 'audit-big', route: '/events/big', deadLetterTopic: 'dlq.audit.big' },
      { app: 'realtime', topic: 'mid', name: 'realtime-mid', route: '/events/mid', deadLetterTopic: 'dlq.realtime.mid' },
    ]);
    const declared = topicDeclarations(t);
    expect(declared.filter((d) => d.kind === 'events').map((d) => [d.name, d.partitions, d.retentionDays])).toEqual([
      ['big', 6, 1],
      ['small', 2, 1],
      ['mid', 4, 1],
    ]);
    const dead = declared.filter((d) => d.kind === 'dead-letter');
    expect(dead.map((d) => [d.name, d.partitions, d.retentionDays])).toEqual(subscriptions(t).map((s) => [s.deadLetterTopic, 1, 3]));
    for (const d of dead) expect(d.description).toMatch(/^Messages of (small|big|mid) that (audit|realtime) failed to process after all retries\.$/);
  });

  it('lists what each app writes and reads, and every app that talks to Kafka once, sorted', () => {
    expect(appTopics('audit', t)).toEqual({ publishes: [], subscribes: ['small', 'big'], deadLetters: ['dlq.audit.small', 'dlq.audit.big'] });
    expect(appTopics('backend', t)).toEqual({ publishes: ['big', 'small', 'mid'], subscribes: [], deadLetters: [] });
    expect(appTopics('frontend', t)).toEqual({ publishes: [], subscribes: [], deadLetters: [] });
    expect(eventApps({ ...t, consumers: { realtime: ['mid'], audit: ['big'], backend: ['big'] } })).toEqual(['audit', 'backend', 'realtime']);
  });

  it('reports each structural problem with the field to fix', () => {
    const broken: EventTopology = {
      topics: { Bad_Name: topic(1), 'zero-parts': topic(0), 'half-part': topic(1.5), orphan: topic(1), ok: topic(1) },
      producers: { backend: ['ok', 'nope'] },
      consumers: { audit: ['orphan', 'ok', 'ghost'] },
      deadLetterRetentionDays: 1,
    };
    expect(topologyProblems(broken)).toEqual([
      'topology.producers.backend: unknown topic "nope" — declare it under topology.topics',
      'topology.consumers.audit: unknown topic "ghost" — declare it under topology.topics',
      'topology.consumers.audit: topic "orphan" has no producer',
      'topology.topics.Bad_Name: topic names are lowercase letters, digits and dashes',
      'topology.topics.zero-parts.partitions: must be a whole number ≥ 1',
      'topology.topics.half-part.partitions: must be a whole number ≥ 1',
      'topology.deadLetterRetentionDays: 1 days is less than the 7-day floor — dead letters would expire before a fix ships and they are replayed; raise it',
    ]);
    const kept = { ...broken, deadLetterRetentionDays: 7 };
    expect(topologyProblems({ ...kept, topics: { '-x': topic(1), x9: topic(1), 'ok-then_bad': topic(1) }, producers: { backend: ['-x', 'x9', 'ok-then_bad'] }, consumers: {} })).toEqual([
      'topology.topics.-x: topic names are lowercase letters, digits and dashes',
      'topology.topics.ok-then_bad: topic names are lowercase letters, digits and dashes',
    ]);
    expect(topologyProblems({ ...kept, topics: { 'a-b': topic(1) }, producers: { backend: ['a-b'] }, consumers: { audit: ['a-b'] } })).toEqual([]);
  });
});

describe('docs/events.md', () => {
  const md = eventsMarkdown();
  const section = (title: string) => md.split(`\n## ${title}\n`)[1]!.split('\n## ')[0]!;
  const rows = (title: string) =>
    section(title)
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| topic ') && !l.startsWith('| subscription ') && !l.startsWith('| app '))
      .map((l) => l.split(' | ').map((c) => c.replace(/^\| |`| \|$/g, '')));

  it('names, as the receiver of the reminder sweep, exactly the apps bound to it and the cron they run on', () => {
    const sweep = /calls `POST \/reminder-sweep` on ([^,]+(?:, [^,]+)*),\n/.exec(section('Reminders'));
    expect(sweep?.[1]!.split(', ')).toEqual(APP_NAMES.filter((a) => APP_CATALOG[a].bindings.includes('reminder-sweep')));
    expect(section('Reminders')).toContain(`cron binding (\`${REMINDER_SWEEP_SCHEDULE}\`, 5 fields)`);
  });

  it('draws every producer, subscription and dead-letter edge between declared nodes with valid ids', () => {
    const mermaid = md.split('```mermaid\n')[1]!.split('```')[0]!.trim().split('\n');
    expect(mermaid[0]).toBe('flowchart LR');
    const nodes = new Map<string, string>();
    for (const line of mermaid.slice(1)) {
      for (const m of line.matchAll(/(\w+)\[\(?"([^"]+)"\)?\]/g)) nodes.set(m[1]!, m[2]!);
      for (const id of line.trim().split(/\s*-\.?->\|[^|]*\|\s*|\s*-->\|[^|]*\|\s*/).map((x) => x.replace(/\[.*$/, ''))) expect(id).toMatch(/^[A-Za-z0-9_]+$/);
    }
    expect([...nodes.values()].sort()).toEqual([...new Set([...eventApps(), ...topicDeclarations().map((d) => d.name)])].sort());
    const edges = mermaid.slice(1).flatMap((l) => {
      const m = /^\s*(\w+) (-->|-\.->)\|"?([^|"]*)"?\| (\w+)/.exec(l);
      return m ? [`${nodes.get(m[1]!)} ${m[3]} ${nodes.get(m[4]!)}`] : [];
    });
    const expected = [
      ...Object.entries(TOPOLOGY.producers).flatMap(([app, topics]) => topics!.map((x) => `${app} publishes ${x}`)),
      ...subscriptions().map((s) => `${s.topic} POST ${s.route} ${s.app}`),
      ...subscriptions().map((s) => `${s.app} dead letters ${s.deadLetterTopic}`),
    ];
    expect(edges.sort()).toEqual(expected.sort());
  });

  it('tables every topic with its partitions, retention and events, and every subscription and service', () => {
    expect(rows('Topics').map((r) => [r[0], r[1], Number(r[2]), r[3]])).toEqual(topicDeclarations().map((d) => [d.name, d.kind, d.partitions, `${d.retentionDays} d`]));
    for (const r of rows('Topics')) expect(r[4]).toBe(r[1] === 'events' ? TOPOLOGY.topics[r[0]!]!.events.join(', ') : '—');
    expect(rows('Subscriptions').map((r) => r.slice(0, 5))).toEqual(subscriptions().map((s) => [s.name, s.app, s.topic, `POST ${s.route}`, s.deadLetterTopic]));
    const services = rows('Per service');
    expect(services.map((r) => r[0])).toEqual(eventApps());
    for (const [app, component, publishes, subscribes, dead] of services) {
      const t = appTopics(app as AppName);
      const list = (xs: readonly string[]) => (xs.length > 0 ? xs.join(', ') : '—');
      expect([component, publishes, subscribes, dead]).toEqual([pubsubComponentName(app as AppName), list(t.publishes), list(t.subscribes), list(t.deadLetters)]);
    }
  });

  it('gives the commands to create every topic on an external Kafka, with retention in milliseconds', () => {
    const commands = md.split('```bash\n')[1]!.split('```')[0]!.trim().split('\n');
    const parsed = commands.map((c) => /^rpk topic create (\S+) --partitions (\d+) --topic-config retention\.ms=(\d+)$/.exec(c)!.slice(1));
    expect(parsed).toEqual(topicDeclarations().map((d) => [d.name, String(d.partitions), String(d.retentionDays * 24 * 60 * 60 * 1000)]));
  });

  it('is well-formed Markdown: every table has a header and a separator as wide as its rows, every code fence is closed', () => {
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('```')).length % 2).toBe(0);
    const tables: string[][] = [];
    for (const [i, l] of lines.entries()) if (l.startsWith('|') && !lines[i - 1]!.startsWith('|')) tables.push(lines.slice(i).filter((_, j, all) => all.slice(0, j + 1).every((x) => x.startsWith('|'))));
    expect(tables).toHaveLength(3);
    for (const [header, separator, ...rows] of tables) {
      const width = header!.split('|').length;
      expect(header).toMatch(/^\| [a-z]/);
      expect(separator).toMatch(/^(\|---)+\|$/);
      expect(separator!.split('|').length).toBe(width);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.split(' | ').length).toBe(width - 2);
    }
    for (const title of ['Topics', 'Subscriptions', 'Per service', 'Reminders', 'With an external Kafka (Redpanda Cloud)']) expect(md).toContain(`\n## ${title}\n\n`);
  });

  it('is the generated file, with its source named', () => {
    expect(md.startsWith('# Event topology\n\n<!-- Generated by `npm run synth` from k8s/events/topology.ts. Do not edit. -->\n')).toBe(true);
    expect(md.endsWith('\n')).toBe(true);
  });
});

describe('Kafka connection of each app', () => {
  it('names one pub/sub component and one Kafka identity per app', () => {
    const names = APP_NAMES.flatMap((a) => [pubsubComponentName(a), kafkaUserName(a)]);
    expect(new Set(names).size).toBe(names.length);
    for (const a of APP_NAMES) for (const n of [pubsubComponentName(a), kafkaUserName(a)]) expect(n).toMatch(new RegExp(`^${a}-[a-z]+$`));
  });

  it('points every rendered pub/sub component at the bootstrap Service of the rendered Kafka, logging in as the rendered KafkaUser (oke)', () => {
    const meta = (c: any, name: string) => c.spec.metadata.find((m: any) => m.name === name);
    const kafka = ofKind('oke', 'Kafka')[0];
    const listener = kafka.spec.kafka.listeners.find((l: any) => l.tls === false);
    const users = ofKind('oke', 'KafkaUser');
    const components = ofKind('oke', 'Component').filter((c) => c.spec.type === 'pubsub.kafka');
    expect(components.length).toBeGreaterThan(0);
    for (const c of components) {
      // Strimzi: the bootstrap Service is <cluster>-kafka-bootstrap; the user operator writes the password to a Secret named after the KafkaUser.
      expect(meta(c, 'brokers').value).toBe(`${kafka.metadata.name}-kafka-bootstrap.${kafka.metadata.namespace}.svc:${listener.port}`);
      const user = users.find((u) => u.metadata.name === meta(c, 'saslUsername').value);
      expect(user?.spec.authentication.type).toBe('scram-sha-512');
      expect(meta(c, 'saslPassword').secretKeyRef).toEqual({ name: user.metadata.name, key: 'password' });
      expect(meta(c, 'saslMechanism').value).toBe('SHA-512');
      expect(meta(c, 'authType').value).toBe('password');
      expect(c.metadata.namespace).toBe(user.metadata.namespace);
    }
  });

  it('uses the configured brokers and credentials Secret for an external Kafka, over TLS', () => {
    const sasl = { backend: 'sasl', brokers: ['a.example:9093', 'b.example:9093'], saslMechanism: 'SHA-256', credentialsSecret: 'creds', usernameKey: 'u', passwordKey: 'p', egressCidrs: [] } as KafkaConfig;
    expect(kafkaBrokers(sasl, 'ignored')).toEqual(['a.example:9093', 'b.example:9093']);
    expect(kafkaAuthFor('audit', sasl)).toEqual({ type: 'password', username: { secretKeyRef: { name: 'creds', key: 'u' } }, password: { name: 'creds', key: 'p' }, mechanism: 'SHA-256', tls: true });
  });

  it('needs no credentials for an in-cluster Kafka without listener authentication (local)', () => {
    const local = environment('local').kafka;
    expect(local.backend === 'strimzi' && local.authentication).not.toBe('scram-sha-512');
    expect(kafkaAuthFor('audit', local)).toEqual({ type: 'none' });
    const meta = (c: any, name: string) => c.spec.metadata.find((m: any) => m.name === name);
    for (const c of ofKind('local', 'Component').filter((x) => x.spec.type === 'pubsub.kafka')) expect(meta(c, 'authType').value).toBe('none');
  });
});
