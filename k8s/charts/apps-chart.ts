import type { Construct } from 'constructs';
import { APP_CATALOG, APP_SECRETS, appsWhere, writablePathsOf, APP_NAMES, type AppName } from '../apps/catalog';
import { APP_SECRET_KEYS } from '../apps/secrets';
import { type Environment, hostOf, imageOf } from '../config/environment';
import { DaprApp, type EnvVar } from '../dapr/dapr-app';
import { kafkaAuthFor, kafkaBrokers, pubsubComponentName } from '../events/kafka-connection';
import { appTopics, eventApps, TOPOLOGY } from '../events/topology';
import { databaseUriSecret } from '../platform/database';
import { APP_NAMESPACE } from '../platform/namespaces';
import { CpuAutoscaler } from '../scaling/cpu-autoscaler';
import { type KafkaScalerAuth, KafkaLagScaler } from '../scaling/kafka-lag-scaler';
import { DAPR_BINDINGS, DAPR_NAMES } from './dapr-chart';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';
import { KAFKA_NAMESPACE } from './kafka-chart';

/** Environment variables an app gets, derived from what it uses (never a secret value). */
export function appEnvironment(app: AppName, env: Environment): EnvVar[] {
  const spec = APP_CATALOG[app];
  const vars: EnvVar[] = [
    { name: 'APP_ENV', value: env.name },
    { name: 'LOG_FORMAT', value: 'json' },
    { name: 'PUBLIC_URL', value: `https://${hostOf(env)}` },
  ];
  if (eventApps().includes(app)) vars.push({ name: 'DAPR_PUBSUB_NAME', value: pubsubComponentName(app) });
  if (spec.usesState) vars.push({ name: 'DAPR_STATESTORE_NAME', value: DAPR_NAMES.stateStore });
  if (spec.readsSecrets.length > 0) vars.push({ name: 'DAPR_SECRETSTORE_NAME', value: DAPR_NAMES.secretStore });
  for (const target of spec.invokes) vars.push({ name: `${target.toUpperCase().replace(/-/g, '_')}_APP_ID`, value: target });
  if (spec.database) vars.push({ name: 'DATABASE_URL', secretKeyRef: databaseUriSecret(env.database) });
  if (spec.authenticatesUsers) vars.push({ name: 'BETTER_AUTH_SECRET', secretKeyRef: { name: APP_SECRETS, key: APP_SECRET_KEYS.betterAuthSecret.key } });
  for (const binding of spec.bindings) vars.push({ name: `${binding.toUpperCase().replace(/-/g, '_')}_BINDING`, value: DAPR_BINDINGS[binding] });
  return vars;
}

/** How KEDA authenticates to read an app's consumer lag, or undefined without SASL. */
function scalerAuth(app: AppName, env: Environment): KafkaScalerAuth | undefined {
  const auth = kafkaAuthFor(app, env.kafka);
  if (auth.type === 'none') return undefined;
  return {
    sasl: auth.mechanism === 'SHA-256' ? 'scram_sha256' : 'scram_sha512',
    tls: auth.tls,
    username: 'value' in auth.username ? { value: auth.username.value } : { secret: auth.username.secretKeyRef },
    password: auth.password,
  };
}

/**
 * dist/<env>/apps.yaml: the six services as DaprApps, the backend's CPU autoscaler and a
 * Kafka-lag ScaledObject per consuming worker.
 */
export class AppsChart extends EnvironmentChart {
  public readonly apps: Readonly<Record<AppName, DaprApp>>;

  constructor(scope: Construct, id: string, props: EnvironmentChartProps) {
    super(scope, id, { ...props, namespace: APP_NAMESPACE });
    const env = props.env;
    this.apps = Object.fromEntries(
      APP_NAMES.map((app) => {
        const w = env.workloads[app]!;
        return [
          app,
          new DaprApp(this, app, {
            appId: app,
            namespace: APP_NAMESPACE,
            image: imageOf(env, app),
            port: APP_CATALOG[app].port,
            daprConfig: DAPR_NAMES.configuration,
            resources: w.resources,
            sidecar: env.dapr.sidecar,
            logLevel: env.dapr.logLevel,
            replicas: w.replicas,
            probes: w.probes,
            env: appEnvironment(app, env),
            labels: { 'app.kubernetes.io/component': APP_CATALOG[app].component },
            // The Dapr kubernetes secret store reads Secrets with the pod's own identity.
            automountServiceAccountToken: APP_CATALOG[app].readsSecrets.length > 0,
            writablePaths: writablePathsOf(app),
            imagePullSecret: env.images.pullSecret,
          }),
        ];
      }),
    ) as Record<AppName, DaprApp>;

    for (const app of appsWhere((a) => a.scaling === 'cpu')) {
      const dapr = this.apps[app];
      if (dapr.replicas.max > dapr.replicas.min) new CpuAutoscaler(this, `${app}-autoscaler`, { app: dapr, targetUtilization: 70 });
    }

    const brokers = kafkaBrokers(env.kafka, KAFKA_NAMESPACE);
    for (const app of appsWhere((a) => a.scaling === 'consumer-lag')) {
      const topics = appTopics(app).subscribes;
      if (topics.length === 0) throw new Error(`app catalog: ${app} scales on consumer lag but subscribes to no topic of the event topology`);
      new KafkaLagScaler(this, `${app}-scaler`, {
        app: this.apps[app],
        bootstrapServers: brokers,
        consumerGroup: app,
        topics: topics.map((t) => ({ name: t, partitions: TOPOLOGY.topics[t]!.partitions })),
        auth: scalerAuth(app, env),
      });
    }
  }
}
