import { isDeepStrictEqual } from 'node:util';
import { networkRules, networkRulesMarkdown, SECURITY_LIST_GROUPS } from '../../infra-oci/network/rules';
import { ruleId } from '../../infra-oci/stacks/network-stack';
import { offlineConfig, resourceNamed, resourcesOf, synthStacks } from './helpers';

const config = offlineConfig({ cluster: { apiEndpoint: { allowedCidrs: ['198.51.100.7/32'] } } });
const network = synthStacks(config).get('network')!;
const nsgRules = resourcesOf(network, 'oci_core_network_security_group_security_rule');
const NSG = (name: string) => `\${oci_core_network_security_group.${name}.id}`;

function findRule(nsg: string, direction: 'INGRESS' | 'EGRESS', protocol: string, match: Record<string, unknown>) {
  return nsgRules.filter(
    (r) => r.network_security_group_id === NSG(nsg) && r.direction === direction && r.protocol === protocol && Object.entries(match).every(([k, v]) => isDeepStrictEqual(r[k], v)),
  );
}

describe('network stack', () => {
  it('keeps the workers private: no public IPs, NAT + service gateway routes only', () => {
    const workers = resourceNamed(network, 'oci_core_subnet', 'worker-subnet');
    expect(workers.prohibit_public_ip_on_vnic).toBe(true);
    expect(workers.prohibit_internet_ingress).toBe(true);
    expect(workers.route_table_id).toBe('${oci_core_route_table.private-routes.id}');
    const routes = resourceNamed(network, 'oci_core_route_table', 'private-routes').route_rules;
    expect(routes).toEqual([
      expect.objectContaining({ destination: '0.0.0.0/0', destination_type: 'CIDR_BLOCK', network_entity_id: '${oci_core_nat_gateway.nat-gateway.id}' }),
      expect.objectContaining({ destination_type: 'SERVICE_CIDR_BLOCK', network_entity_id: '${oci_core_service_gateway.service-gateway.id}' }),
    ]);
  });

  it('routes the public subnets through the internet gateway', () => {
    expect(resourceNamed(network, 'oci_core_route_table', 'public-routes').route_rules).toEqual([
      expect.objectContaining({ destination: '0.0.0.0/0', network_entity_id: '${oci_core_internet_gateway.internet-gateway.id}' }),
    ]);
    for (const name of ['load-balancer-subnet', 'endpoint-subnet']) {
      expect(resourceNamed(network, 'oci_core_subnet', name).route_table_id).toBe('${oci_core_route_table.public-routes.id}');
    }
  });

  it('targets "All <region> Services in Oracle Services Network" with the service gateway', () => {
    const services = resourcesOf(network, 'oci_core_services', 'data')[0]!;
    expect(services.filter).toEqual([{ name: 'name', regex: true, values: ['All .* Services In Oracle Services Network'] }]);
  });

  it('attaches no subnet to the default security list, and empties it', () => {
    for (const subnet of resourcesOf(network, 'oci_core_subnet')) expect(subnet.security_list_ids).toHaveLength(1);
    const defaultList = resourcesOf(network, 'oci_core_default_security_list')[0]!;
    expect(defaultList.ingress_security_rules).toBeUndefined();
    expect(defaultList.egress_security_rules).toBeUndefined();
  });

  it('opens the Kubernetes API (6443) to the configured CIDRs only', () => {
    const apiFromOutside = findRule('endpoint-nsg', 'INGRESS', '6', { source_type: 'CIDR_BLOCK' });
    expect(apiFromOutside.map((r) => [r.source, r.tcp_options.destination_port_range])).toEqual([['198.51.100.7/32', { min: 6443, max: 6443 }]]);
  });

  // Defect 11: the rules of OKE's docs and terraform-oci-oke v5.4.3 modules/network.
  it('has the control plane ↔ worker rules of the reference module (6443/12250/10250, webhooks, path MTU)', () => {
    const tcp = (port: number) => ({ tcp_options: { destination_port_range: { min: port, max: port } } });
    const mtu = { icmp_options: { code: 4, type: 3 } };
    expect(findRule('endpoint-nsg', 'INGRESS', '6', { source: NSG('workers-nsg'), ...tcp(6443) })).toHaveLength(1);
    expect(findRule('endpoint-nsg', 'INGRESS', '6', { source: NSG('workers-nsg'), ...tcp(12250) })).toHaveLength(1);
    expect(findRule('endpoint-nsg', 'INGRESS', '6', { source: NSG('endpoint-nsg'), ...tcp(6443) })).toHaveLength(1);
    expect(findRule('endpoint-nsg', 'EGRESS', '6', { destination: NSG('endpoint-nsg'), ...tcp(6443) })).toHaveLength(1);
    expect(findRule('endpoint-nsg', 'INGRESS', '1', { source: NSG('workers-nsg'), ...mtu })).toHaveLength(1);
    expect(findRule('endpoint-nsg', 'EGRESS', '6', { destination: NSG('workers-nsg'), ...tcp(10250) })).toHaveLength(1);
    expect(findRule('endpoint-nsg', 'EGRESS', '6', { destination: NSG('workers-nsg'), ...tcp(12250) })).toHaveLength(1);
    expect(findRule('endpoint-nsg', 'EGRESS', '1', { destination: NSG('workers-nsg'), ...mtu })).toHaveLength(1);
    // Webhooks: the control plane reaches any port on the workers, and the workers accept it.
    expect(findRule('endpoint-nsg', 'EGRESS', 'all', { destination: NSG('workers-nsg') })).toHaveLength(1);
    expect(findRule('workers-nsg', 'INGRESS', 'all', { source: NSG('endpoint-nsg') })).toHaveLength(1);
    for (const port of [6443, 12250, 10250]) expect(findRule('workers-nsg', 'EGRESS', '6', { destination: NSG('endpoint-nsg'), ...tcp(port) })).toHaveLength(1);
    // Path MTU for workers both ways with 0.0.0.0/0 (replies through NAT and the service gateway).
    expect(findRule('workers-nsg', 'INGRESS', '1', { source: '0.0.0.0/0', ...mtu })).toHaveLength(1);
    expect(findRule('workers-nsg', 'EGRESS', '1', { destination: '0.0.0.0/0', ...mtu })).toHaveLength(1);
  });

  it('carries every NSG traffic both ways: each allowed flow has the egress rule on one side and the ingress rule on the other', () => {
    // The engine: an NSG-to-NSG flow passes only if the source NSG allows it out and the target NSG allows it in.
    const flows = nsgRules.filter((r) => r.direction === 'EGRESS' && r.destination_type === 'NETWORK_SECURITY_GROUP');
    for (const out of flows) {
      const inbound = nsgRules.filter(
        (r) => r.direction === 'INGRESS' && r.network_security_group_id === out.destination && r.source === out.network_security_group_id && (r.protocol === 'all' || (r.protocol === out.protocol && isDeepStrictEqual(r.tcp_options ?? r.icmp_options, out.tcp_options ?? out.icmp_options))),
      );
      expect([out.description, inbound.length > 0]).toEqual([out.description, true]);
    }
  });

  it('lets workers talk to each other and to the Oracle Services Network', () => {
    expect(findRule('workers-nsg', 'INGRESS', 'all', { source: NSG('workers-nsg') })).toHaveLength(1);
    expect(findRule('workers-nsg', 'EGRESS', 'all', { destination: NSG('workers-nsg') })).toHaveLength(1);
    expect(findRule('workers-nsg', 'EGRESS', '6', { destination_type: 'SERVICE_CIDR_BLOCK' })).toHaveLength(1);
    expect(findRule('endpoint-nsg', 'EGRESS', '6', { destination_type: 'SERVICE_CIDR_BLOCK' })).toHaveLength(1);
  });

  it('admits the load balancer to NodePorts (TCP and UDP) and kube-proxy health checks only', () => {
    const fromLb = nsgRules.filter((r) => r.source === config.network.loadBalancerSubnetCidr);
    const summary = (rules: any[], ports: (r: any) => any) => rules.map((r) => `${r.protocol}:${ports(r).min}-${ports(r).max}`).sort();
    expect(summary(fromLb, (r) => (r.tcp_options ?? r.udp_options).destination_port_range)).toEqual(['17:30000-32767', '6:10256-10256', '6:30000-32767']);
    expect(fromLb.every((r) => r.direction === 'INGRESS' && r.network_security_group_id === NSG('workers-nsg'))).toBe(true);
    const lbList = resourceNamed(network, 'oci_core_security_list', 'load-balancer-security-list');
    const ports = lbList.egress_security_rules.filter((r: any) => r.protocol !== '1');
    expect(summary(ports, (r) => r.tcp_options ?? r.udp_options)).toEqual(['17:30000-32767', '6:10256-10256', '6:30000-32767']);
    expect(lbList.egress_security_rules.filter((r: any) => r.protocol === '1')).toEqual([expect.objectContaining({ icmp_options: { type: 3, code: 4 } })]);
    expect(lbList.egress_security_rules.every((r: any) => r.destination === config.network.workerSubnetCidr)).toBe(true);
  });

  it('accepts non-ICMP traffic from 0.0.0.0/0 nowhere but on the load balancer listeners', () => {
    const openNsg = nsgRules.filter((r) => r.direction === 'INGRESS' && r.source === '0.0.0.0/0' && r.protocol !== '1');
    expect(openNsg).toEqual([]);
    const lbIngress = resourceNamed(network, 'oci_core_security_list', 'load-balancer-security-list').ingress_security_rules;
    expect(lbIngress.map((r: any) => [r.source, r.protocol, r.tcp_options])).toEqual([
      ['0.0.0.0/0', '6', { min: 80, max: 80 }],
      ['0.0.0.0/0', '6', { min: 443, max: 443 }],
    ]);
    expect(resourceNamed(network, 'oci_core_security_list', 'nsg-only-security-list').ingress_security_rules).toBeUndefined();
  });

  // Defect 6: SSH only through an OCI Bastion, only when a key is configured.
  it('has no SSH anywhere unless a key is set; then a Bastion on its own subnet and TCP 22 from that subnet only', () => {
    expect(nsgRules.filter((r) => r.tcp_options?.destination_port_range?.min === 22)).toEqual([]);
    expect(resourcesOf(network, 'oci_bastion_bastion')).toEqual([]);
    const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExampleExampleExampleExample ops';
    const withSsh = synthStacks(offlineConfig({ nodePool: { sshPublicKey: key }, cluster: { apiEndpoint: { allowedCidrs: ['198.51.100.7/32'] } } })).get('network')!;
    const ssh = resourcesOf(withSsh, 'oci_core_network_security_group_security_rule').filter((r) => r.tcp_options?.destination_port_range?.min === 22);
    expect(ssh).toEqual([expect.objectContaining({ direction: 'INGRESS', source: '10.0.0.16/28', source_type: 'CIDR_BLOCK', network_security_group_id: NSG('workers-nsg') })]);
    const bastion = resourceNamed(withSsh, 'oci_bastion_bastion', 'bastion');
    expect(bastion).toMatchObject({ bastion_type: 'standard', target_subnet_id: '${oci_core_subnet.bastion-subnet.id}', client_cidr_block_allow_list: ['198.51.100.7/32'] });
    expect(resourceNamed(withSsh, 'oci_core_subnet', 'bastion-subnet')).toMatchObject({ cidr_block: '10.0.0.16/28', prohibit_public_ip_on_vnic: true });
    expect(resourceNamed(withSsh, 'oci_core_security_list', 'bastion-security-list').egress_security_rules).toEqual([
      expect.objectContaining({ destination: config.network.workerSubnetCidr, protocol: '6', tcp_options: { min: 22, max: 22 } }),
    ]);
    const pool = resourceNamed(synthStacks(offlineConfig({ nodePool: { sshPublicKey: key } })).get('cluster')!, 'oci_containerengine_node_pool', 'node-pool');
    expect(pool.ssh_public_key).toBe(key);
  });

  // Issue 15 item 3: the address is known before the load balancer exists.
  it('reserves the load balancer address, never detaches it from the load balancer, and outputs it', () => {
    const ip = resourceNamed(network, 'oci_core_public_ip', 'load-balancer-ip');
    expect(ip).toMatchObject({ lifetime: 'RESERVED', compartment_id: config.compartmentOcid, lifecycle: { ignore_changes: ['private_ip_id'] } });
    expect(ip.private_ip_id).toBeUndefined();
    expect(network.output.load_balancer_public_ip.value).toBe('${oci_core_public_ip.load-balancer-ip.ip_address}');
  });

  it('creates exactly one NSG rule per declared rule, with stable ids', () => {
    const declared = networkRules(config).filter((r) => !SECURITY_LIST_GROUPS.includes(r.group));
    expect(Object.keys(network.resource.oci_core_network_security_group_security_rule).sort()).toEqual(declared.map(ruleId).sort());
  });

  it('drops the internet egress rule when workers must not reach the internet', () => {
    const closed = synthStacks(offlineConfig({ network: { workerInternetEgress: false } })).get('network')!;
    const toInternet = resourcesOf(closed, 'oci_core_network_security_group_security_rule').filter((r) => r.destination === '0.0.0.0/0' && r.protocol !== '1');
    expect(toInternet).toEqual([]);
    expect(nsgRules.filter((r) => r.destination === '0.0.0.0/0' && r.protocol === 'all')).toHaveLength(1);
  });

  it('documents the same rules it applies (docs/network-rules.md)', () => {
    const doc = networkRulesMarkdown(config);
    for (const r of networkRules(config)) {
      expect(doc).toContain(r.description);
      expect(r.source).toMatch(/terraform-oci-oke|OCI Bastion/);
    }
  });

  it('outputs the load balancer subnet, the subnet CIDRs and the NAT public IP', () => {
    expect(Object.keys(network.output)).toEqual(expect.arrayContaining(['load_balancer_subnet_id', 'nat_public_ip', 'vcn_id', 'api_endpoint_subnet_cidr', 'worker_subnet_cidr', 'load_balancer_subnet_cidr']));
    expect(network.output.worker_subnet_cidr.value).toBe(config.network.workerSubnetCidr);
    expect(network.output.nat_public_ip.value).toBe('${oci_core_nat_gateway.nat-gateway.nat_ip}');
  });
});
