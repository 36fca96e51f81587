import { APP_CATALOG, APP_NAMES, type AppSpec, catalogProblems } from '../../k8s/apps/catalog';
import { WORKLOADS } from '../../k8s/environments/workloads';
import { environmentInput, loadEnvironments } from '../../k8s/environments';
import { referencedSecrets } from '../../k8s/apps/secrets-doc';
import { OPERATOR_SECRETS, outOfBandSecrets } from '../../k8s/apps/secrets';
import { maxUsefulReplicas } from '../../k8s/events/scaling';
import { TOPOLOGY, subscriptions } from '../../k8s/events/topology';
import { configProblems, ENVIRONMENTS, find, objectsOf, ofKind } from '../helpers';
const oke = environmentInput('oke');


describe.each(ENVIRONMENTS)('workloads (%s)', (env) => {
  const deployments = ofKind(env, 'Deployment');

  it('renders the six apps as Dapr-enabled Deployments with a ClusterIP Service and their own ServiceAccount', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...APP_NAMES].sort());
    for (const app of APP_NAMES) {
      expect(find(env, 'Service', app, 'todo-app').spec.type).toBe('ClusterIP');
      // An API token only for apps whose Dapr secret store reads Secrets with the pod identity.
      const readsSecrets = APP_CATALOG[app].readsSecrets.length > 0;
      expect([app, (find(env, 'ServiceAccount', app, 'todo-app') as any).automountServiceAccountToken]).toEqual([app, readsSecrets]);
    }
  });

  it.each([...APP_NAMES])('%s: rolling update, probes, restricted security context, resources and Dapr annotations', (app) => {
    const d = deployments.find((x) => x.metadata.name === app);
    const pod = d.spec.template;
    const c = pod.spec.containers[0];
    expect(d.spec.strategy.rollingUpdate).toEqual({ maxSurge: 1, maxUnavailable: 0 });
    expect(c.livenessProbe.periodSeconds).toBe(10);
    expect(c.readinessProbe.periodSeconds).toBe(5);
    expect(c.startupProbe).toBeDefined();
    expect(pod.spec.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(Object.keys(c.resources.requests).sort()).toEqual(['cpu', 'memory']);
    expect(Object.keys(c.resources.limits).sort()).toEqual(['cpu', 'memory']);
    expect(pod.spec.serviceAccountName).toBe(app);
    expect(pod.metadata.annotations).toMatchObject({ 'dapr.io/app-id': app, 'dapr.io/enabled': 'true', 'dapr.io/config': 'todo-chatbot', 'dapr.io/log-as-json': 'true' });
  });

  it('only uses PodDisruptionBudgets where more than one replica always runs', () => {
    const pdbs = ofKind(env, 'PodDisruptionBudget').map((p) => p.metadata.name);
    const ha = loadEnvironments().find((e) => e.name === env)!;
    expect(pdbs.sort()).toEqual(APP_NAMES.filter((a) => ha.workloads[a]!.replicas.min > 1).sort());
  });

  it('gives the backend a CPU HPA (70 %, min 1, max ≤ 3)', () => {
    const hpa = find(env, 'HorizontalPodAutoscaler', 'backend', 'todo-app') as any;
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.minReplicas).toBe(1);
    expect(hpa.spec.maxReplicas).toBeLessThanOrEqual(3);
    expect(hpa.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }]);
    expect(find(env, 'Deployment', 'backend', 'todo-app').spec).not.toHaveProperty('replicas');
  });

  it('scales every Kafka consumer on lag with its own group, never beyond its topics’ partitions', () => {
    const scaled = ofKind(env, 'ScaledObject');
    const consumers = [...new Set(subscriptions().map((s) => s.app))].sort();
    expect(scaled.map((s) => s.metadata.name).sort()).toEqual(consumers);
    for (const so of scaled) {
      const app = so.metadata.name;
      expect(so.spec.minReplicaCount).toBeGreaterThanOrEqual(1);
      expect(so.spec.maxReplicaCount).toBeLessThanOrEqual(maxUsefulReplicas(app)!.replicas);
      const topics = subscriptions().filter((s) => s.app === app).map((s) => s.topic);
      expect(so.spec.triggers.map((t: any) => t.metadata.topic)).toEqual(topics);
      for (const t of so.spec.triggers) {
        expect(t.type).toBe('kafka');
        expect(t.metadata.consumerGroup).toBe(app);
        expect(so.spec.maxReplicaCount).toBeLessThanOrEqual(TOPOLOGY.topics[t.metadata.topic]!.partitions);
      }
    }
  });

  it('references only Secrets that are documented or created by an operator', () => {
    const e = loadEnvironments().find((x) => x.name === env)!;
    const manual = new Set(outOfBandSecrets(e).map((k) => k.secret));
    for (const name of referencedSecrets(objectsOf(env))) {
      expect(manual.has(name) || OPERATOR_SECRETS.some((o) => o.pattern.test(name))).toBe(true);
    }
  });
});

