import type { Construct } from 'constructs';
import { APP_CATALOG, APP_NAMES } from '../apps/catalog';
import { APP_NAMESPACE } from '../platform/namespaces';
import { CiDeployer, SecretReader } from '../security/rbac';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';

/**
 * dist/<env>/rbac.yaml: a Role per app that reads Secrets through the Dapr secrets API,
 * limited by resourceNames, and the CI deployer. (Each app's ServiceAccount is created
 * with its Deployment; no ClusterRole is ours.)
 */
export class RbacChart extends EnvironmentChart {
  constructor(scope: Construct, id: string, props: EnvironmentChartProps) {
    super(scope, id, { ...props, namespace: APP_NAMESPACE });
    for (const app of APP_NAMES.filter((a) => APP_CATALOG[a].readsSecrets.length > 0)) {
      new SecretReader(this, `${app}-secrets`, { namespace: APP_NAMESPACE, serviceAccount: app, secrets: APP_CATALOG[app].readsSecrets });
    }
    new CiDeployer(this, 'ci-deployer', { namespace: APP_NAMESPACE });
  }
}
