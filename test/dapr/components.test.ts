import { Testing } from 'cdk8s';
import { testChart } from '../temp';
import { cronBinding, isFiveFieldCron, kubernetesSecretStore, postgresqlStateStore } from '../../k8s/dapr/building-blocks';
import { DaprComponent } from '../../k8s/dapr/dapr-component';
import { DaprConfiguration } from '../../k8s/dapr/dapr-configuration';
import { DaprResiliency } from '../../k8s/dapr/dapr-resiliency';
import { DaprSubscription } from '../../k8s/dapr/dapr-subscription';
import { kafkaPubSub } from '../../k8s/dapr/pubsub';

const base = { namespace: 'todo-app', scopes: ['backend'] };

describe('DaprComponent', () => {
  it('renders type, version, metadata and top-level scopes', () => {
    const chart = testChart();
    postgresqlStateStore(chart, 's', { ...base, name: 'statestore', connectionString: { name: 'db-app', key: 'uri' } });
    expect(Testing.synth(chart)[0]).toMatchObject({
      apiVersion: 'dapr.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'statestore', namespace: 'todo-app' },
      scopes: ['backend'],
      spec: { type: 'state.postgresql', version: 'v2', ignoreErrors: false, metadata: [{ name: 'connectionString', secretKeyRef: { name: 'db-app', key: 'uri' } }, { name: 'tablePrefix', value: 'dapr_' }, { name: 'timeout', value: '20s' }] },
    });
  });

  it('rejects a type outside the Dapr categories, such as the seeds’ scheduler.kubernetes', () => {
    expect(() => new DaprComponent(testChart(), 'c', { ...base, name: 'scheduler', type: 'scheduler.kubernetes', metadata: [] })).toThrow(/not in a Dapr category/);
  });

  it('rejects a literal credential and an unscoped component', () => {
    expect(() => new DaprComponent(testChart(), 'c', { ...base, name: 'x', type: 'pubsub.kafka', metadata: [{ name: 'saslPassword', value: 'hunter2' }] })).toThrow(
      /use secretKeyRef instead of a literal value/,
    );
    expect(() => kubernetesSecretStore(testChart(), 's', { name: 's', namespace: 'n', scopes: [] })).toThrow(/scopes must name/);
  });

  it('builds Kafka pub/sub without a consumer group, TLS on for SASL, plaintext in-cluster', () => {
    const chart = testChart();
    kafkaPubSub(chart, 'p', {
      ...base,
      name: 'backend-pubsub',
      brokers: ['a:9092', 'b:9092'],
      allowedTopics: ['t2', 't1'],
      auth: { type: 'password', username: { value: 'u' }, password: { name: 's', key: 'p' }, mechanism: 'SHA-512', tls: true },
    });
    kafkaPubSub(chart, 'q', { ...base, name: 'plain', brokers: ['k:9092'], allowedTopics: ['t'], auth: { type: 'none' } });
    const [sasl, plain] = Testing.synth(chart);
    const m = (o: any) => Object.fromEntries(o.spec.metadata.map((x: any) => [x.name, x.value ?? x.secretKeyRef]));
    expect(m(sasl)).toEqual({
      brokers: 'a:9092,b:9092',
      authType: 'password',
      saslUsername: 'u',
      saslPassword: { name: 's', key: 'p' },
      saslMechanism: 'SHA-512',
      disableTls: 'false',
      allowedTopics: 't1,t2',
      initialOffset: 'oldest',
    });
    expect(m(plain)).toMatchObject({ authType: 'none', disableTls: 'true' });
    expect(m(plain).consumerGroup).toBeUndefined();
  });

  it('accepts 5-field cron schedules only', () => {
    expect(isFiveFieldCron('*/5 * * * *')).toBe(true);
    expect(isFiveFieldCron('0 30 8 * * *')).toBe(false);
    expect(isFiveFieldCron('@every 5m')).toBe(false);
    expect(() => cronBinding(testChart(), 'c', { ...base, name: 'c', schedule: '*/30 * * * * *' })).toThrow(/must have 5 fields/);
  });
});

describe('DaprSubscription', () => {
  it('renders dapr.io/v2alpha1 with routes, dead-letter topic and top-level scopes', () => {
    const chart = testChart();
    new DaprSubscription(chart, 's', { name: 'audit-reminders', namespace: 'todo-app', pubsubName: 'audit-pubsub', topic: 'reminders', route: '/events/reminders', deadLetterTopic: 'dlq.audit.reminders', scopes: ['audit'] });
    expect(Testing.synth(chart)[0]).toEqual({
      apiVersion: 'dapr.io/v2alpha1',
      kind: 'Subscription',
      metadata: { name: 'audit-reminders', namespace: 'todo-app' },
      scopes: ['audit'],
      spec: { pubsubname: 'audit-pubsub', topic: 'reminders', routes: { default: '/events/reminders' }, deadLetterTopic: 'dlq.audit.reminders' },
    });
  });

  it('refuses a dead-letter topic equal to the topic', () => {
    expect(() => new DaprSubscription(testChart(), 's', { name: 's', namespace: 'n', pubsubName: 'p', topic: 't', route: '/t', deadLetterTopic: 't', scopes: ['a'] })).toThrow(/must differ/);
  });
});

describe('DaprResiliency and DaprConfiguration', () => {
  it('refuses targets that name undefined policies', () => {
    expect(
      () =>
        new DaprResiliency(testChart(), 'r', { name: 'r', namespace: 'n', scopes: ['a'], timeouts: {}, retries: {}, circuitBreakers: {}, apps: { backend: { retry: 'missing' } } }),
    ).toThrow(/apps.backend uses unknown retry "missing"/);
  });

  it('exports traces over OTLP only when an endpoint is configured, and enables metrics', () => {
    const chart = testChart();
    new DaprConfiguration(chart, 'a', { name: 'a', namespace: 'n', samplingRate: '0.1' });
    new DaprConfiguration(chart, 'b', { name: 'b', namespace: 'n', samplingRate: '1', otlpEndpoint: 'otel-collector.monitoring:4317' });
    const [a, b] = Testing.synth(chart);
    expect(a.spec).toEqual({ tracing: { samplingRate: '0.1' }, metric: { enabled: true } });
    expect(b.spec.tracing.otel).toEqual({ endpointAddress: 'otel-collector.monitoring:4317', isSecure: false, protocol: 'grpc' });
    expect(b.spec.mtls).toBeUndefined();
  });
});
