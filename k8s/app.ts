import { App } from 'cdk8s';
import type { Environment } from './config/environment';
import { NamespacesChart } from './charts/namespaces-chart';

/**
 * Builds the construct tree of one environment. Each chart becomes one file in
 * dist/<environment>/, in the order created here (which is also the apply order).
 */
export function buildEnvironmentApp(env: Environment): App {
  const app = new App();
  new NamespacesChart(app, 'namespaces', { env });
  return app;
}
