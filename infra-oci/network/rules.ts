import type { OciConfig } from '../config/oci-config';

/**
 * The OKE network rules for a flannel cluster, as data. The network stack turns each rule
 * into an NSG security rule (or a security-list rule for the load balancer subnet),
 * docs/network-rules.md is generated from the same list, and tests check it rule by rule.
 * Source: the rules OKE documents for flannel clusters, as implemented by
 * oracle-terraform-modules/terraform-oci-oke, restricted to what this cluster needs.
 */

/** Where a rule applies: an NSG, or the load balancer subnet's security list. */
export type RuleGroup = 'endpoint' | 'workers' | 'loadBalancer' | 'bastion';

/** Groups rendered as subnet security lists (the rest are NSGs). */
export const SECURITY_LIST_GROUPS: readonly RuleGroup[] = ['loadBalancer', 'bastion'];

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
  /** Where upstream states the rule (file@tag:lines). */
  readonly source: string;
}

export const NODE_PORTS: readonly [number, number] = [30000, 32767];
export const KUBE_PROXY_HEALTH = 10256;
export const LISTENER_PORTS = [80, 443] as const;

const group = (g: RuleGroup): Peer => ({ kind: 'group', group: g });
const PATH_MTU = { type: 3, code: 4 } as const;

const ANYWHERE: Peer = { kind: 'cidr', cidr: '0.0.0.0/0', label: 'anywhere' };
/** Where each rule is stated: terraform-oci-oke modules/network@v5.4.3 (research oci-terraform.md N5-N24). */
const M = 'terraform-oci-oke modules/network';

/**
 * Every rule, in a stable order. Each one is in the reference module (file named in `source`),
 * which implements OKE's documented flannel rules; ICMP is always type 3 code 4 there
 * (rules.tf:142-148). The LB subnet uses a security list (the CCM creates the LB; its
 * "All" mode adds the same NodePort rules from the LB subnet CIDR, load_balancer_security_lists.go
 * @v1.35.0), with the rules the module puts on its public LB NSG.
 */
