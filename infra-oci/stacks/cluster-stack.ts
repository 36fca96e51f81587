import { Fn, TerraformIterator, TerraformLocal, TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { ContainerengineCluster } from '../../imports/oci/providers/oci/containerengine-cluster';
import { ContainerengineNodePool } from '../../imports/oci/providers/oci/containerengine-node-pool';
import { DataOciContainerengineClusterOption } from '../../imports/oci/providers/oci/data-oci-containerengine-cluster-option';
import { DataOciContainerengineNodePoolOption } from '../../imports/oci/providers/oci/data-oci-containerengine-node-pool-option';
import { DataOciIdentityAvailabilityDomains } from '../../imports/oci/providers/oci/data-oci-identity-availability-domains';
import { OciStack, type OciStackProps } from '../lib/oci-stack';
import type { NetworkStack } from './network-stack';

export interface ClusterStackProps extends OciStackProps {
  /** Subnets and NSGs the cluster is placed in. */
  readonly network: NetworkStack;
}

const FLANNEL = 'FLANNEL_OVERLAY';

/** Terraform regex matching Oracle Linux ARM (aarch64) OKE images of one Kubernetes version. */
export function armImagePattern(kubernetesVersion: string): string {
  return `^Oracle-Linux-[0-9.]+-aarch64-.*-OKE-${kubernetesVersion.replace(/^v/, '').replace(/\./g, '\\\\.')}-`;
}

/**
 * cdktf.out/stacks/cluster: a free BASIC OKE cluster with flannel networking and one
 * Ampere A1 node pool spread over every availability domain of the region.
 */
export class ClusterStack extends OciStack {
  public readonly cluster: ContainerengineCluster;
  public readonly nodePool: ContainerengineNodePool;

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
    const adIterator = TerraformIterator.fromList(ads.availabilityDomains);

    let imageId: string;
    let imagePrecondition: { condition: string; errorMessage: string }[] = [];
    if (pool.imageOcid) {
      imageId = pool.imageOcid;
    } else {
      const nodeOptions = new DataOciContainerengineNodePoolOption(this, 'node-pool-options', { nodePoolOptionId: 'all', compartmentId });
      // source_name → image_id of the ARM OKE images for this version (GPU images excluded);
      // the newest build sorts last.
      const images = new TerraformLocal(
        this,
        'arm_node_images',
        `\${{ for s in ${nodeOptions.fqn}.sources : s.source_name => s.image_id if length(regexall("${armImagePattern(c.kubernetesVersion)}", s.source_name)) > 0 && length(regexall("GPU", s.source_name)) == 0 }}`,
      );
      imageId = Fn.lookup(images.expression, Fn.element(Fn.reverse(Fn.sort(Fn.keys(images.expression))), 0), '');
      imagePrecondition = [
        {
          condition: `\${length(${images.fqn}) > 0}`,
          errorMessage: `No Oracle Linux aarch64 OKE image for Kubernetes ${c.kubernetesVersion} in ${region}; set nodePool.imageOcid.`,
        },
      ];
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
        placementConfigs: adIterator.dynamic({ availability_domain: adIterator.getString('name'), subnet_id: net.workerSubnet.id }),
        freeformTags: this.freeformTags,
      },
      // Replace nodes one at a time and never add one (a surge node would exceed the free tier).
      nodePoolCyclingDetails: { isNodeCyclingEnabled: true, maximumSurge: '0', maximumUnavailable: '1' },
      nodeEvictionNodePoolSettings: { evictionGraceDuration: pool.evictionGraceDuration, isForceDeleteAfterGraceDuration: false },
      initialNodeLabels: Object.entries(pool.labels).map(([key, value]) => ({ key, value })),
      ...(pool.sshPublicKey ? { sshPublicKey: pool.sshPublicKey } : {}),
      freeformTags: this.freeformTags,
      lifecycle: imagePrecondition.length > 0 ? { precondition: imagePrecondition } : undefined,
    });

    new TerraformOutput(this, 'cluster_id', { value: this.cluster.id });
    new TerraformOutput(this, 'kubeconfig_command', {
      description: 'Writes a kubeconfig entry for this cluster (needs the OCI CLI)',
      value: `oci ce cluster create-kubeconfig --cluster-id ${this.cluster.id} --file $HOME/.kube/config --region ${region} --token-version 2.0.0 --kube-endpoint ${c.apiEndpoint.public ? 'PUBLIC_ENDPOINT' : 'PRIVATE_ENDPOINT'}`,
    });
    new TerraformOutput(this, 'node_pool_id', { value: this.nodePool.id });
    new TerraformOutput(this, 'node_image_id', { value: imageId });
  }
}
