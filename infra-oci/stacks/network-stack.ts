import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { CoreDefaultSecurityList } from '../../imports/oci/providers/oci/core-default-security-list';
import { CoreInternetGateway } from '../../imports/oci/providers/oci/core-internet-gateway';
import { CoreNatGateway } from '../../imports/oci/providers/oci/core-nat-gateway';
import { CoreNetworkSecurityGroup } from '../../imports/oci/providers/oci/core-network-security-group';
import { CoreNetworkSecurityGroupSecurityRule } from '../../imports/oci/providers/oci/core-network-security-group-security-rule';
import { CoreRouteTable } from '../../imports/oci/providers/oci/core-route-table';
import { CoreSecurityList } from '../../imports/oci/providers/oci/core-security-list';
import { CoreServiceGateway } from '../../imports/oci/providers/oci/core-service-gateway';
import { CoreSubnet } from '../../imports/oci/providers/oci/core-subnet';
import { CoreVcn } from '../../imports/oci/providers/oci/core-vcn';
import { DataOciCoreServices } from '../../imports/oci/providers/oci/data-oci-core-services';
import { OciStack, type OciStackProps } from '../lib/oci-stack';
import { type NetworkRule, networkRules, type Peer, PROTOCOL_NUMBER, type RuleGroup } from '../network/rules';

type NsgGroup = Exclude<RuleGroup, 'loadBalancer'>;

/** A stable, readable Terraform id for a rule (renaming an id would replace the rule). */
export function ruleId(rule: NetworkRule): string {
  const ports = rule.icmp ? `icmp${rule.icmp.type}-${rule.icmp.code}` : rule.ports ? `${rule.ports[0]}-${rule.ports[1]}` : 'any';
  const peer = rule.peer.kind === 'group' ? rule.peer.group : rule.peer.kind === 'osn' ? 'osn' : rule.peer.cidr.replace(/[./]/g, '-');
  return `${rule.group}-${rule.direction}-${rule.protocol}-${ports}-from-${peer}`.replace('-from-', rule.direction === 'ingress' ? '-from-' : '-to-');
}

/**
 * cdktf.out/stacks/network: VCN, gateways, route tables, NSGs with the OKE flannel rules
 * (infra-oci/network/rules.ts), and three regional subnets — API endpoint, private
 * workers, public load balancer.
 */
export class NetworkStack extends OciStack {
  public readonly vcn: CoreVcn;
  public readonly endpointSubnet: CoreSubnet;
  public readonly workerSubnet: CoreSubnet;
  public readonly loadBalancerSubnet: CoreSubnet;
  public readonly nsgs: Readonly<Record<NsgGroup, CoreNetworkSecurityGroup>>;
  public readonly natGateway: CoreNatGateway;

