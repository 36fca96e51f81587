import type { OciConfig } from '../config/oci-config';

/**
 * The OKE network rules for a flannel cluster, as data. The network stack turns each rule
 * into an NSG security rule (or a security-list rule for the load balancer subnet),
 * docs/network-rules.md is generated from the same list, and tests check it rule by rule.
 * Source: the rules OKE documents for flannel clusters, as implemented by
 * oracle-terraform-modules/terraform-oci-oke, restricted to what this cluster needs.
 */

/** Where a rule applies: an NSG, or the load balancer subnet's security list. */
export type RuleGroup = 'endpoint' | 'workers' | 'loadBalancer';

export type Peer =
  | { readonly kind: 'group'; readonly group: RuleGroup }
  | { readonly kind: 'cidr'; readonly cidr: string; readonly label: string }
  /** "All <region> Services in Oracle Services Network" (service gateway). */
  | { readonly kind: 'osn' };

export type Protocol = 'tcp' | 'udp' | 'icmp' | 'all';

export interface NetworkRule {
  readonly group: RuleGroup;
  readonly direction: 'ingress' | 'egress';
  readonly protocol: Protocol;
  readonly peer: Peer;
  /** Destination port range (TCP/UDP). */
  readonly ports?: readonly [number, number];
  /** ICMP type and code. */
  readonly icmp?: { readonly type: number; readonly code: number };
  readonly description: string;
}

export const NODE_PORTS: readonly [number, number] = [30000, 32767];
export const KUBE_PROXY_HEALTH = 10256;
export const LISTENER_PORTS = [80, 443] as const;

const group = (g: RuleGroup): Peer => ({ kind: 'group', group: g });
const PATH_MTU = { type: 3, code: 4 } as const;

/** Every rule, in a stable order. */
export function networkRules(config: OciConfig): NetworkRule[] {
  const lbSubnet: Peer = { kind: 'cidr', cidr: config.network.loadBalancerSubnetCidr, label: 'load balancer subnet' };
  const workerSubnet: Peer = { kind: 'cidr', cidr: config.network.workerSubnetCidr, label: 'worker subnet' };
  const rules: NetworkRule[] = [
    // Kubernetes API endpoint
    ...config.cluster.apiEndpoint.allowedCidrs.map(
      (cidr): NetworkRule => ({ group: 'endpoint', direction: 'ingress', protocol: 'tcp', ports: [6443, 6443], peer: { kind: 'cidr', cidr, label: 'allowed API client' }, description: 'Kubernetes API from an allowed client range' }),
    ),
    { group: 'endpoint', direction: 'ingress', protocol: 'tcp', ports: [6443, 6443], peer: group('workers'), description: 'Kubernetes API from worker nodes' },
    { group: 'endpoint', direction: 'ingress', protocol: 'tcp', ports: [12250, 12250], peer: group('workers'), description: 'OKE control plane (proxymux) from worker nodes' },
    { group: 'endpoint', direction: 'ingress', protocol: 'icmp', icmp: PATH_MTU, peer: group('workers'), description: 'Path MTU discovery from worker nodes' },
    { group: 'endpoint', direction: 'egress', protocol: 'tcp', ports: [10250, 10250], peer: group('workers'), description: 'Control plane to kubelet on worker nodes' },
    { group: 'endpoint', direction: 'egress', protocol: 'icmp', icmp: PATH_MTU, peer: group('workers'), description: 'Path MTU discovery to worker nodes' },
    { group: 'endpoint', direction: 'egress', protocol: 'tcp', peer: { kind: 'osn' }, description: 'Control plane to Oracle Services Network' },
    // Worker nodes
    { group: 'workers', direction: 'ingress', protocol: 'tcp', ports: [10250, 10250], peer: group('endpoint'), description: 'Kubelet from the control plane' },
    { group: 'workers', direction: 'ingress', protocol: 'icmp', icmp: PATH_MTU, peer: group('endpoint'), description: 'Path MTU discovery from the control plane' },
    { group: 'workers', direction: 'ingress', protocol: 'all', peer: group('workers'), description: 'Node-to-node and pod-to-pod traffic (flannel VXLAN)' },
    { group: 'workers', direction: 'ingress', protocol: 'tcp', ports: NODE_PORTS, peer: lbSubnet, description: 'Load balancer to NodePorts (TCP)' },
    { group: 'workers', direction: 'ingress', protocol: 'udp', ports: NODE_PORTS, peer: lbSubnet, description: 'Load balancer to NodePorts (UDP)' },
    { group: 'workers', direction: 'ingress', protocol: 'tcp', ports: [KUBE_PROXY_HEALTH, KUBE_PROXY_HEALTH], peer: lbSubnet, description: 'Load balancer health checks to kube-proxy' },
    { group: 'workers', direction: 'egress', protocol: 'all', peer: group('workers'), description: 'Node-to-node and pod-to-pod traffic (flannel VXLAN)' },
    { group: 'workers', direction: 'egress', protocol: 'tcp', ports: [6443, 6443], peer: group('endpoint'), description: 'Kubernetes API' },
    { group: 'workers', direction: 'egress', protocol: 'tcp', ports: [12250, 12250], peer: group('endpoint'), description: 'OKE control plane (proxymux)' },
    { group: 'workers', direction: 'egress', protocol: 'icmp', icmp: PATH_MTU, peer: group('endpoint'), description: 'Path MTU discovery to the control plane' },
    { group: 'workers', direction: 'egress', protocol: 'tcp', peer: { kind: 'osn' }, description: 'Oracle Services Network (OCIR, Object Storage, OKE)' },
    // Load balancer subnet (security list: the OCI cloud controller creates the load balancer itself)
    ...config.network.loadBalancerAllowedCidrs.flatMap((cidr) =>
      LISTENER_PORTS.map((port): NetworkRule => ({ group: 'loadBalancer', direction: 'ingress', protocol: 'tcp', ports: [port, port], peer: { kind: 'cidr', cidr, label: 'clients' }, description: `Public listener, port ${port}` })),
    ),
    { group: 'loadBalancer', direction: 'egress', protocol: 'tcp', ports: NODE_PORTS, peer: workerSubnet, description: 'To NodePorts on worker nodes (TCP)' },
    { group: 'loadBalancer', direction: 'egress', protocol: 'udp', ports: NODE_PORTS, peer: workerSubnet, description: 'To NodePorts on worker nodes (UDP)' },
    { group: 'loadBalancer', direction: 'egress', protocol: 'tcp', ports: [KUBE_PROXY_HEALTH, KUBE_PROXY_HEALTH], peer: workerSubnet, description: 'Health checks to kube-proxy' },
  ];
  if (config.network.workerInternetEgress) {
    rules.push({ group: 'workers', direction: 'egress', protocol: 'all', peer: { kind: 'cidr', cidr: '0.0.0.0/0', label: 'internet (through NAT)' }, description: 'Image pulls and external APIs through the NAT gateway' });
  }
  return rules;
}

