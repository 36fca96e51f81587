import { Construct } from 'constructs';
import { Component } from '../../imports/k8s/component-dapr.io';

/**
 * Dapr component categories (https://docs.dapr.io/reference/components-reference/).
 * There is no `scheduler.*` category: the Jobs API is served by the Scheduler control plane.
 */
export const DAPR_COMPONENT_CATEGORIES = [
  'bindings',
  'configuration',
  'conversation',
  'crypto',
  'lock',
  'middleware',
  'nameresolution',
  'pubsub',
  'secretstores',
  'state',
] as const;

/** A reference to a key of a Kubernetes Secret in the component's namespace. */
export interface SecretRef {
  readonly name: string;
  readonly key: string;
}

/** One metadata entry: a literal value, or a secret reference (never a literal secret). */
export type ComponentMetadata = { readonly name: string; readonly value: string } | { readonly name: string; readonly secretKeyRef: SecretRef };

/** Metadata names that hold credentials and therefore must use `secretKeyRef`. */
const SECRET_FIELD = /(password|secret|token|connectionstring|apikey|privatekey|credential)/i;

export interface DaprComponentProps {
  /** Component name, as apps refer to it. */
  readonly name: string;
  readonly namespace: string;
  /** `<category>.<implementation>`, e.g. `pubsub.kafka`. */
  readonly type: string;
  /**
   * Component version.
   * @default 'v1'
   */
  readonly version?: string;
  readonly metadata: readonly ComponentMetadata[];
  /** App-ids allowed to load the component (top-level `scopes`). */
  readonly scopes: readonly string[];
  /**
   * Fail sidecar start-up if the component cannot initialise.
   * @default true (ignoreErrors: false)
   */
  readonly failOnInitError?: boolean;
}

/**
 * A Dapr Component with the project's invariants checked at synth time: a known
 * category, a non-empty scope list (no component is visible to every app), and
 * credentials only by `secretKeyRef`.
 */
export class DaprComponent extends Construct {
  public readonly name: string;
  public readonly type: string;
  public readonly scopes: readonly string[];
  public readonly metadata: readonly ComponentMetadata[];

  constructor(scope: Construct, id: string, props: DaprComponentProps) {
    super(scope, id);
    const category = props.type.split('.')[0] as (typeof DAPR_COMPONENT_CATEGORIES)[number];
    if (!DAPR_COMPONENT_CATEGORIES.includes(category) || !props.type.includes('.')) {
      throw new Error(`Dapr component ${props.name}: type "${props.type}" is not in a Dapr category (${DAPR_COMPONENT_CATEGORIES.join(', ')})`);
    }
    if (props.scopes.length === 0) throw new Error(`Dapr component ${props.name}: scopes must name the app-ids that use it`);
    for (const m of props.metadata) {
      if ('value' in m && SECRET_FIELD.test(m.name) && m.value !== '') {
        throw new Error(`Dapr component ${props.name}: metadata "${m.name}" holds a credential; use secretKeyRef instead of a literal value`);
      }
    }
    this.name = props.name;
    this.type = props.type;
    this.scopes = [...props.scopes].sort();
    this.metadata = props.metadata;
    new Component(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace },
      scopes: [...this.scopes],
      spec: {
        type: props.type,
        version: props.version ?? 'v1',
        ignoreErrors: props.failOnInitError === false,
        metadata: props.metadata.map((m) => ('value' in m ? { name: m.name, value: m.value } : { name: m.name, secretKeyRef: { name: m.secretKeyRef.name, key: m.secretKeyRef.key } })),
      },
    });
  }

}
