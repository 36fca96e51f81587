import type { Construct } from 'constructs';
import { APP_CATALOG, appsWhere, REMINDER_SWEEP_SCHEDULE, APP_NAMES } from '../apps/catalog';
import { cronBinding, kubernetesSecretStore, postgresqlStateStore } from '../dapr/building-blocks';
import type { DaprComponent } from '../dapr/dapr-component';
import { DaprConfiguration } from '../dapr/dapr-configuration';
import { DaprResiliency } from '../dapr/dapr-resiliency';
import { DaprSubscription } from '../dapr/dapr-subscription';
import { ROUTE_TIMEOUTS } from '../edge/routes';
import { kafkaPubSub } from '../dapr/pubsub';
import { kafkaAuthFor, kafkaBrokers, pubsubComponentName } from '../events/kafka-connection';
import { appTopics, eventApps, subscriptions } from '../events/topology';
import { databaseUriSecret } from '../platform/database';
import { APP_NAMESPACE } from '../platform/namespaces';
import { KAFKA_NAMESPACE } from './kafka-chart';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';

/** Names apps use for the shared building blocks (also injected as environment variables). */
export const DAPR_NAMES = {
  configuration: 'todo-chatbot',
  resiliency: 'todo-chatbot',
  stateStore: 'statestore',
  secretStore: 'kubernetes-secrets',
  reminderSweep: 'reminder-sweep',
} as const;


/** Input bindings apps can declare in the catalog, by catalog name → component name. */
export const DAPR_BINDINGS = { 'reminder-sweep': DAPR_NAMES.reminderSweep } as const;

/**
 * dist/<env>/dapr.yaml: the Configuration, one Kafka pub/sub component per event app,
 * the state store, the secret store, the reminder sweep, one Subscription per
 * (consumer, topic) with its dead-letter topic, and the Resiliency policies.
 */
export class DaprChart extends EnvironmentChart {
  public readonly configuration: DaprConfiguration;
  public readonly components: readonly DaprComponent[];
  public readonly subscriptions: readonly DaprSubscription[];
  public readonly resiliency: DaprResiliency;

  constructor(scope: Construct, id: string, props: EnvironmentChartProps) {
    super(scope, id, { ...props, namespace: APP_NAMESPACE });
    const env = props.env;
    const ns = APP_NAMESPACE;
    this.configuration = new DaprConfiguration(this, 'configuration', {
      name: DAPR_NAMES.configuration,
      namespace: ns,
      samplingRate: env.dapr.tracing.samplingRate,
      otlpEndpoint: env.dapr.tracing.otlpEndpoint,
    });

    const brokers = kafkaBrokers(env.kafka, KAFKA_NAMESPACE);
    const pubsubs = eventApps().map((app) => {
      const t = appTopics(app);
      return kafkaPubSub(this, `pubsub-${app}`, {
        name: pubsubComponentName(app),
        namespace: ns,
        scopes: [app],
        brokers,
        auth: kafkaAuthFor(app, env.kafka),
        allowedTopics: [...t.publishes, ...t.subscribes, ...t.deadLetters],
      });
    });
    const stateStore = postgresqlStateStore(this, 'statestore', {
      name: DAPR_NAMES.stateStore,
      namespace: ns,
      scopes: appsWhere((a) => a.usesState),
      connectionString: databaseUriSecret(env.database),
    });
    const secretStore = kubernetesSecretStore(this, 'secretstore', { name: DAPR_NAMES.secretStore, namespace: ns, scopes: appsWhere((a) => a.readsSecrets.length > 0) });
    // Backs up the Jobs API: the Always Free scheduler keeps jobs in memory, so a restart can lose one.
    const sweep = cronBinding(this, 'reminder-sweep', { name: DAPR_BINDINGS['reminder-sweep'], namespace: ns, scopes: appsWhere((a) => a.bindings.includes('reminder-sweep')), schedule: REMINDER_SWEEP_SCHEDULE });
    this.components = [...pubsubs, stateStore, secretStore, sweep];

    this.subscriptions = subscriptions().map(
      (s) =>
        new DaprSubscription(this, `subscription-${s.name}`, {
          name: s.name,
          namespace: ns,
          pubsubName: pubsubComponentName(s.app),
          topic: s.topic,
          route: s.route,
          deadLetterTopic: s.deadLetterTopic,
          scopes: [s.app],
        }),
    );

    const invoked = [...new Set(Object.values(APP_CATALOG).flatMap((a) => a.invokes))].sort();
    this.resiliency = new DaprResiliency(this, 'resiliency', {
      name: DAPR_NAMES.resiliency,
      namespace: ns,
      scopes: [...APP_NAMES].sort(),
      // Per attempt (pkg/resiliency/policy.go:141-150@v1.18.3): `invoke` covers an LLM-backed
      // backend call, as long as the Gateway's /api route allows.
      timeouts: { general: '10s', publish: '5s', invoke: ROUTE_TIMEOUTS.api },
      retries: {
        publish: { policy: 'exponential', maxInterval: '10s', maxRetries: 5 },
        // Exhausting these sends the message to the subscription's dead-letter topic.
        deliver: { policy: 'exponential', maxInterval: '60s', maxRetries: 10 },
        // Only when the target was not reached: a POST that reached the backend is never
        // repeated (at least 3, or Dapr's built-in sidecar retries take over: pkg/resiliency/resiliency.go:452-456).
        invoke: { policy: 'exponential', maxInterval: '5s', maxRetries: 3, retryOn: { httpStatusCodes: '502,503', gRPCStatusCodes: '14' } },
      },
      circuitBreakers: {
        kafka: { maxRequests: 1, interval: '60s', timeout: '30s', trip: 'consecutiveFailures > 5' },
        service: { maxRequests: 1, interval: '30s', timeout: '30s', trip: 'consecutiveFailures > 5' },
      },
      apps: Object.fromEntries(invoked.map((app) => [app, { timeout: 'invoke', retry: 'invoke', circuitBreaker: 'service' }])),
      components: Object.fromEntries(
        eventApps().map((app) => [
          pubsubComponentName(app),
          { outbound: { timeout: 'publish', retry: 'publish', circuitBreaker: 'kafka' }, inbound: { timeout: 'general', retry: 'deliver' } },
        ]),
      ),
    });
  }
}
