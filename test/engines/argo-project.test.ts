import { addonsOf } from '../../k8s/addons';
import { dapr } from '../../k8s/addons/dapr';
import { keda } from '../../k8s/addons/keda';
import { globMatch, type PlannedObject, type ProjectSpec, refusal, repoPermitted } from '../../k8s/engines/argo-project';
import { ENVIRONMENTS, objectsOf, rendered } from '../helpers';

const IN_CLUSTER = 'https://kubernetes.default.svc';
const groupOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');

/**
 * What each Application of an environment will create, as Argo CD's sync sees it: the objects
 * of its files, or for a chart what its templates write (release namespace, plus the foreign
 * objects and cluster-scoped kinds recorded from upstream).
 */
function plannedObjects(name: 'local' | 'oke') {
  const r = rendered(name);
  const files = new Map(r.files.map((f) => [f.name, f.objects]));
  const apps = (objectsOf(name) as any[]).filter((o) => o.kind === 'Application');
  const projects = new Map((objectsOf(name) as any[]).filter((o) => o.kind === 'AppProject').map((p) => [p.metadata.name, p.spec as ProjectSpec]));
  return apps.map((app) => {
    const addon = addonsOf(r.env).find((a) => a.name === app.metadata.name && app.spec.source.chart);
    let planned: PlannedObject[];
    if (addon) {
      const fp = addon.footprint(r.env);
      planned = [
        { group: 'apps', kind: 'Deployment', namespace: app.spec.destination.namespace, source: `${addon.chart.chart} templates` },
        ...fp.foreignObjects.map((o) => ({ group: o.kind.startsWith('Role') ? 'rbac.authorization.k8s.io' : '', kind: o.kind, namespace: o.namespace, source: o.source })),
        ...fp.clusterKinds.map((k) => ({ group: k.group, kind: k.kind, source: fp.source })),
      ];
    } else {
      const include: string = app.spec.source.directory.include;
      planned = include
        .replace(/^\{|\}$/g, '')
        .split(',')
        .flatMap((f) => [...(files.get(f) ?? [])])
        .map((o) => ({ group: groupOf(o.apiVersion), kind: o.kind, namespace: o.metadata.namespace, source: `dist/${name}` }));
    }
    return { app, project: projects.get(app.spec.project)!, planned };
  });
}

describe('Argo CD project admission model', () => {
  const project: ProjectSpec = {
    sourceRepos: ['https://github.com/org/repo.git'],
    destinations: [{ server: IN_CLUSTER, namespace: 'team-*' }, { server: IN_CLUSTER, namespace: '!team-secret' }],
    clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }],
  };

  it('matches destinations with globs and negation, cluster kinds against the whitelist only', () => {
    expect(refusal(project, 'p', IN_CLUSTER, { group: 'apps', kind: 'Deployment', namespace: 'team-a', source: 't' })).toBeUndefined();
    expect(refusal(project, 'p', IN_CLUSTER, { group: 'apps', kind: 'Deployment', namespace: 'team-secret', source: 't' })).toMatch(/namespace team-secret is not permitted in project 'p'/);
    expect(refusal(project, 'p', IN_CLUSTER, { group: 'rbac.authorization.k8s.io', kind: 'RoleBinding', namespace: 'kube-system', source: 't' })).toMatch(/namespace kube-system/);
    expect(refusal(project, 'p', IN_CLUSTER, { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', source: 't' })).toMatch(/resource rbac.authorization.k8s.io:ClusterRole is not permitted/);
    expect(refusal({ ...project, clusterResourceWhitelist: [] }, 'p', IN_CLUSTER, { group: '', kind: 'Namespace', source: 't' })).toMatch(/not permitted/);
    expect(globMatch('*', 'anything')).toBe(true);
  });

  it('normalises repository URLs as Argo CD does (case, trailing .git)', () => {
    expect(repoPermitted(project, 'https://GitHub.com/org/repo')).toBe(true);
    expect(repoPermitted(project, 'https://github.com/org/other')).toBe(false);
  });
});

describe.each(ENVIRONMENTS)('every object every Application creates is permitted by its project (%s)', (name) => {
  const planned = plannedObjects(name);

  it('permits every object of every Application, charts included', () => {
    const refusals = planned.flatMap(({ app, project, planned: objects }) => objects.map((o) => refusal(project, app.spec.project, IN_CLUSTER, o)).filter(Boolean).map((r) => `${app.metadata.name}: ${r}`));
    expect(refusals).toEqual([]);
  });

  it('permits each Application its own destination and source repository', () => {
    for (const { app, project } of planned) {
      expect([app.metadata.name, refusal(project, app.spec.project, IN_CLUSTER, { group: 'argoproj.io', kind: 'Application', namespace: app.spec.destination.namespace, source: 'destination' })]).toEqual([app.metadata.name, undefined]);
      expect([app.metadata.name, repoPermitted(project, app.spec.source.repoURL)]).toEqual([app.metadata.name, true]);
    }
  });

  it('would refuse the KEDA chart without kube-system, where its auth-reader RoleBinding must live', () => {
    const addons = planned.find((p) => p.app.metadata.name === keda.name)!;
    const narrowed: ProjectSpec = { ...addons.project, destinations: addons.project.destinations!.filter((d) => d.namespace !== 'kube-system') };
    expect(addons.planned.map((o) => refusal(narrowed, 'platform-addons', IN_CLUSTER, o)).filter(Boolean)).toEqual([expect.stringMatching(/namespace kube-system is not permitted/)]);
  });

  it('keeps the Dapr chart out of `default` (its secret-reader Role is switched off)', () => {
    const values = dapr.values(rendered(name).env) as any;
    expect(values.dapr_rbac.secretReader.enabled).toBe(false);
    expect(dapr.footprint(rendered(name).env).foreignObjects).toEqual([]);
  });
});
