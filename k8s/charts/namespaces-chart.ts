import type { Construct } from 'constructs';
import { PlatformNamespace } from '../platform/platform-namespace';
import { PLATFORM_NAMESPACES } from '../platform/namespaces';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';

/** dist/<env>/namespaces.yaml: every namespace the platform owns, with Pod Security labels. */
export class NamespacesChart extends EnvironmentChart {
  /** The namespaces, by name, for other charts to reference. */
  public readonly namespaces: ReadonlyMap<string, PlatformNamespace>;

  constructor(scope: Construct, id: string, props: EnvironmentChartProps) {
    super(scope, id, props);
    this.namespaces = new Map(PLATFORM_NAMESPACES.map((spec) => [spec.name, new PlatformNamespace(this, spec.name, { spec })]));
  }
}
