import { stringify } from 'yaml';
import type { Handoff } from '../../k8s/contract/handoff';

/** Files of a tiny local chart holding the AppProjects and the root Application of an environment. */
export function rootChartFiles(handoff: Handoff): ReadonlyMap<string, string> {
  return new Map([
    ['Chart.yaml', stringify({ apiVersion: 'v2', name: 'todo-chatbot-root', description: `AppProjects and the root app-of-apps of dist/${handoff.environment}`, version: '0.1.0', type: 'application' })],
    // Plain manifests: nothing in them is a Helm template expression.
    ['templates/root.yaml', handoff.bootstrap.seedManifest],
  ]);
}
