import { deletedWithApplication, prunedWhenRemoved } from '../../k8s/engines/argo-cascade';
import { syncOrderProblems, type WaveApplication, waveApplications } from '../../k8s/engines/sync-waves';
import type { KubeObject } from '../../k8s/synth/objects';
import { ENVIRONMENTS, environment, objectsOf, rendered } from '../helpers';

type Env = (typeof ENVIRONMENTS)[number];
const WAVE = 'argocd.argoproj.io/sync-wave';

const filesOf = (env: Env, objects?: readonly KubeObject[]) => {
  const files = new Map(rendered(env).files.map((f) => [f.name, [...f.objects]]));
  if (objects) files.set('argocd.yaml', [...objects]);
  return files;
};
const argocdObjects = (env: Env) => rendered(env).files.find((f) => f.name === 'argocd.yaml')!.objects;
/** The Applications with one of them moved to another wave, as a change to argocd-chart would. */
const withWave = (env: Env, app: string, wave: number) =>
  argocdObjects(env).map((o: any) => (o.kind === 'Application' && o.metadata.name === app ? { ...o, metadata: { ...o.metadata, annotations: { ...o.metadata.annotations, [WAVE]: String(wave) } } } : o));
const waveOf = (env: Env, app: string) => waveApplications(environment(env), filesOf(env)).find((a) => a.name === app)!.wave;

describe('sync-wave model', () => {
  const app = (name: string, wave: number, extra: Partial<WaveApplication> = {}): WaveApplication => ({ name, wave, uses: [], provides: [], externalWaits: [], ...extra });

  it('flags a custom resource used before a wave installs its CRD, and a wait on the outside world before the last wave', () => {
    expect(syncOrderProblems([app('crds', 0, { provides: ['x.io/Thing'] }), app('user', 1, { uses: ['x.io/Thing'] })])).toEqual([]);
    expect(syncOrderProblems([app('crds', 1, { provides: ['x.io/Thing'] }), app('user', 1, { uses: ['x.io/Thing'] })])).toEqual(['user (wave 1) uses x.io/Thing, which no earlier wave installs']);
    const waits = [{ object: 'Certificate a/tls', waitsFor: 'ACME' }];
    expect(syncOrderProblems([app('edge', 1, { externalWaits: waits }), app('apps', 2)])).toEqual(['edge (wave 1, not the last) would wait forever on Certificate a/tls: it waits for ACME']);
    expect(syncOrderProblems([app('edge', 2, { externalWaits: waits }), app('apps', 2)])).toEqual([]);
  });
});

describe.each(ENVIRONMENTS)('first sync of the root application (%s)', (env) => {
  const apps = waveApplications(environment(env), filesOf(env));

  it('installs every CRD before its first use and waits on nothing outside the cluster before the last wave', () => {
    expect(apps.length).toBeGreaterThan(10);
    expect(syncOrderProblems(apps)).toEqual([]);
  });

  it('sees pods that wait for a Secret a person creates, including the pull secret their ServiceAccount adds', () => {
    const waits = apps.flatMap((a) => a.externalWaits.map((w) => `${a.name}: ${w.object}: ${w.waitsFor}`));
    expect(waits.some((w) => /^todo-apps: Deployment todo-app\/backend: Secrets? .*app-secrets/.test(w))).toBe(true);
    if (environment(env).images.pullSecret) expect(waits.filter((w) => w.includes(environment(env).images.pullSecret!)).length).toBeGreaterThanOrEqual(6);
  });

  it('would stall if the apps synced before the CRD providers (a wave out of order)', () => {
    const early = waveApplications(environment(env), filesOf(env, withWave(env, 'todo-apps', -5)));
    expect(syncOrderProblems(early).some((p) => p.startsWith('todo-apps (wave -5) uses keda.sh/ScaledObject'))).toBe(true);
  });
});

describe('defect: TLS gating the workloads (oke)', () => {
  it('keeps the Certificate and the Gateway out of every wave the apps wait behind', () => {
    const edge = waveApplications(environment('oke'), filesOf('oke')).find((a) => a.name === 'todo-edge')!;
    expect(edge.externalWaits.map((w) => w.object)).toEqual(expect.arrayContaining(['Certificate todo-app/todo-chatbot-tls', 'Gateway todo-app/todo-chatbot']));
    expect(edge.wave).toBeGreaterThanOrEqual(waveOf('oke', 'todo-apps'));
  });

  it('fails when the edge syncs in the platform wave, as it did', () => {
    const moved = waveApplications(environment('oke'), filesOf('oke', withWave('oke', 'todo-edge', waveOf('oke', 'todo-platform'))));
    expect(syncOrderProblems(moved)).toEqual(expect.arrayContaining([expect.stringMatching(/^todo-edge \(wave \d+, not the last\) would wait forever on Certificate todo-app\/todo-chatbot-tls/)]));
  });
});

describe.each(ENVIRONMENTS)('cascade delete and pruning (%s)', (env) => {
  const objects = objectsOf(env) as any[];
  const apps = objects.filter((o) => o.kind === 'Application');
  const files = filesOf(env);
  const managedBy = (app: any): any[] => {
    if (!app.spec.source.directory) return [];
    const include: string = app.spec.source.directory.include;
    return include.replace(/^\{|\}$/g, '').split(',').flatMap((f) => files.get(f) ?? []);
  };
  /** Objects whose loss loses data or everything inside them. */
  const precious = (o: any) =>
    o.kind === 'Namespace' ||
    o.kind === 'PersistentVolumeClaim' ||
    (o.apiVersion.startsWith('postgresql.cnpg.io/') && o.kind === 'Cluster') ||
    (o.apiVersion.startsWith('kafka.strimzi.io/') && ['Kafka', 'KafkaNodePool', 'KafkaTopic'].includes(o.kind));

  it('deletes no namespace and no data when any Application is deleted, and prunes none when it leaves Git', () => {
    const kept = apps.flatMap((a) => managedBy(a).filter(precious).map((o) => ({ a, o })));
    expect(kept.length).toBeGreaterThan(10);
    const lost = kept.filter(({ a, o }) => deletedWithApplication(a, o) || prunedWhenRemoved(a, o)).map(({ a, o }) => `${a.metadata.name}: ${o.kind} ${o.metadata.name}`);
    expect(lost).toEqual([]);
  });

  it('still deletes what it deployed otherwise (the finalizer is there)', () => {
    const platform = apps.find((a) => a.metadata.name === 'todo-apps');
    const deployment = managedBy(platform).find((o) => o.kind === 'Deployment');
    expect(deletedWithApplication(platform, deployment)).toBe(true);
    expect(prunedWhenRemoved(platform, deployment)).toBe(true);
  });

  it('models Argo CD: objects without Delete=false go with the Application, CRDs and helm keep stay', () => {
    const app = { metadata: { finalizers: ['resources-finalizer.argocd.argoproj.io'] }, spec: { syncPolicy: { automated: { prune: true } } } };
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'data' } };
    expect(deletedWithApplication(app, ns)).toBe(true);
    expect(deletedWithApplication(app, { ...ns, metadata: { name: 'data', annotations: { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' } } })).toBe(false);
    expect(deletedWithApplication(app, { ...ns, metadata: { name: 'data', annotations: { 'helm.sh/resource-policy': 'keep' } } })).toBe(false);
    expect(deletedWithApplication(app, { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'x' } })).toBe(false);
    expect(deletedWithApplication({ metadata: {}, spec: {} }, ns)).toBe(false);
  });
});
