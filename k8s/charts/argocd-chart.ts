import type { Construct } from 'constructs';
import { AppProject } from '../../imports/k8s/appproject-argoproj.io';
import { addonsOf } from '../addons';
import { argoCd } from '../addons/argo-cd';
import { ARGOCD_NAMESPACE, ArgoApplication, IN_CLUSTER } from '../gitops/argo-application';
import { APP_NAMESPACE, PLATFORM_NAMESPACES } from '../platform/namespaces';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';

/** The Applications that sync dist/<env>: which chart files each carries and when. */
export const MANIFEST_APPLICATIONS = [
  { name: 'todo-namespaces', syncWave: -2, charts: ['namespaces', 'network-policies'] },
  { name: 'todo-platform', syncWave: 3, charts: ['kafka', 'database', 'dapr', 'rbac', 'edge', 'monitoring'] },
  { name: 'todo-apps', syncWave: 4, charts: ['apps'] },
] as const;

export const ROOT_APPLICATION = 'root';
export const PROJECTS = { manifests: 'todo-chatbot', addons: 'platform-addons' } as const;

export interface ArgoCdChartProps extends EnvironmentChartProps {
  /** Ids of the environment's other charts (their files are dist/<env>/<id>.yaml). */
  readonly charts: readonly string[];
}

const OWNED = PLATFORM_NAMESPACES.map((n) => ({ server: IN_CLUSTER, namespace: n.name }));
const kinds = (...list: Array<[string, string]>) => list.map(([group, kind]) => ({ group, kind }));

/**
 * dist/<env>/argocd.yaml: two AppProjects (this repository's manifests; the pinned add-on
 * charts), the root app-of-apps (which syncs this very file), one Application per add-on
 * and the Applications of dist/<env>, ordered by sync waves so CRDs and operators come first.
 */
export class ArgoCdChart extends EnvironmentChart {
  public readonly applications: readonly ArgoApplication[];

  constructor(scope: Construct, id: string, props: ArgoCdChartProps) {
    super(scope, id, { ...props, namespace: ARGOCD_NAMESPACE });
    const env = props.env;
    const repo = { repoURL: env.gitops.repoURL, targetRevision: env.gitops.targetRevision, path: `dist/${env.name}` };
    const addons = addonsOf(env).filter((a) => a !== argoCd);

    new AppProject(this, 'manifests-project', {
      metadata: { name: PROJECTS.manifests, namespace: ARGOCD_NAMESPACE },
      spec: {
        description: 'The manifests rendered by this repository (dist/<environment>)',
        sourceRepos: [env.gitops.repoURL],
        destinations: OWNED,
        clusterResourceWhitelist: kinds(['', 'Namespace'], ['cert-manager.io', 'ClusterIssuer'], ['gateway.networking.k8s.io', 'GatewayClass']),
      },
    });
    new AppProject(this, 'addons-project', {
      metadata: { name: PROJECTS.addons, namespace: ARGOCD_NAMESPACE },
      spec: {
        description: 'Platform add-ons from pinned Helm charts',
        sourceRepos: [...new Set(addons.map((a) => a.chart.repoURL))].sort(),
        destinations: OWNED,
        // What the add-on charts install cluster-wide: their CRDs, RBAC and webhooks.
        clusterResourceWhitelist: kinds(
          ['apiextensions.k8s.io', 'CustomResourceDefinition'],
          ['rbac.authorization.k8s.io', 'ClusterRole'],
          ['rbac.authorization.k8s.io', 'ClusterRoleBinding'],
          ['admissionregistration.k8s.io', 'MutatingWebhookConfiguration'],
          ['admissionregistration.k8s.io', 'ValidatingWebhookConfiguration'],
          ['admissionregistration.k8s.io', 'ValidatingAdmissionPolicy'],
          ['admissionregistration.k8s.io', 'ValidatingAdmissionPolicyBinding'],
          ['apiregistration.k8s.io', 'APIService'],
        ),
      },
    });

    const root = new ArgoApplication(this, 'root', {
      name: ROOT_APPLICATION,
      project: PROJECTS.manifests,
      source: { kind: 'directory', ...repo, include: [`${id}.yaml`] },
      destinationNamespace: ARGOCD_NAMESPACE,
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
        }),
    );
    const manifestApps = MANIFEST_APPLICATIONS.flatMap((m) => {
      const files = m.charts.filter((c) => props.charts.includes(c));
      if (files.length === 0) return [];
      return [
        new ArgoApplication(this, m.name, {
          name: m.name,
          project: PROJECTS.manifests,
          source: { kind: 'directory', ...repo, include: files.map((c) => `${c}.yaml`) },
          // Every object names its namespace; this only has to be one the project permits.
          destinationNamespace: APP_NAMESPACE,
          syncWave: m.syncWave,
        }),
      ];
    });
    this.applications = [root, ...addonApps, ...manifestApps];
  }
}
