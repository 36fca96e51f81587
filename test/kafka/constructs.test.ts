import { Size, Testing } from 'cdk8s';
import { testChart } from '../temp';
import { KafkaCluster } from '../../k8s/kafka/kafka-cluster';
import { KafkaTopic } from '../../k8s/kafka/kafka-topic';
import { KafkaUser } from '../../k8s/kafka/kafka-user';

const entityOperator = { cpuRequest: '20m', cpuLimit: '200m', memoryRequest: '256Mi', memoryLimit: '384Mi' };

function cluster(props: Partial<ConstructorParameters<typeof KafkaCluster>[2]> = {}) {
  const chart = testChart();
  const c = new KafkaCluster(chart, 'k', { name: 'events', namespace: 'kafka', version: '4.3.1', brokers: 1, heap: Size.mebibytes(512), cpu: { request: '250m', limit: '1' }, entityOperator, storage: { size: '5Gi', storageClass: 'oci-bv' }, ...props });
  return { chart, c };
}

describe('KafkaCluster', () => {
  it('runs KRaft with one dual-role node pool on a kept persistent volume and an internal listener only', () => {
    const { chart } = cluster();
    const [pool, kafka] = Testing.synth(chart);
    expect(pool).toMatchObject({
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaNodePool',
      metadata: { labels: { 'strimzi.io/cluster': 'events' } },
      spec: {
        replicas: 1,
        roles: ['controller', 'broker'],
        storage: { type: 'jbod', volumes: [{ id: 0, type: 'persistent-claim', size: '5Gi', class: 'oci-bv', deleteClaim: false, kraftMetadata: 'shared' }] },
        jvmOptions: { '-Xms': '512m', '-Xmx': '512m' },
      },
    });
    // The container holds the heap plus as much again for page cache, metaspace and direct buffers.
    expect(pool.spec.resources).toEqual({ requests: { cpu: '250m', memory: '1024Mi' }, limits: { cpu: '1', memory: '1024Mi' } });
    expect(kafka.apiVersion).toBe('kafka.strimzi.io/v1');
    expect(kafka.spec.kafka.listeners).toEqual([{ name: 'plain', port: 9092, type: 'internal', tls: false }]);
    expect(kafka.spec.zookeeper).toBeUndefined();
  });

  it('sets replication to what one broker can hold and disables topic auto-creation', () => {
    const { chart } = cluster();
    expect(Testing.synth(chart)[1].spec.kafka.config).toEqual({
      'offsets.topic.replication.factor': 1,
      'transaction.state.log.replication.factor': 1,
      'transaction.state.log.min.isr': 1,
      'default.replication.factor': 1,
      'min.insync.replicas': 1,
      'auto.create.topics.enable': false,
    });
    const three = cluster({ brokers: 3 });
    expect(Testing.synth(three.chart)[1].spec.kafka.config).toMatchObject({ 'default.replication.factor': 3, 'min.insync.replicas': 2 });
  });

  it('runs the topic and user operators with resources, watching the app namespace for users', () => {
    const { chart } = cluster({ userNamespace: 'todo-app', authentication: 'scram-sha-512' });
    const kafka = Testing.synth(chart)[1];
    expect(kafka.spec.entityOperator.topicOperator.resources.limits.memory).toBe('384Mi');
    expect(kafka.spec.entityOperator.userOperator).toMatchObject({ watchedNamespace: 'todo-app' });
    expect(kafka.spec.kafka.listeners[0].authentication).toEqual({ type: 'scram-sha-512' });
    expect(kafka.spec.kafka.authorization).toEqual({ type: 'simple' });
  });

  it('exposes the bootstrap address', () => {
    expect(cluster().c.bootstrapServers).toBe('events-kafka-bootstrap.kafka.svc:9092');
  });
});

describe('KafkaTopic', () => {
  it('lives in the cluster namespace with the cluster label, retention and cleanup policy', () => {
    const { chart, c } = cluster();
    new KafkaTopic(chart, 't', { cluster: c, topicName: 'task-events', partitions: 3, retentionDays: 7 });
    const topic = Testing.synth(chart).find((o) => o.kind === 'KafkaTopic');
    expect(topic).toMatchObject({
      metadata: { name: 'task-events', namespace: 'kafka', labels: { 'strimzi.io/cluster': 'events' } },
      spec: { partitions: 3, replicas: 1, config: { 'retention.ms': 604800000, 'cleanup.policy': 'delete' } },
    });
  });

  it('refuses more replicas than brokers, and zero partitions', () => {
    const { chart, c } = cluster();
    expect(() => new KafkaTopic(chart, 'a', { cluster: c, topicName: 'a', partitions: 1, replicas: 2, retentionDays: 1 })).toThrow(/replicas 2 > 1 broker/);
    expect(() => new KafkaTopic(chart, 'b', { cluster: c, topicName: 'b', partitions: 0, retentionDays: 1 })).toThrow(/partitions must be a whole number/);
  });
});

describe('KafkaUser', () => {
  it('authenticates with SCRAM-SHA-512 and allows exactly its topics and group', () => {
    const { chart, c } = cluster({ authentication: 'scram-sha-512', userNamespace: 'todo-app' });
    new KafkaUser(chart, 'u', { cluster: c, name: 'audit-kafka', writes: ['dlq.audit.reminders'], reads: ['reminders'], group: 'audit' });
    const user = Testing.synth(chart).find((o) => o.kind === 'KafkaUser');
    expect(user.metadata).toMatchObject({ name: 'audit-kafka', namespace: 'todo-app' });
    expect(user.spec.authentication).toEqual({ type: 'scram-sha-512' });
    expect(user.spec.authorization.acls).toEqual([
      { resource: { type: 'topic', name: 'dlq.audit.reminders', patternType: 'literal' }, operations: ['Write', 'Describe'], type: 'allow' },
      { resource: { type: 'topic', name: 'reminders', patternType: 'literal' }, operations: ['Read', 'Describe'], type: 'allow' },
      { resource: { type: 'group', name: 'audit', patternType: 'literal' }, operations: ['Read', 'Describe'], type: 'allow' },
    ]);
  });

  it('is refused on a cluster without listener authentication', () => {
    const { chart, c } = cluster();
    expect(() => new KafkaUser(chart, 'u', { cluster: c, name: 'x', writes: [], reads: [] })).toThrow(/no listener authentication/);
  });
});
