import { TerraformOutput } from 'cdktf';
import { BastionBastion } from '../../imports/oci/providers/oci/bastion-bastion';
import { CorePublicIp } from '../../imports/oci/providers/oci/core-public-ip';
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
import { type NetworkRule, networkRules, type Peer, PROTOCOL_NUMBER, type RuleGroup, SECURITY_LIST_GROUPS } from '../network/rules';

type NsgGroup = Exclude<RuleGroup, 'loadBalancer' | 'bastion'>;

/** A stable, readable Terraform id for a rule (renaming an id would replace the rule). */
export function ruleId(rule: NetworkRule): string {
  const ports = rule.icmp ? `icmp${rule.icmp.type}-${rule.icmp.code}` : rule.ports ? `${rule.ports[0]}-${rule.ports[1]}` : 'any';
  const peer = rule.peer.kind === 'group' ? rule.peer.group : rule.peer.kind === 'osn' ? 'osn' : rule.peer.cidr.replace(/[./]/g, '-');
  return `${rule.group}-${rule.direction}-${rule.protocol}-${ports}-from-${peer}`.replace('-from-', rule.direction === 'ingress' ? '-from-' : '-to-');
}

/** Security-list rule body of a rule (protocol options per protocol, as the schema nests them). */
function securityListOptions(r: NetworkRule): Record<string, unknown> {
  const range = r.ports ? { min: r.ports[0], max: r.ports[1] } : undefined;
  return {
    ...(r.protocol === 'tcp' && range ? { tcpOptions: range } : {}),
    ...(r.protocol === 'udp' && range ? { udpOptions: range } : {}),
    ...(r.icmp ? { icmpOptions: { type: r.icmp.type, code: r.icmp.code } } : {}),
  };
}

/**
 * cdktf.out/stacks/network: VCN, gateways, route tables, NSGs with the OKE flannel rules
 * (infra-oci/network/rules.ts), three regional subnets — API endpoint, private workers,
 * public load balancer — the load balancer's reserved public IP, and, when
 * nodePool.sshPublicKey is set, an OCI Bastion on a fourth, private subnet.
 */