export function networkRules(config: OciConfig): NetworkRule[] {
  const lbSubnet: Peer = { kind: 'cidr', cidr: config.network.loadBalancerSubnetCidr, label: 'load balancer subnet' };
  const workerSubnet: Peer = { kind: 'cidr', cidr: config.network.workerSubnetCidr, label: 'worker subnet' };
  const cp = 'nsg-controlplane.tf';
  const wk = 'nsg-workers.tf';
  const lb = 'nsg-loadbalancers-pub.tf';
  const rules: NetworkRule[] = [
    // Kubernetes API endpoint (control plane)
    ...config.cluster.apiEndpoint.allowedCidrs.map(
      (cidr): NetworkRule => ({ group: 'endpoint', direction: 'ingress', protocol: 'tcp', ports: [6443, 6443], peer: { kind: 'cidr', cidr, label: 'allowed API client' }, description: 'Kubernetes API from an allowed client range', source: `${M}/${cp}:82-86` }),
    ),
    { group: 'endpoint', direction: 'ingress', protocol: 'tcp', ports: [6443, 6443], peer: group('endpoint'), description: 'Kubernetes API between control plane endpoints', source: `${M}/${cp}:35-40` },
    { group: 'endpoint', direction: 'ingress', protocol: 'tcp', ports: [6443, 6443], peer: group('workers'), description: 'Kubernetes API from worker nodes', source: `${M}/${cp}:41-43` },
    { group: 'endpoint', direction: 'ingress', protocol: 'tcp', ports: [12250, 12250], peer: group('workers'), description: 'OKE control plane (proxymux) from worker nodes', source: `${M}/${cp}:28-33` },
    {
      group: 'endpoint',
      direction: 'ingress',
      protocol: 'tcp',
      ports: [10250, 10250],
      peer: group('workers'),
      description: 'Kubelet port from worker nodes',
      source: `${M}/${wk}:32-40 opens it on the worker side only; without this ingress that egress carries nothing`,
    },
    { group: 'endpoint', direction: 'ingress', protocol: 'icmp', icmp: PATH_MTU, peer: group('workers'), description: 'Path MTU discovery from worker nodes', source: `${M}/${cp}:45-50` },
    { group: 'endpoint', direction: 'egress', protocol: 'tcp', ports: [6443, 6443], peer: group('endpoint'), description: 'Kubernetes API between control plane endpoints', source: `${M}/${cp}:35-40` },
    { group: 'endpoint', direction: 'egress', protocol: 'tcp', ports: [10250, 10250], peer: group('workers'), description: 'Control plane to kubelet on worker nodes', source: `${M}/${cp}:24-26` },
    { group: 'endpoint', direction: 'egress', protocol: 'tcp', ports: [12250, 12250], peer: group('workers'), description: 'OKE control plane (proxymux) to worker nodes', source: `${M}/${cp}:28-33` },
    { group: 'endpoint', direction: 'egress', protocol: 'all', peer: group('workers'), description: 'Control plane to admission webhooks and other services on worker nodes', source: `${M}/${wk}:41-43 (workers accept all from the control plane); OKE docs flannel API endpoint egress "Worker Nodes CIDR, TCP/ALL"` },
    { group: 'endpoint', direction: 'egress', protocol: 'icmp', icmp: PATH_MTU, peer: group('workers'), description: 'Path MTU discovery to worker nodes', source: `${M}/${cp}:45-50` },
    { group: 'endpoint', direction: 'egress', protocol: 'tcp', peer: { kind: 'osn' }, description: 'Control plane to Oracle Services Network', source: `${M}/${cp}:21-23` },
    // Worker nodes
    { group: 'workers', direction: 'ingress', protocol: 'all', peer: group('endpoint'), description: 'Control plane to kubelet, proxymux and admission webhooks', source: `${M}/${wk}:41-43` },
    { group: 'workers', direction: 'ingress', protocol: 'all', peer: group('workers'), description: 'Node-to-node and pod-to-pod traffic (flannel VXLAN)', source: `${M}/${wk}:25-30` },
    { group: 'workers', direction: 'ingress', protocol: 'icmp', icmp: PATH_MTU, peer: ANYWHERE, description: 'Path MTU discovery (replies through NAT and the service gateway)', source: `${M}/${wk}:44-49` },
    { group: 'workers', direction: 'ingress', protocol: 'tcp', ports: NODE_PORTS, peer: lbSubnet, description: 'Load balancer to NodePorts (TCP)', source: `${M}/${wk}:95-105` },
    { group: 'workers', direction: 'ingress', protocol: 'udp', ports: NODE_PORTS, peer: lbSubnet, description: 'Load balancer to NodePorts (UDP)', source: `${M}/${wk}:95-105` },
    { group: 'workers', direction: 'ingress', protocol: 'tcp', ports: [KUBE_PROXY_HEALTH, KUBE_PROXY_HEALTH], peer: lbSubnet, description: 'Load balancer health checks to kube-proxy', source: `${M}/${wk}:95-105` },
    { group: 'workers', direction: 'egress', protocol: 'all', peer: group('workers'), description: 'Node-to-node and pod-to-pod traffic (flannel VXLAN)', source: `${M}/${wk}:25-30` },
    { group: 'workers', direction: 'egress', protocol: 'tcp', ports: [6443, 6443], peer: group('endpoint'), description: 'Kubernetes API', source: `${M}/${wk}:32-40` },
    { group: 'workers', direction: 'egress', protocol: 'tcp', ports: [12250, 12250], peer: group('endpoint'), description: 'OKE control plane (proxymux)', source: `${M}/${wk}:32-40` },
    { group: 'workers', direction: 'egress', protocol: 'tcp', ports: [10250, 10250], peer: group('endpoint'), description: 'Kubelet port towards the control plane', source: `${M}/${wk}:32-40` },
    { group: 'workers', direction: 'egress', protocol: 'icmp', icmp: PATH_MTU, peer: ANYWHERE, description: 'Path MTU discovery (through NAT and the service gateway)', source: `${M}/${wk}:44-49` },
    { group: 'workers', direction: 'egress', protocol: 'tcp', peer: { kind: 'osn' }, description: 'Oracle Services Network (OCIR, Object Storage, OKE)', source: `${M}/${wk}:21-23` },
    // Load balancer subnet (security list: the OCI cloud controller creates the load balancer itself)
    ...config.network.loadBalancerAllowedCidrs.flatMap((cidr) =>
      LISTENER_PORTS.map((port): NetworkRule => ({ group: 'loadBalancer', direction: 'ingress', protocol: 'tcp', ports: [port, port], peer: { kind: 'cidr', cidr, label: 'clients' }, description: `Public listener, port ${port}`, source: `${M}/${lb}:46-47 (allow_rules_public_lb; examples open 443 from 0.0.0.0/0)` })),
    ),
    { group: 'loadBalancer', direction: 'egress', protocol: 'tcp', ports: NODE_PORTS, peer: workerSubnet, description: 'To NodePorts on worker nodes (TCP)', source: `${M}/${lb}:21-32` },
    { group: 'loadBalancer', direction: 'egress', protocol: 'udp', ports: NODE_PORTS, peer: workerSubnet, description: 'To NodePorts on worker nodes (UDP)', source: `${M}/${lb}:21-32` },
    { group: 'loadBalancer', direction: 'egress', protocol: 'tcp', ports: [KUBE_PROXY_HEALTH, KUBE_PROXY_HEALTH], peer: workerSubnet, description: 'Health checks to kube-proxy', source: `${M}/${lb}:21-32` },
    { group: 'loadBalancer', direction: 'egress', protocol: 'icmp', icmp: PATH_MTU, peer: workerSubnet, description: 'Path MTU discovery to worker nodes', source: `${M}/${lb}:21-32` },
  ];
  if (config.nodePool.sshPublicKey) {
    rules.push({
      group: 'workers',
      direction: 'ingress',
      protocol: 'tcp',
      ports: [22, 22],
      peer: { kind: 'cidr', cidr: config.network.bastionSubnetCidr, label: 'bastion subnet' },
      description: 'SSH from the OCI Bastion only (sessions need nodePool.sshPublicKey)',
      source: `${M}/${wk}:107-111 (SSH only from the bastion)`,
    });
    rules.push({
      group: 'bastion',
      direction: 'egress',
      protocol: 'tcp',
      ports: [22, 22],
      peer: workerSubnet,
      description: 'Bastion sessions to SSH on worker nodes',
      source: 'OCI Bastion port-forwarding sessions originate in the target subnet (research oci-terraform.md surprise 13)',
    });
  }
  if (config.network.workerInternetEgress) {
    rules.push({ group: 'workers', direction: 'egress', protocol: 'all', peer: ANYWHERE, description: 'Image pulls and external APIs through the NAT gateway', source: `${M}/${wk}:70-81 (allow_worker_internet_access, default true)` });
  }
  return rules;
}

