import { contains, parseCidr } from '../contract/cidr';

/**
 * Kubernetes NetworkPolicy semantics (networking.k8s.io/v1, as enforced by a conforming engine
 * such as Calico), evaluated over rendered policies alone: "can S open a connection to D on
 * port P?". A connection needs both an egress allowance at the source (when a policy selects
 * it) and an ingress allowance at the destination (likewise). Traffic from a pod's own node
 * (kubelet probes, port-forward) is always allowed (kubernetes.io/docs/concepts/services-networking/network-policies/,
 * "What you can't do": pods cannot block access from their resident node). Connections to a
 * Service are judged at the pod kube-proxy picks (after DNAT), so endpoints here are pods.
 */

type Labels = Readonly<Record<string, string>>;

export interface PodEndpoint {
  readonly kind: 'pod';
  readonly namespace: string;
  readonly labels: Labels;
  /** Its address (inside the pod network), for ipBlock peers. */
  readonly ip: string;
  /** Container ports, for named ports. */
  readonly ports?: ReadonlyArray<{ readonly name?: string; readonly containerPort: number; readonly protocol?: string }>;
  /** What it is, for messages. */
  readonly label: string;
}

export interface AddressEndpoint {
  readonly kind: 'address';
  readonly ip: string;
  readonly label: string;
  /** The node the destination pod runs on (kubelet): always allowed in. */
  readonly residentNode?: boolean;
}

export type Endpoint = PodEndpoint | AddressEndpoint;

interface LabelSelector {
  readonly matchLabels?: Labels;
  readonly matchExpressions?: ReadonlyArray<{ readonly key: string; readonly operator: string; readonly values?: readonly string[] }>;
}

interface Peer {
  readonly podSelector?: LabelSelector;
  readonly namespaceSelector?: LabelSelector;
  readonly ipBlock?: { readonly cidr: string; readonly except?: readonly string[] };
}

interface PortRule {
  readonly port?: number | string;
  readonly endPort?: number;
  readonly protocol?: string;
}

export interface NetworkPolicyObject {
  readonly metadata: { readonly name: string; readonly namespace?: string };
  readonly spec: {
    readonly podSelector: LabelSelector;
    readonly policyTypes?: readonly string[];
    readonly ingress?: ReadonlyArray<{ readonly from?: readonly Peer[]; readonly ports?: readonly PortRule[] }>;
    readonly egress?: ReadonlyArray<{ readonly to?: readonly Peer[]; readonly ports?: readonly PortRule[] }>;
  };
}