/** OCI protocol numbers. */
export const PROTOCOL_NUMBER: Readonly<Record<Protocol, string>> = { tcp: '6', udp: '17', icmp: '1', all: 'all' };

export function describePeer(peer: Peer): string {
  switch (peer.kind) {
    case 'group':
      return peer.group === 'loadBalancer' ? 'load balancer subnet' : `${peer.group} NSG`;
    case 'cidr':
      return `${peer.cidr} (${peer.label})`;
    case 'osn':
      return 'All Services in Oracle Services Network';
  }
}

export function describePorts(rule: NetworkRule): string {
  if (rule.icmp) return `type ${rule.icmp.type} code ${rule.icmp.code}`;
  if (!rule.ports) return 'all';
  return rule.ports[0] === rule.ports[1] ? String(rule.ports[0]) : `${rule.ports[0]}–${rule.ports[1]}`;
}

/** docs/network-rules.md, generated from the same data the stack applies. */
export function networkRulesMarkdown(config: OciConfig): string {
  const lines = [
    '# OCI network rules',
    '',
    '<!-- Generated by `npm run synth` from infra-oci/network/rules.ts (default configuration). Do not edit. -->',
    '',
    'Flannel-CNI OKE cluster on three regional subnets. The API endpoint and the workers are protected by',
    'network security groups (NSGs); the load balancer subnet, whose load balancer the OCI cloud controller',
    'creates, by its own security list. Every subnet has only these rules: the VCN default security list is',
    'emptied, so nothing (such as its SSH-from-anywhere default) applies implicitly.',
    '',
    '| subnet | CIDR | route table | public IPs |',
    '|---|---|---|---|',
    `| API endpoint | ${config.network.endpointSubnetCidr} | ${config.cluster.apiEndpoint.public ? 'public (0.0.0.0/0 → internet gateway)' : 'private'} | ${config.cluster.apiEndpoint.public ? 'allowed' : 'prohibited'} |`,
    `| workers | ${config.network.workerSubnetCidr} | private (0.0.0.0/0 → NAT gateway, OSN → service gateway) | prohibited |`,
    `| load balancer | ${config.network.loadBalancerSubnetCidr} | public (0.0.0.0/0 → internet gateway) | allowed |`,
    '',
    `Pods use ${config.network.podsCidr} (flannel overlay), Services ${config.network.servicesCidr}.`,
    '',
    '| # | applies to | direction | protocol | ports / ICMP | peer | why |',
    '|---|---|---|---|---|---|---|',
    ...networkRules(config).map(
      (r, i) =>
        `| ${i + 1} | ${r.group === 'loadBalancer' ? 'load balancer subnet (security list)' : `${r.group} NSG`} | ${r.direction} | ${r.protocol} | ${describePorts(r)} | ${describePeer(r.peer)} | ${r.description} |`,
    ),
    '',
    'Nothing else accepts traffic from 0.0.0.0/0: the only internet-facing ingress is the load balancer',
    `listeners (${LISTENER_PORTS.join(', ')}); the API endpoint accepts 6443 from \`cluster.apiEndpoint.allowedCidrs\` only.`,
    '',
  ];
  return lines.join('\n');
}