describe('the app catalog', () => {
  it('refuses an invocation of an app the catalog does not declare', () => {
    expect(catalogProblems(APP_CATALOG)).toEqual([]);
    const caller: AppSpec = { ...APP_CATALOG.frontend, invokes: ['backend', 'billing'] };
    expect(catalogProblems({ backend: APP_CATALOG.backend, frontend: caller })).toEqual(['frontend.invokes: unknown app "billing" — one of backend, frontend, or add its catalog entry']);
  });

  it('sizes a service by its kind unless it is a listed exception: a new worker needs no workload entry', () => {
    const workers = APP_NAMES.filter((a) => APP_CATALOG[a].component === 'worker');
    const sizes = new Set(workers.map((a) => JSON.stringify(WORKLOADS[a].resources)));
    expect(sizes.size).toBe(1);
    // recurring-task alone scales out (task-events has 3 partitions); the other workers keep one replica.
    expect(workers.filter((a) => WORKLOADS[a].replicas.max > 1)).toEqual(['recurring-task']);
  });
});

describe('workload wiring', () => {
  it('authenticates KEDA to Kafka only where the brokers require SASL', () => {
    expect(ofKind('local', 'TriggerAuthentication')).toEqual([]);
    const auth = find('oke', 'TriggerAuthentication', 'recurring-task-kafka-lag', 'todo-app') as any;
    expect(auth.spec.secretTargetRef).toEqual([{ parameter: 'password', name: 'recurring-task-kafka', key: 'password' }]);
    expect(auth.spec.configMapTargetRef.map((r: any) => r.parameter)).toEqual(['sasl', 'tls', 'username']);
    expect((find('oke', 'ConfigMap', 'recurring-task-kafka-lag', 'todo-app') as any).data).toEqual({ sasl: 'scram_sha512', tls: 'disable', username: 'recurring-task-kafka' });
  });

  it('wires the database credentials Secret to the backend and never values a secret', () => {
    const backend = find('oke', 'Deployment', 'backend', 'todo-app').spec.template.spec.containers[0];
    expect(backend.env).toEqual(
      expect.arrayContaining([
        { name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'todo-db-app', key: 'uri' } } },
        { name: 'BETTER_AUTH_SECRET', valueFrom: { secretKeyRef: { name: 'app-secrets', key: 'better-auth-secret' } } },
        { name: 'DAPR_PUBSUB_NAME', value: 'backend-pubsub' },
        { name: 'DAPR_STATESTORE_NAME', value: 'statestore' },
      ]),
    );
    const recurring = find('oke', 'Deployment', 'recurring-task', 'todo-app').spec.template.spec.containers[0];
    expect(recurring.env).toContainEqual({ name: 'BACKEND_APP_ID', value: 'backend' });
  });

  it('pins images on oke and refuses latest or dev', () => {
    for (const d of ofKind('oke', 'Deployment')) expect(d.spec.template.spec.containers[0].image).toMatch(/^fra\.ocir\.io\/[^/]+\/todo-chatbot\/[a-z-]+:0\.1\.0$/);
    const problems = configProblems(() => loadEnvironments([{ ...oke, images: { ...oke.images, versions: { ...oke.images.versions, backend: 'latest' } } }]));
    expect(problems).toEqual(['k8s/environments/oke: images.versions.backend: "latest" is not a release — oke images must be pinned to an immutable tag (git SHA) or a digest']);
  });

  it('uses digests when given one', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const [env] = loadEnvironments([{ ...oke, images: { ...oke.images, versions: { ...oke.images.versions, audit: digest } } }]);
    const { imageOf } = jest.requireActual('../../k8s/config/environment');
    expect(imageOf(env, 'audit')).toBe(`fra.ocir.io/your-tenancy-namespace/todo-chatbot/audit@${digest}`);
  });

  it('refuses more consumer replicas than partitions, naming the field', () => {
    const bad = { ...oke, workloads: { ...oke.workloads, notification: { ...oke.workloads.notification!, replicas: { min: 1, max: 2 } } } };
    expect(configProblems(() => loadEnvironments([bad]))).toEqual([
      'k8s/environments/oke: workloads.notification.replicas.max: 2 exceeds the 1 partition(s) of topic "reminders" it consumes — lower it to 1 or give the topic more partitions',
    ]);
  });
});