/** OCI protocol numbers. */
export const PROTOCOL_NUMBER: Readonly<Record<Protocol, string>> = { tcp: '6', udp: '17', icmp: '1', all: 'all' };

export function describePeer(peer: Peer): string {
  switch (peer.kind) {
    case 'group':
      return SECURITY_LIST_GROUPS.includes(peer.group) ? `${peer.group} subnet` : `${peer.group} NSG`;
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
        `| ${i + 1} | ${r.group === 'loadBalancer' ? 'load balancer subnet (security list)' : r.group === 'bastion' ? 'bastion subnet (security list)' : `${r.group} NSG`} | ${r.direction} | ${r.protocol} | ${describePorts(r)} | ${describePeer(r.peer)} | ${r.description} |`,
    ),
    '',
    'Nothing else accepts traffic from 0.0.0.0/0 except ICMP type 3 code 4 (path MTU discovery, as the',
    'reference module allows it): the only internet-facing ingress is the load balancer',
    `listeners (${LISTENER_PORTS.join(', ')}); the API endpoint accepts 6443 from \`cluster.apiEndpoint.allowedCidrs\` only.`,
    'SSH exists only when `nodePool.sshPublicKey` is set, and then only from the OCI Bastion subnet.',
    '',
    'Sources: terraform-oci-oke v5.4.3 modules/network (per rule in infra-oci/network/rules.ts).',
    '',
  ];
  return lines.join('\n');
}
