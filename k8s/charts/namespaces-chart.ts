import type { Construct } from 'constructs';
import type { NamespaceTotals } from '../budget/demand';
import { NamespaceGuardrails } from '../platform/guardrails';
import { PlatformNamespace } from '../platform/platform-namespace';
import { platformNamespaces } from '../platform/namespaces';
import { ENVOY_GATEWAY_NAMESPACE } from './edge-chart';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';

/**
 * dist/<env>/namespaces.yaml: every namespace the platform owns, with Pod Security labels,
 * its ResourceQuota (sized from what the rest of the environment runs) and LimitRange.
 */
export interface NamespacesChartProps extends EnvironmentChartProps {
  /** What each namespace runs at most; read when the quotas are rendered, after every other chart exists. */
  readonly demand: () => readonly NamespaceTotals[];
}

export class NamespacesChart extends EnvironmentChart {
  /** The namespaces, by name, for other charts to reference. */
  public readonly namespaces: ReadonlyMap<string, PlatformNamespace>;

  constructor(scope: Construct, id: string, props: NamespacesChartProps) {
    super(scope, id, props);
    const specs = platformNamespaces(props.env);
    this.namespaces = new Map(specs.map((spec) => [spec.name, new PlatformNamespace(this, spec.name, { spec })]));
    for (const spec of specs) {
      const loadBalancers = spec.name === ENVOY_GATEWAY_NAMESPACE && this.env.edge.exposure === 'load-balancer' ? 1 : 0;
      new NamespaceGuardrails(this, `${spec.name}-guardrails`, { namespace: spec.name, totals: () => props.demand().find((t) => t.namespace === spec.name), loadBalancers });
    }
  }
}
