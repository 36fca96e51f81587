import { stringify } from 'yaml';
import { argoCd } from '../../k8s/addons/argo-cd';
import { ROOT_APPLICATION } from '../../k8s/charts/argocd-chart';
import type { Environment } from '../../k8s/config/environment';
import { loadEnvironments } from '../../k8s/environments';
import { renderEnvironment } from '../../k8s/synth/render';

/** What the bootstrap stack installs into a new cluster, taken from the rendered environment. */
export interface BootstrapContent {
  readonly env: Environment;
  /** Helm values of Argo CD (the same the budget counts). */
  readonly argoCdValues: Record<string, unknown>;
  /** Files of a tiny local chart holding the AppProjects and the root Application. */
  readonly rootChartFiles: ReadonlyMap<string, string>;
}

export function bootstrapContent(environment: string): BootstrapContent {
  const env = loadEnvironments().find((e) => e.name === environment);
  if (!env) throw new Error(`bootstrap: no environment "${environment}"`);
  const objects = renderEnvironment(env).files.find((f) => f.name === 'argocd.yaml')!.objects;
  const seed = objects.filter((o) => o.kind === 'AppProject' || (o.kind === 'Application' && o.metadata.name === ROOT_APPLICATION));
  const manifest = seed.map((o) => `---\n${stringify(o, { lineWidth: 0 })}`).join('');
  return {
    env,
    argoCdValues: argoCd.values(env),
    rootChartFiles: new Map([
      ['Chart.yaml', stringify({ apiVersion: 'v2', name: 'todo-chatbot-root', description: 'AppProjects and the root app-of-apps of dist/' + env.name, version: '0.1.0', type: 'application' })],
      // Plain manifests: nothing in them is a Helm template expression.
      ['templates/root.yaml', manifest],
    ]),
  };
}