export class NetworkStack extends OciStack {
  public readonly vcn: CoreVcn;
  public readonly endpointSubnet: CoreSubnet;
  public readonly workerSubnet: CoreSubnet;
  public readonly loadBalancerSubnet: CoreSubnet;
  public readonly nsgs: Readonly<Record<NsgGroup, CoreNetworkSecurityGroup>>;
  public readonly natGateway: CoreNatGateway;
  /** The load balancer's address, reserved before the load balancer exists. */
  public readonly loadBalancerIp: CorePublicIp;
  public readonly bastion?: BastionBastion;

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
          if (peer.group === 'loadBalancer' || peer.group === 'bastion') throw new Error(`${peer.group} rules are expressed with the subnet CIDR`);
          return { address: this.nsgs[peer.group].id, type: 'NETWORK_SECURITY_GROUP' };
        case 'osn':
          return { address: osnService.cidrBlock, type: 'SERVICE_CIDR_BLOCK' };
        case 'cidr':
          return { address: peer.cidr, type: 'CIDR_BLOCK' };
      }
    };
    const seen = new Set<string>();
    for (const rule of rules.filter((r) => !SECURITY_LIST_GROUPS.includes(r.group))) {
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

    const cidrOf = (p: Peer) => {
      if (p.kind !== 'cidr') throw new Error('security list rules must use CIDR peers');
      return p.cidr;
    };
    const securityList = (group: RuleGroup, id: string, displayName: string) => {
      const own = rules.filter((r) => r.group === group);
      return new CoreSecurityList(this, id, {
        ...common,
        vcnId,
        displayName,
        ingressSecurityRules: own
          .filter((r) => r.direction === 'ingress')
          .map((r) => ({ protocol: PROTOCOL_NUMBER[r.protocol], source: cidrOf(r.peer), sourceType: 'CIDR_BLOCK', stateless: false, description: r.description, ...securityListOptions(r) })),
        egressSecurityRules: own
          .filter((r) => r.direction === 'egress')
          .map((r) => ({ protocol: PROTOCOL_NUMBER[r.protocol], destination: cidrOf(r.peer), destinationType: 'CIDR_BLOCK', stateless: false, description: r.description, ...securityListOptions(r) })),
      });
    };
    const loadBalancerList = securityList('loadBalancer', 'load-balancer-security-list', 'todo-chatbot-load-balancer');
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

    // The load balancer's address, known before the load balancer exists so the hostname
    // and certificate are right on the first sync. The CCM takes it from the Service's
    // spec.loadBalancerIP, looks it up by address and requires it AVAILABLE, and keeps it
    // when the load balancer is deleted (oci-cloud-controller-manager load_balancer.go:236-246@v1.35.0;
    // OKE release note 2025-10-29 adds the oci.oraclecloud.com/reserved-ips annotation and
    // says loadBalancerIP will be deprecated). Same compartment as the cluster's load balancer.
    this.loadBalancerIp = new CorePublicIp(this, 'load-balancer-ip', {
      compartmentId,
      lifetime: 'RESERVED',
      displayName: 'todo-chatbot-load-balancer',
      freeformTags: this.freeformTags,
      // Attaching it is the load balancer's business: `private_ip_id` is optional but not
      // computed in the 7.1.0 schema, so without this Terraform would detach it on every apply.
      lifecycle: { ignoreChanges: ['private_ip_id'] },
    });

    if (this.config.nodePool.sshPublicKey) {
      const bastionSubnet = new CoreSubnet(this, 'bastion-subnet', {
        ...common,
        vcnId,
        cidrBlock: network.bastionSubnetCidr,
        displayName: 'todo-chatbot-bastion',
        dnsLabel: 'bastion',
        prohibitPublicIpOnVnic: true,
        prohibitInternetIngress: true,
        routeTableId: privateRoutes.id,
        securityListIds: [securityList('bastion', 'bastion-security-list', 'todo-chatbot-bastion').id],
      });
      // OCI Bastion (standard): port-forwarding sessions to a node's SSH port, from the same
      // clients that may reach the API (schema oracle/oci 7.1.0 bastion_bastion).
      this.bastion = new BastionBastion(this, 'bastion', {
        compartmentId,
        bastionType: 'standard',
        name: 'todochatbot',
        targetSubnetId: bastionSubnet.id,
        clientCidrBlockAllowList: [...this.config.cluster.apiEndpoint.allowedCidrs],
        maxSessionTtlInSeconds: 3 * 3600,
        freeformTags: this.freeformTags,
      });
      new TerraformOutput(this, 'bastion_id', { value: this.bastion.id, description: 'oci bastion session create-port-forwarding --bastion-id … (docs/oci-deploy.md)' });
    }

    new TerraformOutput(this, 'vcn_id', { value: this.vcn.id });
    new TerraformOutput(this, 'load_balancer_subnet_id', { value: this.loadBalancerSubnet.id, description: 'Where the OCI load balancer of the Envoy Gateway is placed' });
    new TerraformOutput(this, 'load_balancer_public_ip', { value: this.loadBalancerIp.ipAddress, description: 'Reserved address of the load balancer (Envoy Service spec.loadBalancerIP)' });
    new TerraformOutput(this, 'api_endpoint_subnet_cidr', { value: network.endpointSubnetCidr });
    new TerraformOutput(this, 'worker_subnet_cidr', { value: network.workerSubnetCidr });
    new TerraformOutput(this, 'load_balancer_subnet_cidr', { value: network.loadBalancerSubnetCidr });
    new TerraformOutput(this, 'nat_public_ip', { value: this.natGateway.natIp, description: 'Egress address of the workers: allow-list it at external APIs (LLM, Redpanda Cloud, Neon)' });
  }
}