  constructor(scope: Construct, id: string, props: OciStackProps) {
    super(scope, id, props);
    const { compartmentOcid: compartmentId, network } = this.config;
    const common = { compartmentId, freeformTags: this.freeformTags };

    this.vcn = new CoreVcn(this, 'vcn', { ...common, cidrBlocks: [network.vcnCidr], displayName: 'todo-chatbot', dnsLabel: 'todochatbot' });
    const vcnId = this.vcn.id;

    // The default security list allows SSH from anywhere; no subnet uses it, and it is emptied too.
    new CoreDefaultSecurityList(this, 'default-security-list', {
      ...common,
      manageDefaultResourceId: this.vcn.defaultSecurityListId,
      displayName: 'todo-chatbot-default (emptied)',
    });

    const osn = new DataOciCoreServices(this, 'oracle-services-network', {
      filter: [{ name: 'name', values: ['All .* Services In Oracle Services Network'], regex: true }],
    });
    const osnService = osn.services.get(0);

    const igw = new CoreInternetGateway(this, 'internet-gateway', { ...common, vcnId, displayName: 'todo-chatbot-igw', enabled: true });
    this.natGateway = new CoreNatGateway(this, 'nat-gateway', { ...common, vcnId, displayName: 'todo-chatbot-nat' });
    const sgw = new CoreServiceGateway(this, 'service-gateway', { ...common, vcnId, displayName: 'todo-chatbot-sgw', services: [{ serviceId: osnService.id }] });

    const publicRoutes = new CoreRouteTable(this, 'public-routes', {
      ...common,
      vcnId,
      displayName: 'todo-chatbot-public',
      routeRules: [{ destination: '0.0.0.0/0', destinationType: 'CIDR_BLOCK', networkEntityId: igw.id, description: 'internet through the internet gateway' }],
    });
    const privateRoutes = new CoreRouteTable(this, 'private-routes', {
      ...common,
      vcnId,
      displayName: 'todo-chatbot-private',
      routeRules: [
        { destination: '0.0.0.0/0', destinationType: 'CIDR_BLOCK', networkEntityId: this.natGateway.id, description: 'internet through the NAT gateway' },
        { destination: osnService.cidrBlock, destinationType: 'SERVICE_CIDR_BLOCK', networkEntityId: sgw.id, description: 'Oracle Services Network through the service gateway' },
      ],
    });

    this.nsgs = {
      endpoint: new CoreNetworkSecurityGroup(this, 'endpoint-nsg', { ...common, vcnId, displayName: 'todo-chatbot-api-endpoint' }),
      workers: new CoreNetworkSecurityGroup(this, 'workers-nsg', { ...common, vcnId, displayName: 'todo-chatbot-workers' }),
    };

    const rules = networkRules(this.config);
    const peerOf = (peer: Peer): { address: string; type: string } => {
      switch (peer.kind) {
        case 'group':
          if (peer.group === 'loadBalancer') throw new Error('load balancer rules are expressed with the subnet CIDR');
          return { address: this.nsgs[peer.group].id, type: 'NETWORK_SECURITY_GROUP' };
        case 'osn':
          return { address: osnService.cidrBlock, type: 'SERVICE_CIDR_BLOCK' };
        case 'cidr':
          return { address: peer.cidr, type: 'CIDR_BLOCK' };
      }
    };
    const seen = new Set<string>();
    for (const rule of rules.filter((r) => r.group !== 'loadBalancer')) {
      const rid = ruleId(rule);
      if (seen.has(rid)) throw new Error(`network rule ${rid} is declared twice`);
      seen.add(rid);
      const peer = peerOf(rule.peer);
      const range = rule.ports ? { destinationPortRange: { min: rule.ports[0], max: rule.ports[1] } } : undefined;
      new CoreNetworkSecurityGroupSecurityRule(this, rid, {
        networkSecurityGroupId: this.nsgs[rule.group as NsgGroup].id,
        direction: rule.direction === 'ingress' ? 'INGRESS' : 'EGRESS',
        protocol: PROTOCOL_NUMBER[rule.protocol],
        description: rule.description,
        stateless: false,
        ...(rule.direction === 'ingress' ? { source: peer.address, sourceType: peer.type } : { destination: peer.address, destinationType: peer.type }),
        ...(rule.protocol === 'tcp' && range ? { tcpOptions: range } : {}),
        ...(rule.protocol === 'udp' && range ? { udpOptions: range } : {}),
        ...(rule.icmp ? { icmpOptions: { type: rule.icmp.type, code: rule.icmp.code } } : {}),
      });
    }

    const lbRules = rules.filter((r) => r.group === 'loadBalancer');
    const portOptions = (r: NetworkRule) => {
      const range = r.ports ? { min: r.ports[0], max: r.ports[1] } : undefined;
      return { ...(r.protocol === 'tcp' && range ? { tcpOptions: range } : {}), ...(r.protocol === 'udp' && range ? { udpOptions: range } : {}) };
    };
    const cidrOf = (p: Peer) => (p.kind === 'cidr' ? p.cidr : (() => { throw new Error('load balancer rules must use CIDR peers'); })());
    const loadBalancerList = new CoreSecurityList(this, 'load-balancer-security-list', {
      ...common,
      vcnId,
      displayName: 'todo-chatbot-load-balancer',
      ingressSecurityRules: lbRules
        .filter((r) => r.direction === 'ingress')
        .map((r) => ({ protocol: PROTOCOL_NUMBER[r.protocol], source: cidrOf(r.peer), sourceType: 'CIDR_BLOCK', stateless: false, description: r.description, ...portOptions(r) })),
      egressSecurityRules: lbRules
        .filter((r) => r.direction === 'egress')
        .map((r) => ({ protocol: PROTOCOL_NUMBER[r.protocol], destination: cidrOf(r.peer), destinationType: 'CIDR_BLOCK', stateless: false, description: r.description, ...portOptions(r) })),
    });
    // Subnets whose traffic is governed by NSGs get an explicitly empty list instead of the default one.
    const nsgOnlyList = new CoreSecurityList(this, 'nsg-only-security-list', { ...common, vcnId, displayName: 'todo-chatbot-nsg-only (no rules)' });

    const publicEndpoint = this.config.cluster.apiEndpoint.public;
    this.endpointSubnet = new CoreSubnet(this, 'endpoint-subnet', {
      ...common,
      vcnId,
      cidrBlock: network.endpointSubnetCidr,
      displayName: 'todo-chatbot-api-endpoint',
      dnsLabel: 'endpoint',
      prohibitPublicIpOnVnic: !publicEndpoint,
      routeTableId: publicEndpoint ? publicRoutes.id : privateRoutes.id,
      securityListIds: [nsgOnlyList.id],
    });
    this.workerSubnet = new CoreSubnet(this, 'worker-subnet', {
      ...common,
      vcnId,
      cidrBlock: network.workerSubnetCidr,
      displayName: 'todo-chatbot-workers',
      dnsLabel: 'workers',
      prohibitPublicIpOnVnic: true,
      prohibitInternetIngress: true,
      routeTableId: privateRoutes.id,
      securityListIds: [nsgOnlyList.id],
    });
    this.loadBalancerSubnet = new CoreSubnet(this, 'load-balancer-subnet', {
      ...common,
      vcnId,
      cidrBlock: network.loadBalancerSubnetCidr,
      displayName: 'todo-chatbot-load-balancer',
      dnsLabel: 'loadbalancer',
      prohibitPublicIpOnVnic: false,
      routeTableId: publicRoutes.id,
      securityListIds: [loadBalancerList.id],
    });

    new TerraformOutput(this, 'vcn_id', { value: this.vcn.id });
    new TerraformOutput(this, 'load_balancer_subnet_id', { value: this.loadBalancerSubnet.id, description: 'Where the OCI load balancer of the Envoy Gateway is placed' });
    new TerraformOutput(this, 'nat_public_ip', { value: this.natGateway.natIp, description: 'Egress address of the workers: allow-list it at external APIs (LLM, Redpanda Cloud, Neon)' });
  }
}
