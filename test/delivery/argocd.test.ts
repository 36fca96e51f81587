import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { renderAll } from '../../k8s/synth/synthesize';
import { addonsOf } from '../../k8s/addons';
import { MANIFEST_APPLICATIONS } from '../../k8s/charts/argocd-chart';
import { loadEnvironments } from '../../k8s/environments';
import { ownedNamespaces } from '../../k8s/platform/namespaces';
import { ENVIRONMENTS, environment, find, objectsOf, rendered } from '../helpers';

const apps = (env: 'local' | 'oke') => (objectsOf(env) as any[]).filter((o) => o.kind === 'Application');
const wave = (a: any) => Number(a.metadata.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);

/** Chart versions the platform is pinned to (ERRATA and the delivery issue). */
const EXPECTED_CHARTS: Record<string, string> = {
  dapr: '1.18.3',
  'strimzi-kafka-operator': '1.2.0',
  'cert-manager': 'v1.21.1',
  'gateway-helm': 'v1.9.0',
  keda: '2.20.2',
  'cloudnative-pg': '0.29.0',
  'kube-prometheus-stack': '88.5.3',
  loki: '18.11.0',
  alloy: '1.11.1',
  // Not in the seeds: OKE BASIC clusters have no metrics API, and the backend's HPA needs one.
  'metrics-server': '3.13.1',
  // Backups of PostgreSQL to Object Storage (issue 16): CloudNativePG's Barman Cloud plugin.
  'plugin-barman-cloud': '0.7.0',
};

describe.each(ENVIRONMENTS)('Argo CD (%s)', (env) => {
  it('limits the manifests project to this repository and the owned namespaces', () => {
    const project = find(env, 'AppProject', 'todo-chatbot', 'argocd') as any;
    expect(project.spec.sourceRepos).toEqual([loadEnvironments().find((e) => e.name === env)!.gitops.repoURL]);
    expect(project.spec.destinations.map((d: any) => d.namespace).sort()).toEqual(ownedNamespaces(environment(env)).sort());
    expect(project.spec.clusterResourceWhitelist.map((k: any) => k.kind)).toEqual(['Namespace', 'ClusterIssuer', 'GatewayClass']);
    // The add-ons' project also reaches kube-system, where two pinned charts write (test/engines/argo-project).
    const addons = find(env, 'AppProject', 'platform-addons', 'argocd') as any;
    expect(addons.spec.destinations.map((d: any) => d.namespace).sort()).toEqual([...ownedNamespaces(environment(env)), 'kube-system'].sort());
  });

  it('has a root app-of-apps that syncs this file, automated with prune, self-heal and retry', () => {
    const root = find(env, 'Application', 'root', 'argocd') as any;
    expect(root.spec.source).toMatchObject({ path: `dist/${env}`, directory: { include: 'argocd.yaml' } });
    for (const a of apps(env)) {
      expect(a.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
      expect(a.spec.syncPolicy.retry.limit).toBeGreaterThan(0);
    }
  });

  it('sends every Application only where its project permits, from a repository it permits', () => {
    const projects = Object.fromEntries((objectsOf(env) as any[]).filter((o) => o.kind === 'AppProject').map((p) => [p.metadata.name, p.spec]));
    for (const a of apps(env)) {
      const project = projects[a.spec.project];
      expect([a.metadata.name, project !== undefined]).toEqual([a.metadata.name, true]);
      const allowed = project.destinations.some((d: any) => d.server === a.spec.destination.server && d.namespace === a.spec.destination.namespace);
      expect([a.metadata.name, a.spec.destination.namespace, allowed]).toEqual([a.metadata.name, a.spec.destination.namespace, true]);
      expect(project.sourceRepos).toContain(a.spec.source.repoURL);
    }
  });

  it('installs every add-on from its chart at an exact version', () => {
    const helmApps = apps(env).filter((a) => a.spec.source.chart);
    const e = loadEnvironments().find((x) => x.name === env)!;
    expect(helmApps.map((a) => a.metadata.name).sort()).toEqual(addonsOf(e).filter((a) => a.name !== 'argo-cd').map((a) => a.name).sort());
    for (const a of helmApps) {
      expect(a.spec.source.targetRevision).toMatch(/^v?\d+\.\d+\.\d+$/);
      expect(a.spec.source.targetRevision).toBe(EXPECTED_CHARTS[a.spec.source.chart]);
      expect(a.spec.source.repoURL).not.toMatch(/^oci:\/\//);
    }
  });

  it('syncs every rendered file exactly once, namespaces first, CRD providers before their users, apps last', () => {
    const files = rendered(env).files.map((f) => f.name.replace(/\.yaml$/, '')).filter((f) => f !== 'argocd');
    const carried = MANIFEST_APPLICATIONS.flatMap((m) => m.charts.filter((c) => files.includes(c)));
    expect(carried.sort()).toEqual([...files].sort());
    const w = Object.fromEntries(apps(env).map((a) => [a.metadata.name, wave(a)]));
    expect(w['todo-namespaces']).toBeLessThan(w['envoy-gateway']!);
    expect(w['kube-prometheus-stack']).toBeLessThan(w['cert-manager']!); // cert-manager ships a ServiceMonitor
    for (const addon of ['cert-manager', 'dapr', 'strimzi', 'keda', 'cloudnative-pg']) expect(w[addon]).toBeLessThan(w['todo-platform']!);
    expect(w['todo-platform']).toBeLessThan(w['todo-apps']!);
    // The edge's HTTPRoutes point at the apps' Services: it must not become Healthy before them.
    expect(w['todo-edge']).toBe(Math.max(...Object.values(w).map(Number)));
  });

  it('runs the Dapr scheduler in memory on oke only', () => {
    const values = (find(env, 'Application', 'dapr', 'argocd') as any).spec.source.helm.valuesObject;
    expect(values.dapr_scheduler.cluster.inMemoryStorage).toBe(env === 'oke');
    expect(values.global.actors.enabled).toBe(false);
  });
});

describe('Helm values', () => {
  const dir = path.resolve(__dirname, '..', '..', 'imports', 'schemas', 'helm');
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  it.each([
    ['cert-manager', 'cert-manager.values.schema.json'],
    ['cloudnative-pg', 'cloudnative-pg.values.schema.json'],
    ['loki', 'loki.values.schema.json'],
  ])('%s values validate against the chart’s own values.schema.json', (name, file) => {
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    for (const env of loadEnvironments()) {
      const addon = addonsOf(env).find((a) => a.name === name);
      if (!addon) continue;
      expect([env.name, validate(addon.values(env)) ? [] : validate.errors]).toEqual([env.name, []]);
    }
  });

  it('the validation catches a misspelt cert-manager key (its schema is closed)', () => {
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, 'cert-manager.values.schema.json'), 'utf8')));
    expect(validate({ controller: { resources: {} } })).toBe(false);
  });

  it('writes every add-on’s values next to the manifests for helm install -f', () => {
    const files = renderAll().tree.get('oke')!;
    const oke = loadEnvironments().find((e) => e.name === 'oke')!;
    for (const addon of addonsOf(oke)) expect(parse(files.get(`helm-values/${addon.name}.yaml`)!)).toEqual(addon.values(oke));
  });
});
