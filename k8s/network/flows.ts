import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';

/** Pods of one namespace (all of them when no labels are given). */
export interface PodsEndpoint {
  readonly namespace: string;
  /** matchLabels */
  readonly labels?: Readonly<Record<string, string>>;
  /** `app.kubernetes.io/name` in this list. */
  readonly names?: readonly string[];
}

/** Addresses outside the pod network. */
export interface CidrEndpoint {
  readonly cidrs: readonly string[];
  readonly except?: readonly string[];
  /** What these addresses are, for names and docs. */
  readonly label: string;
}

export type Endpoint = PodsEndpoint | CidrEndpoint;

export interface Port {
  readonly port: number;
  /** @default 'TCP' */
  readonly protocol?: 'TCP' | 'UDP';
  /** Last port of a range. */
  readonly endPort?: number;
}

/** One permitted connection, opened from `from` to `to`. */
export interface Flow {
  /** Unique, DNS-safe; becomes the policy names `<name>-egress` / `<name>-ingress`. */
  readonly name: string;
  readonly from: Endpoint;
  readonly to: Endpoint;
  /** Empty = every port. */
  readonly ports: readonly Port[];
  readonly why: string;
}

export const isPods = (e: Endpoint): e is PodsEndpoint => 'namespace' in e;

/** RFC 1918 ranges, excluded from "the internet" so an internet rule is not a way into the VPC. */
export const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] as const;

function selector(e: PodsEndpoint): { matchLabels?: Record<string, string>; matchExpressions?: Array<{ key: string; operator: string; values: string[] }> } {
  return {
    ...(e.labels ? { matchLabels: { ...e.labels } } : {}),
    ...(e.names ? { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: [...e.names].sort() }] } : {}),
  };
}

/** NetworkPolicy peer for pods (also Strimzi's listener networkPolicyPeers). */
export function podsPeer(e: PodsEndpoint) {
  return { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': e.namespace } }, podSelector: selector(e) };
}

function peer(e: Endpoint) {
  if (isPods(e)) return podsPeer(e);
  return e.cidrs.map((cidr) => ({ ipBlock: { cidr, ...(e.except && cidr === '0.0.0.0/0' ? { except: [...e.except] } : {}) } }));
}

function ports(ps: readonly Port[]) {
  return ps.length === 0 ? undefined : ps.map((p) => ({ port: k8s.IntOrString.fromNumber(p.port), protocol: p.protocol ?? 'TCP', ...(p.endPort ? { endPort: p.endPort } : {}) }));
}

/**
 * The NetworkPolicies of a flow: egress at the source and ingress at the destination,
 * each only in namespaces we own (other namespaces, e.g. kube-system, are not restricted here).
 */
export class FlowPolicies extends Construct {
  public readonly flow: Flow;

  constructor(scope: Construct, id: string, flow: Flow, owned: ReadonlySet<string>) {
    super(scope, id);
    this.flow = flow;
    const annotations = { 'todo-chatbot/why': flow.why };
    const to = peer(flow.to);
    const from = peer(flow.from);
    if (isPods(flow.from) && owned.has(flow.from.namespace)) {
      new k8s.KubeNetworkPolicy(this, 'Egress', {
        metadata: { name: `${flow.name}-egress`, namespace: flow.from.namespace, annotations },
        spec: { podSelector: selector(flow.from), policyTypes: ['Egress'], egress: [{ to: Array.isArray(to) ? to : [to], ports: ports(flow.ports) }] },
      });
    }
    if (isPods(flow.to) && owned.has(flow.to.namespace)) {
      new k8s.KubeNetworkPolicy(this, 'Ingress', {
        metadata: { name: `${flow.name}-ingress`, namespace: flow.to.namespace, annotations },
        spec: { podSelector: selector(flow.to), policyTypes: ['Ingress'], ingress: [{ from: Array.isArray(from) ? from : [from], ports: ports(flow.ports) }] },
      });
    }
  }
}

/** Denies all ingress and egress of every pod in the namespace; flows then open what is needed. */
export class DefaultDeny extends Construct {
  constructor(scope: Construct, id: string, namespace: string) {
    super(scope, id);
    new k8s.KubeNetworkPolicy(this, 'Resource', {
      metadata: { name: 'default-deny', namespace, annotations: { 'todo-chatbot/why': 'nothing is allowed unless a flow says so' } },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });
  }
}
