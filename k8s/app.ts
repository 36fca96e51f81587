import { App } from 'cdk8s';
import type { Environment } from './config/environment';
import { AppsChart } from './charts/apps-chart';
import { ArgoCdChart } from './charts/argocd-chart';
import { DaprChart } from './charts/dapr-chart';
import { DatabaseChart } from './charts/database-chart';
import { EdgeChart } from './charts/edge-chart';
import { KafkaChart } from './charts/kafka-chart';
import { MonitoringChart } from './charts/monitoring-chart';
import { NamespacesChart } from './charts/namespaces-chart';
import { NetworkPoliciesChart } from './charts/network-policies-chart';
import { RbacChart } from './charts/rbac-chart';
import { environmentDemands, type NamespaceTotals, totalsByNamespace, volumeClaims } from './budget/demand';
import { chartObjects } from './synth/objects';
import { topologyProblems } from './events/topology';

/**
 * Builds the construct tree of one environment. Each chart becomes one file in
 * dist/<environment>/, in the order created here (which is also the apply order).
 */
export function buildEnvironmentApp(env: Environment): App {
  const problems = topologyProblems();
  if (problems.length > 0) throw new Error(`k8s/events/topology.ts:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const app = new App();
  let totals: readonly NamespaceTotals[] | undefined;
  // Sized from every other chart's objects, which exist by the time the quotas are rendered.
  const demand = () => {
    if (!totals) {
      const objects = app.charts.filter((c) => c !== namespaces).flatMap((c) => [...chartObjects(c)]);
      totals = totalsByNamespace(environmentDemands(env, objects), volumeClaims(env, objects), env.capacity.nodes);
    }
    return totals;
  };
  const namespaces = new NamespacesChart(app, 'namespaces', { env, demand });
  new NetworkPoliciesChart(app, 'network-policies', { env });
  if (env.kafka.backend === 'strimzi') new KafkaChart(app, 'kafka', { env, kafka: env.kafka });
  if (env.database.provider === 'cloudnative-pg') new DatabaseChart(app, 'database', { env, database: env.database });
  new DaprChart(app, 'dapr', { env });
  new RbacChart(app, 'rbac', { env });
  new AppsChart(app, 'apps', { env });
  new EdgeChart(app, 'edge', { env });
  new MonitoringChart(app, 'monitoring', { env });
  new ArgoCdChart(app, 'argocd', { env, charts: [...app.charts] });
  return app;
}