/** Label selector semantics (an empty selector selects everything). */
export function selects(selector: LabelSelector | undefined, labels: Labels): boolean {
  if (!selector) return true;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = e.key in labels;
    const value = labels[e.key];
    const inValues = value !== undefined && (e.values ?? []).includes(value);
    if (e.operator === 'In' && !inValues) return false;
    if (e.operator === 'NotIn' && inValues) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

// Least-privilege checks ask millions of questions over a few dozen addresses: parse each once.
const parsed = new Map<string, ReturnType<typeof parseCidr>>();
function cidrOf(text: string): ReturnType<typeof parseCidr> {
  let c = parsed.get(text);
  if (c === undefined) parsed.set(text, (c = parseCidr(text)));
  return c;
}

function inCidr(ip: string, cidr: string): boolean {
  const net = cidrOf(cidr);
  const host = cidrOf(`${ip}/32`);
  return typeof net !== 'string' && typeof host !== 'string' && contains(net, host);
}

export interface Decision {
  readonly allowed: boolean;
  /** Which policy allowed (or why not) at each end. */
  readonly egress: string;
  readonly ingress: string;
}

export class NetworkPolicyEngine {
  constructor(
    private readonly policies: readonly NetworkPolicyObject[],
    /** Labels of every namespace (kubernetes.io/metadata.name is added automatically). */
    private readonly namespaceLabels: ReadonlyMap<string, Labels>,
  ) {}

  private readonly labelsOfNamespace = new Map<string, Labels>();

  private nsLabels(ns: string): Labels {
    let labels = this.labelsOfNamespace.get(ns);
    if (!labels) this.labelsOfNamespace.set(ns, (labels = { ...(this.namespaceLabels.get(ns) ?? {}), 'kubernetes.io/metadata.name': ns }));
    return labels;
  }

  private types(p: NetworkPolicyObject): readonly string[] {
    return p.spec.policyTypes ?? ['Ingress', ...(p.spec.egress ? ['Egress'] : [])];
  }

  /** Policies selecting each pod, per direction; endpoints are immutable, so this is computed once per pod. */
  private readonly selected = new WeakMap<PodEndpoint, Readonly<Record<'Ingress' | 'Egress', NetworkPolicyObject[]>>>();

  private selecting(pod: PodEndpoint, type: 'Ingress' | 'Egress'): NetworkPolicyObject[] {
    let both = this.selected.get(pod);
    if (!both) {
      const of = (t: 'Ingress' | 'Egress') => this.policies.filter((p) => p.metadata.namespace === pod.namespace && this.types(p).includes(t) && selects(p.spec.podSelector, pod.labels));
      both = { Ingress: of('Ingress'), Egress: of('Egress') };
      this.selected.set(pod, both);
    }
    return both[type];
  }

  /** Does `peer` (written in a policy of namespace `policyNs`) match endpoint `e`? */
  private peerMatches(peer: Peer, policyNs: string, e: Endpoint): boolean {
    if (peer.ipBlock) return inCidr(e.ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((x) => inCidr(e.ip, x));
    if (e.kind !== 'pod') return false;
    const nsOk = peer.namespaceSelector ? selects(peer.namespaceSelector, this.nsLabels(e.namespace)) : e.namespace === policyNs;
    return nsOk && selects(peer.podSelector, e.labels);
  }

  private portMatches(rules: readonly PortRule[] | undefined, port: number, protocol: string, dest: Endpoint): boolean {
    if (!rules || rules.length === 0) return true;
    return rules.some((r) => {
      if ((r.protocol ?? 'TCP') !== protocol) return false;
      if (r.port === undefined) return true;
      if (typeof r.port === 'string') {
        if (dest.kind !== 'pod') return false;
        return (dest.ports ?? []).some((p) => p.name === r.port && p.containerPort === port && (p.protocol ?? 'TCP') === protocol);
      }
      return r.endPort ? port >= r.port && port <= r.endPort : port === r.port;
    });
  }

  /** Whether `from` may open a connection to `to` on `port`. */
  decide(from: Endpoint, to: Endpoint, port: number, protocol: 'TCP' | 'UDP' = 'TCP'): Decision {
    let egress = 'no policy selects the source';
    if (from.kind === 'pod') {
      const policies = this.selecting(from, 'Egress');
      if (policies.length > 0) {
        const hit = policies.find((p) => (p.spec.egress ?? []).some((r) => (!r.to || r.to.length === 0 || r.to.some((peer) => this.peerMatches(peer, p.metadata.namespace!, to))) && this.portMatches(r.ports, port, protocol, to)));
        egress = hit ? `allowed by ${from.namespace}/${hit.metadata.name}` : `denied: ${policies.length} egress polic${policies.length === 1 ? 'y selects' : 'ies select'} ${from.label}, none allows it`;
        if (!hit) return { allowed: false, egress, ingress: 'not reached' };
      }
    }
    let ingress = 'no policy selects the destination';
    if (to.kind === 'pod') {
      if (from.kind === 'address' && from.residentNode) return { allowed: true, egress, ingress: 'from the pod’s own node (always allowed)' };
      const policies = this.selecting(to, 'Ingress');
      if (policies.length > 0) {
        const hit = policies.find((p) => (p.spec.ingress ?? []).some((r) => (!r.from || r.from.length === 0 || r.from.some((peer) => this.peerMatches(peer, p.metadata.namespace!, from))) && this.portMatches(r.ports, port, protocol, to)));
        ingress = hit ? `allowed by ${to.namespace}/${hit.metadata.name}` : `denied: ${policies.length} ingress polic${policies.length === 1 ? 'y selects' : 'ies select'} ${to.label}, none allows it`;
        if (!hit) return { allowed: false, egress, ingress };
      }
    }
    return { allowed: true, egress, ingress };
  }
}
