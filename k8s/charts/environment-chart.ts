import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config/environment';

/** Label put on every object, so `kubectl get all -l app.kubernetes.io/part-of=todo-chatbot` finds ours. */
export const PART_OF = 'todo-chatbot';

export interface EnvironmentChartProps {
  /** The validated environment being rendered. */
  readonly env: Environment;
  /**
   * Namespace for namespaced objects that do not set one.
   * @default - objects must set their own namespace
   */
  readonly namespace?: string;
}

/**
 * Base of every chart: one chart = one file in dist/<environment>/, named after the
 * chart id. Names are never hashed (they are part of the public interface: Services,
 * Secrets referenced by name, Argo CD diffs) and every object carries the same labels.
 */
export abstract class EnvironmentChart extends Chart {
  public readonly env: Environment;

  protected constructor(scope: Construct, id: string, props: EnvironmentChartProps) {
    super(scope, id, {
      namespace: props.namespace,
      disableResourceNameHashes: true,
      labels: {
        'app.kubernetes.io/part-of': PART_OF,
        'app.kubernetes.io/managed-by': 'cdk8s',
        'todo-chatbot/environment': props.env.name,
      },
    });
    this.env = props.env;
  }
}
