import { TerraformLocal, TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { ContainerengineCluster } from '../../imports/oci/providers/oci/containerengine-cluster';
import { ContainerengineNodePool } from '../../imports/oci/providers/oci/containerengine-node-pool';
import { DataOciContainerengineClusterOption } from '../../imports/oci/providers/oci/data-oci-containerengine-cluster-option';
import { DataOciContainerengineNodePoolOption } from '../../imports/oci/providers/oci/data-oci-containerengine-node-pool-option';
import { DataOciIdentityAvailabilityDomains } from '../../imports/oci/providers/oci/data-oci-identity-availability-domains';
import { nodeCloudInit } from '../cluster/cloud-init';
import { imageSelectionLocals } from '../cluster/node-image';
import { OciStack, type OciStackProps } from '../lib/oci-stack';
import type { NetworkStack } from './network-stack';

export interface ClusterStackProps extends OciStackProps {
  /** Subnets and NSGs the cluster is placed in. */
  readonly network: NetworkStack;
}

const FLANNEL = 'FLANNEL_OVERLAY';

/**
 * Eviction when OKE deletes or replaces a node, as terraform-oci-oke sets it
 * (modules/workers/locals.tf:38-40, nodepools.tf:82-95@v5.4.3): wait `evictionGraceDuration`
 * (PT5M) for pods to drain, then go ahead and delete anyway. Why: with one node, a
 * PodDisruptionBudget (CloudNativePG's primary, Strimzi's broker) can never be satisfied
 * elsewhere, so without forcing, an upgrade or replacement waits the full grace period and
 * then fails, leaving the pool stuck; the operators recover the workloads on the new node.
 */
export const EVICTION = { isForceActionAfterGraceDuration: true, isForceDeleteAfterGraceDuration: true } as const;

/**
 * cdktf.out/stacks/cluster: a free BASIC OKE cluster with flannel networking and one
 * Ampere A1 node pool in one availability domain (nodePool.availabilityDomain).
 */
export class ClusterStack extends OciStack {
  public readonly cluster: ContainerengineCluster;
  public readonly nodePool: ContainerengineNodePool;
  /** The tenancy-specific name of the nodes' availability domain. */
  public readonly availabilityDomainName: string;

  constructor(scope: Construct, id: string, props: ClusterStackProps) {
    super(scope, id, props);
    const { compartmentOcid: compartmentId, cluster: c, nodePool: pool, network, region } = this.config;
    const net = props.network;

    const options = new DataOciContainerengineClusterOption(this, 'cluster-options', { clusterOptionId: 'all', compartmentId });
    this.cluster = new ContainerengineCluster(this, 'cluster', {
      compartmentId,
      name: c.name,
      type: c.type,
      kubernetesVersion: c.kubernetesVersion,
      vcnId: net.vcn.id,
      clusterPodNetworkOptions: [{ cniType: FLANNEL }],
      endpointConfig: { subnetId: net.endpointSubnet.id, isPublicIpEnabled: c.apiEndpoint.public, nsgIds: [net.nsgs.endpoint.id] },
      options: {
        serviceLbSubnetIds: [net.loadBalancerSubnet.id],
        kubernetesNetworkConfig: { podsCidr: network.podsCidr, servicesCidr: network.servicesCidr },
        addOns: { isKubernetesDashboardEnabled: false, isTillerEnabled: false },
        persistentVolumeConfig: { freeformTags: this.freeformTags },
        serviceLbConfig: { freeformTags: this.freeformTags },
      },
      freeformTags: this.freeformTags,
      lifecycle: {
        precondition: [
          {
            condition: `\${contains(${options.fqn}.kubernetes_versions, "${c.kubernetesVersion}")}`,
            errorMessage: `OKE does not offer Kubernetes ${c.kubernetesVersion} in ${region}; set cluster.kubernetesVersion to one of \`oci ce cluster-options get --cluster-option-id all\`.`,
          },
        ],
      },
    });

    const ads = new DataOciIdentityAvailabilityDomains(this, 'availability-domains', { compartmentId: this.config.tenancyOcid });
    const adIndex = pool.availabilityDomain - 1;
    this.availabilityDomainName = `\${${ads.fqn}.availability_domains[${adIndex}].name}`;
    const adPrecondition = {
      condition: `\${length(${ads.fqn}.availability_domains) > ${adIndex}}`,
      errorMessage: `nodePool.availabilityDomain is ${pool.availabilityDomain}, but ${region} has fewer availability domains; set it to 1 (PLATFORM_OCI_NODE_POOL_AVAILABILITY_DOMAIN=1).`,
    };

    const preconditions = [adPrecondition];
    let imageId = pool.imageOcid;
    if (!imageId) {
      const nodeOptions = new DataOciContainerengineNodePoolOption(this, 'node-pool-options', { nodePoolOptionId: 'all', compartmentId });
      const locals = imageSelectionLocals(`${nodeOptions.fqn}.sources`, { kubernetesVersion: c.kubernetesVersion, osMajor: pool.imageOsVersion });
      const candidates = new TerraformLocal(this, 'node_image_candidates', locals.node_image_candidates);
      const selected = new TerraformLocal(this, 'selected_node_image_id', locals.selected_node_image_id);
      imageId = selected.asString;
      preconditions.push({
        condition: `\${length(${candidates.fqn}) > 0}`,
        errorMessage: `No Oracle Linux ${pool.imageOsVersion} aarch64 OKE image for Kubernetes ${c.kubernetesVersion} in ${region}; set nodePool.imageOsVersion (OKE may publish only another major) or pin nodePool.imageOcid (npm run infra:node-image).`,
      });
    }

    this.nodePool = new ContainerengineNodePool(this, 'node-pool', {
      compartmentId,
      clusterId: this.cluster.id,
      name: pool.name,
      kubernetesVersion: c.kubernetesVersion,
      nodeShape: pool.shape,
      nodeShapeConfig: { ocpus: pool.ocpusPerNode, memoryInGbs: pool.memoryGbPerNode },
      nodeSourceDetails: { sourceType: 'IMAGE', imageId, bootVolumeSizeInGbs: String(pool.bootVolumeGb) },
      nodeConfigDetails: {
        size: pool.nodeCount,
        nsgIds: [net.nsgs.workers.id],
        nodePoolPodNetworkOptionDetails: { cniType: FLANNEL },
        placementConfigs: [
          {
            availabilityDomain: this.availabilityDomainName,
            subnetId: net.workerSubnet.id,
            ...(pool.faultDomains.length > 0 ? { faultDomains: [...pool.faultDomains] } : {}),
          },
        ],
        freeformTags: this.freeformTags,
      },
      // Only where OKE supports it (ENHANCED; the config refuses it on BASIC). One node at a
      // time and no surge: a surge node would exceed the free tier.
      ...(pool.nodeCycling ? { nodePoolCyclingDetails: { isNodeCyclingEnabled: true, maximumSurge: '0', maximumUnavailable: '1' } } : {}),
      nodeEvictionNodePoolSettings: { evictionGraceDuration: pool.evictionGraceDuration, ...EVICTION },
      nodeMetadata: { user_data: Buffer.from(nodeCloudInit()).toString('base64') },
      initialNodeLabels: Object.entries(pool.labels).map(([key, value]) => ({ key, value })),
      ...(pool.sshPublicKey ? { sshPublicKey: pool.sshPublicKey } : {}),
      freeformTags: this.freeformTags,
      lifecycle: { precondition: preconditions },
    });

    new TerraformOutput(this, 'cluster_id', { value: this.cluster.id });
    new TerraformOutput(this, 'kubeconfig_command', {
      description: 'Writes a kubeconfig entry for this cluster (needs the OCI CLI)',
      value: `oci ce cluster create-kubeconfig --cluster-id ${this.cluster.id} --file $HOME/.kube/config --region ${region} --token-version 2.0.0 --kube-endpoint ${c.apiEndpoint.public ? 'PUBLIC_ENDPOINT' : 'PRIVATE_ENDPOINT'} --profile ${this.config.configFileProfile} --auth ${this.config.auth}`,
    });
    new TerraformOutput(this, 'node_pool_id', { value: this.nodePool.id });
    new TerraformOutput(this, 'node_image_id', { value: imageId, description: 'Pin it: nodePool.imageOcid (npm run infra:node-image)' });
    new TerraformOutput(this, 'node_availability_domain', { value: this.availabilityDomainName, description: 'Where the nodes and therefore every PVC live' });
  }
}
