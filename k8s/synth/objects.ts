import type { Chart } from 'cdk8s';

/** A Kubernetes object as written to dist/ (plain JSON). */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

export function objectId(o: KubeObject): string {
  return `${o.apiVersion}/${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
}

const rendered = new WeakMap<Chart, KubeObject[]>();

/**
 * The plain objects of a chart, resolved once: the quotas (sized from what the other
 * charts run) and the writer both read them, and a chart's output never changes after
 * its construction.
 */
export function chartObjects(chart: Chart): readonly KubeObject[] {
  let objects = rendered.get(chart);
  if (!objects) {
    objects = chart.toJson() as KubeObject[];
    rendered.set(chart, objects);
  }
  return objects;
}
