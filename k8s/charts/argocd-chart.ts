import type { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { AppProject } from '../../imports/k8s/appproject-argoproj.io';
import { addonsOf } from '../addons';
import { argoCd } from '../addons/argo-cd';
import type { Addon, ClusterKind } from '../addons/types';
import { ARGOCD_NAMESPACE, ArgoApplication, IN_CLUSTER } from '../gitops/argo-application';
import { deployStatusSubscriptions } from '../gitops/deploy-status';
import { APP_NAMESPACE, ownedNamespaces } from '../platform/namespaces';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';

/**
 * The Applications that sync dist/<env>: which chart files each carries and when. Everything
 * whose health depends on something outside the cluster — Let's Encrypt (ClusterIssuers,
 * Certificate), the cloud's load balancer (Gateway), Secrets a person creates (the apps) —
 * sits in the last wave, which Argo CD does not wait on (gitops-engine pkg/sync/sync_context.go
 * l.703-713@v3.5.1), so it can never hold anything else back.
 */
export const MANIFEST_APPLICATIONS = [
  { name: 'todo-namespaces', syncWave: -2, charts: ['namespaces', 'network-policies'] },
  { name: 'todo-platform', syncWave: 3, charts: ['kafka', 'database', 'dapr', 'rbac', 'monitoring'] },
  { name: 'todo-apps', syncWave: 4, charts: ['apps'] },
  { name: 'todo-edge', syncWave: 4, charts: ['edge'] },
] as const;

export const ROOT_APPLICATION = 'root';
export const PROJECTS = { manifests: 'todo-chatbot', addons: 'platform-addons' } as const;

/** Cluster-scoped kinds the manifests of this repository create. */
const MANIFEST_CLUSTER_KINDS: readonly ClusterKind[] = [
  { group: '', kind: 'Namespace' },
  { group: 'cert-manager.io', kind: 'ClusterIssuer' },
  { group: 'gateway.networking.k8s.io', kind: 'GatewayClass' },
];

export interface ArgoCdChartProps extends EnvironmentChartProps {
  /** The environment's other charts; each is one file dist/<env>/<id>.yaml. */
  readonly charts: readonly Chart[];
}

const sortKinds = (kinds: readonly ClusterKind[]) =>
  [...new Map(kinds.map((k) => [`${k.group}/${k.kind}`, { group: k.group, kind: k.kind }])).values()].sort((a, b) => `${a.group}/${a.kind}`.localeCompare(`${b.group}/${b.kind}`));

/** Where the add-on charts write: their namespaces and whatever else their templates name. */
function addonDestinations(addons: readonly Addon[], env: EnvironmentChartProps['env']): string[] {
  return [...new Set([...ownedNamespaces(env), ...addons.map((a) => a.namespace), ...addons.flatMap((a) => a.footprint(env).foreignObjects.map((o) => o.namespace))])].sort();
}

/**
 * dist/<env>/argocd.yaml: two AppProjects (this repository's manifests; the pinned add-on
 * charts, permitted exactly what their templates write), the root app-of-apps (which syncs this
 * very file), one Application per add-on and the Applications of dist/<env>, ordered by sync
 * waves so CRDs and operators come first.
 */
export class ArgoCdChart extends EnvironmentChart {
  public readonly applications: readonly ArgoApplication[];
  public readonly projects: Readonly<Record<keyof typeof PROJECTS, AppProject>>;

  constructor(scope: Construct, id: string, props: ArgoCdChartProps) {
    super(scope, id, { ...props, namespace: ARGOCD_NAMESPACE });
    const env = props.env;
    const repo = { repoURL: env.gitops.repoURL, targetRevision: env.gitops.targetRevision, path: `dist/${env.name}` };
    const addons = addonsOf(env).filter((a) => a !== argoCd);
    const destinations = (namespaces: readonly string[]) => namespaces.map((namespace) => ({ server: IN_CLUSTER, namespace }));

    this.projects = {
      manifests: new AppProject(this, 'manifests-project', {
        metadata: { name: PROJECTS.manifests, namespace: ARGOCD_NAMESPACE },
        spec: {
          description: 'The manifests rendered by this repository (dist/<environment>)',
          sourceRepos: [env.gitops.repoURL],
          destinations: destinations(ownedNamespaces(env)),
          clusterResourceWhitelist: [...MANIFEST_CLUSTER_KINDS],
        },
      }),
      addons: new AppProject(this, 'addons-project', {
        metadata: { name: PROJECTS.addons, namespace: ARGOCD_NAMESPACE },
        spec: {
          description: 'Platform add-ons from pinned Helm charts: permitted the namespaces and cluster-scoped kinds their templates write',
          sourceRepos: [...new Set(addons.map((a) => a.chart.repoURL))].sort(),
          destinations: destinations(addonDestinations(addons, env)),
          clusterResourceWhitelist: sortKinds(addons.flatMap((a) => a.footprint(env).clusterKinds)),
        },
      }),
    };

    const subscriptions = deployStatusSubscriptions(env);
    const root = new ArgoApplication(this, 'root', {
      name: ROOT_APPLICATION,
      project: PROJECTS.manifests,
      source: { kind: 'directory', ...repo, include: [`${id}.yaml`] },
      destinationNamespace: ARGOCD_NAMESPACE,
      annotations: subscriptions,
    });
    const addonApps = addons.map(
      (a) =>
        new ArgoApplication(this, `addon-${a.name}`, {
          name: a.name,
          project: PROJECTS.addons,
          source: { kind: 'helm', repoURL: a.chart.repoURL, chart: a.chart.chart, version: a.chart.version, releaseName: a.name, values: a.values(env) },
          destinationNamespace: a.namespace,
          syncWave: a.syncWave,
          serverSideApply: true,
          ignoreDifferences: a.runtimeFields,
        }),
    );
    const chartIds = props.charts.map((c) => c.node.id);
    const manifestApps = MANIFEST_APPLICATIONS.flatMap((m) => {
      const files = m.charts.filter((c) => chartIds.includes(c));
      if (files.length === 0) return [];
      return [
        new ArgoApplication(this, m.name, {
          name: m.name,
          project: PROJECTS.manifests,
          source: { kind: 'directory', ...repo, include: files.map((c) => `${c}.yaml`) },
          // Every object names its namespace; this only has to be one the project permits.
          destinationNamespace: APP_NAMESPACE,
          syncWave: m.syncWave,
          annotations: subscriptions,
        }),
      ];
    });
    this.applications = [root, ...addonApps, ...manifestApps];
  }
}
