/**
 * Behaviour of the OKE network rules (infra-oci/network/rules.ts) beyond the synthesized default
 * stack: the rules follow the configuration (allowed clients, SSH, internet egress), each one is
 * traceable to its upstream source, and docs/network-rules.md states exactly the rules applied.
 */
import { describePeer, describePorts, networkRules, networkRulesMarkdown, type NetworkRule, PROTOCOL_NUMBER, SECURITY_LIST_GROUPS } from '../../infra-oci/network/rules';
import { offlineConfig } from '../oci/helpers';

const summary = (r: NetworkRule) => `${r.group} ${r.direction} ${r.protocol} ${describePorts(r)} ${describePeer(r.peer)}`;

describe('network rules follow the configuration', () => {
  it('admit the Kubernetes API from each allowed client range, on 6443 only', () => {
    const rules = networkRules(offlineConfig({ cluster: { apiEndpoint: { allowedCidrs: ['198.51.100.0/24', '203.0.113.7/32'] } } }));
    const clients = rules.filter((r) => r.peer.kind === 'cidr' && r.group === 'endpoint');
    expect(clients.map(summary)).toEqual(['endpoint ingress tcp 6443 198.51.100.0/24 (allowed API client)', 'endpoint ingress tcp 6443 203.0.113.7/32 (allowed API client)']);
  });

  it('open the public listeners (80 and 443) to each allowed client range of the load balancer', () => {
    const rules = networkRules(offlineConfig({ network: { loadBalancerAllowedCidrs: ['192.0.2.0/24', '198.51.100.0/24'] } }));
    const listeners = rules.filter((r) => r.group === 'loadBalancer' && r.direction === 'ingress');
    expect(listeners.map(summary)).toEqual([
      'loadBalancer ingress tcp 80 192.0.2.0/24 (clients)',
      'loadBalancer ingress tcp 443 192.0.2.0/24 (clients)',
      'loadBalancer ingress tcp 80 198.51.100.0/24 (clients)',
      'loadBalancer ingress tcp 443 198.51.100.0/24 (clients)',
    ]);
    expect(listeners.map((r) => r.description)).toEqual(['Public listener, port 80', 'Public listener, port 443', 'Public listener, port 80', 'Public listener, port 443']);
  });

  it('reach NodePorts and kube-proxy health checks from the load balancer subnet, in both directions of the LB–worker path', () => {
    const config = offlineConfig();
    const rules = networkRules(config);
    const lb = `${config.network.loadBalancerSubnetCidr} (load balancer subnet)`;
    const workers = `${config.network.workerSubnetCidr} (worker subnet)`;
    expect(rules.filter((r) => describePeer(r.peer) === lb).map(summary)).toEqual([
      `workers ingress tcp 30000–32767 ${lb}`,
      `workers ingress udp 30000–32767 ${lb}`,
      `workers ingress tcp 10256 ${lb}`,
    ]);
    expect(rules.filter((r) => r.group === 'loadBalancer' && r.direction === 'egress').map(summary)).toEqual([
      `loadBalancer egress tcp 30000–32767 ${workers}`,
      `loadBalancer egress udp 30000–32767 ${workers}`,
      `loadBalancer egress tcp 10256 ${workers}`,
      `loadBalancer egress icmp type 3 code 4 ${workers}`,
    ]);
  });

  it('allow SSH only from the bastion subnet, and only with a key', () => {
    const without = networkRules(offlineConfig());
    expect(without.filter((r) => r.ports?.[0] === 22)).toEqual([]);
    expect(without.some((r) => r.group === 'bastion')).toBe(false);
    const config = offlineConfig({ nodePool: { sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample ops' } });
    const ssh = networkRules(config).filter((r) => r.ports?.[0] === 22);
    expect(ssh.map(summary)).toEqual([`workers ingress tcp 22 ${config.network.bastionSubnetCidr} (bastion subnet)`, `bastion egress tcp 22 ${config.network.workerSubnetCidr} (worker subnet)`]);
  });

  it('let workers out to the internet only when configured', () => {
    const toInternet = (r: NetworkRule) => r.group === 'workers' && r.direction === 'egress' && r.peer.kind === 'cidr' && r.peer.cidr === '0.0.0.0/0' && r.protocol !== 'icmp';
    expect(networkRules(offlineConfig({ network: { workerInternetEgress: true } })).filter(toInternet).map(summary)).toEqual(['workers egress all all 0.0.0.0/0 (anywhere)']);
    expect(networkRules(offlineConfig({ network: { workerInternetEgress: false } })).filter(toInternet)).toEqual([]);
  });

  it('pair every NSG-to-NSG egress with the matching ingress on the other side', () => {
    const rules = networkRules(offlineConfig());
    for (const out of rules.filter((r) => r.direction === 'egress' && r.peer.kind === 'group' && !SECURITY_LIST_GROUPS.includes(r.group))) {
      const peer = out.peer as { group: string };
      const back = rules.filter((r) => r.direction === 'ingress' && r.group === peer.group && r.peer.kind === 'group' && r.peer.group === out.group && (r.protocol === 'all' || (r.protocol === out.protocol && describePorts(r) === describePorts(out))));
      expect([summary(out), back.length > 0]).toEqual([summary(out), true]);
    }
  });

  it('say where each rule comes from and what it is for', () => {
    const rules = networkRules(offlineConfig({ nodePool: { sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample ops' } }));
    for (const r of rules) {
      expect([summary(r), r.description.length > 5, /terraform-oci-oke modules\/network\/nsg-[a-z-]+\.tf:\d+|OCI Bastion/.test(r.source)]).toEqual([summary(r), true, true]);
      expect([summary(r), ['ingress', 'egress'].includes(r.direction), ['endpoint', 'workers', 'loadBalancer', 'bastion'].includes(r.group), r.protocol in PROTOCOL_NUMBER]).toEqual([summary(r), true, true, true]);
      if (r.protocol === 'icmp') expect(r.icmp).toEqual({ type: 3, code: 4 });
      if (r.protocol === 'tcp' || r.protocol === 'udp') expect(r.ports === undefined || r.ports[0] <= r.ports[1]).toBe(true);
    }
    const ids = rules.map(summary);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('use the IANA protocol numbers OCI expects', () => {
    expect(PROTOCOL_NUMBER).toEqual({ tcp: '6', udp: '17', icmp: '1', all: 'all' });
  });
});

describe('descriptions of peers and ports', () => {
  it('name NSGs, security-list subnets, CIDRs and the Oracle Services Network', () => {
    expect(describePeer({ kind: 'group', group: 'workers' })).toBe('workers NSG');
    expect(describePeer({ kind: 'group', group: 'endpoint' })).toBe('endpoint NSG');
    expect(describePeer({ kind: 'group', group: 'loadBalancer' })).toBe('loadBalancer subnet');
    expect(describePeer({ kind: 'group', group: 'bastion' })).toBe('bastion subnet');
    expect(describePeer({ kind: 'cidr', cidr: '10.0.0.0/8', label: 'x' })).toBe('10.0.0.0/8 (x)');
    expect(describePeer({ kind: 'osn' })).toBe('All Services in Oracle Services Network');
  });

  it('give one port, a range, ICMP type and code, or all', () => {
    const base = { group: 'workers', direction: 'ingress', peer: { kind: 'osn' }, description: 'd', source: 's' } as const;
    expect(describePorts({ ...base, protocol: 'tcp', ports: [443, 443] })).toBe('443');
    expect(describePorts({ ...base, protocol: 'tcp', ports: [1, 2] })).toBe('1–2');
    expect(describePorts({ ...base, protocol: 'icmp', icmp: { type: 3, code: 4 } })).toBe('type 3 code 4');
    expect(describePorts({ ...base, protocol: 'all' })).toBe('all');
  });
});

describe('docs/network-rules.md', () => {
  const cells = (row: string) => row.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, ''));

  it('lists exactly the applied rules, numbered, each where it applies', () => {
    const config = offlineConfig({ nodePool: { sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample ops' } });
    const rules = networkRules(config);
    const rows = networkRulesMarkdown(config).split('\n').filter((l) => /^\| \d+ \|/.test(l)).map(cells);
    expect(rows.map((r) => Number(r[0]))).toEqual(rules.map((_, i) => i + 1));
    rows.forEach((row, i) => {
      const r = rules[i]!;
      const where = SECURITY_LIST_GROUPS.includes(r.group) ? `${r.group === 'loadBalancer' ? 'load balancer' : r.group} subnet (security list)` : `${r.group} NSG`;
      expect(row.slice(1)).toEqual([where, r.direction, r.protocol, describePorts(r), describePeer(r.peer), r.description]);
    });
  });

  it('is well-formed Markdown: each table has a header and a separator as wide as its rows', () => {
    const lines = networkRulesMarkdown(offlineConfig()).split('\n');
    const starts = lines.flatMap((l, i) => (l.startsWith('|') && !lines[i - 1]!.startsWith('|') ? [i] : []));
    expect(starts).toHaveLength(2);
    for (const start of starts) {
      const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
      const [header, separator, ...rows] = lines.slice(start, end);
      const width = header!.split('|').length;
      expect(header).toMatch(/^\| [#a-z]/);
      expect(separator).toMatch(/^(\|---)+\|$/);
      expect(separator!.split('|').length).toBe(width);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.split(' | ').length).toBe(width - 2);
    }
  });

  it('describes the subnets as configured: a public or a private API endpoint, the CIDRs of pods and Services', () => {
    const pub = offlineConfig();
    const priv = offlineConfig({ cluster: { apiEndpoint: { public: false } } });
    const subnetRow = (config: typeof pub, name: string) => cells(networkRulesMarkdown(config).split('\n').find((l) => l.startsWith(`| ${name} |`))!);
    expect(subnetRow(pub, 'API endpoint')).toEqual(['API endpoint', pub.network.endpointSubnetCidr, 'public (0.0.0.0/0 → internet gateway)', 'allowed']);
    expect(subnetRow(priv, 'API endpoint')).toEqual(['API endpoint', priv.network.endpointSubnetCidr, 'private', 'prohibited']);
    expect(subnetRow(pub, 'workers')).toEqual(['workers', pub.network.workerSubnetCidr, 'private (0.0.0.0/0 → NAT gateway, OSN → service gateway)', 'prohibited']);
    expect(subnetRow(pub, 'load balancer')).toEqual(['load balancer', pub.network.loadBalancerSubnetCidr, 'public (0.0.0.0/0 → internet gateway)', 'allowed']);
    const md = networkRulesMarkdown(pub);
    expect(md).toContain(`Pods use ${pub.network.podsCidr} (flannel overlay), Services ${pub.network.servicesCidr}.`);
    expect(md).toContain('listeners (80, 443)');
    expect(md.startsWith('# OCI network rules\n\n<!-- Generated by `npm run synth` from infra-oci/network/rules.ts (default configuration). Do not edit. -->\n')).toBe(true);
  });
});
