import { clusterTokenArgs } from '../../infra-oci/stacks/bootstrap-stack';
import { GROWFS, parseCloudInit } from '../../infra-oci/cluster/cloud-init';
import { offlineConfig, okeHandoff, resourceNamed, resourcesOf, synthStacks } from './helpers';
import { App } from 'cdktf';
import { RegistryStack } from '../../infra-oci/stacks/registry-stack';
import { APP_NAMES } from '../../k8s/apps/catalog';

const stacks = synthStacks();
const cluster = stacks.get('cluster')!;
const oke = resourceNamed(cluster, 'oci_containerengine_cluster', 'cluster');
const pool = resourceNamed(cluster, 'oci_containerengine_node_pool', 'node-pool');

describe('cluster stack', () => {
  it('creates a free BASIC cluster with flannel networking', () => {
    expect(oke.type).toBe('BASIC_CLUSTER');
    expect(oke.cluster_pod_network_options).toEqual([{ cni_type: 'FLANNEL_OVERLAY' }]);
    expect(oke.options.kubernetes_network_config).toEqual({ pods_cidr: '10.244.0.0/16', services_cidr: '10.96.0.0/16' });
    expect(oke.options.add_ons).toEqual({ is_kubernetes_dashboard_enabled: false, is_tiller_enabled: false });
  });

  it('places the API endpoint on its subnet with its NSG, and load balancers on the LB subnet', () => {
    expect(oke.endpoint_config.subnet_id).toMatch(/endpoint-subnet/);
    expect(oke.endpoint_config.nsg_ids).toEqual([expect.stringMatching(/endpoint-nsg/)]);
    expect(oke.endpoint_config.is_public_ip_enabled).toBe(true);
    expect(oke.options.service_lb_subnet_ids).toEqual([expect.stringMatching(/load-balancer-subnet/)]);
  });

  it('fails the plan early when OKE does not offer the Kubernetes version', () => {
    expect(oke.lifecycle.precondition[0].condition).toBe('${contains(data.oci_containerengine_cluster_option.cluster-options.kubernetes_versions, "v1.34.1")}');
  });

  it('runs 1 × VM.Standard.A1.Flex node of 2 OCPU / 12 GB with a 50 GB boot volume', () => {
    expect(pool.node_shape).toBe('VM.Standard.A1.Flex');
    expect(pool.node_shape_config).toEqual({ ocpus: 2, memory_in_gbs: 12 });
    expect(pool.node_config_details.size).toBe(1);
    expect(pool.node_source_details).toMatchObject({ source_type: 'IMAGE', boot_volume_size_in_gbs: '50' });
    expect(pool.kubernetes_version).toBe('v1.34.1');
  });

  // Defect 5: volumes live in one AD; nodes spread over all ADs leave a PVC's pod Pending.
  it('places every node in one availability domain (AD-1 by default) and says which in its outputs', () => {
    const placement = pool.node_config_details.placement_configs;
    expect(pool.node_config_details.dynamic).toBeUndefined();
    expect(placement).toEqual([
      { availability_domain: '${data.oci_identity_availability_domains.availability-domains.availability_domains[0].name}', subnet_id: expect.stringMatching(/worker-subnet/) },
    ]);
    expect(cluster.output.node_availability_domain.value).toBe(placement[0].availability_domain);
    expect(resourcesOf(cluster, 'oci_identity_availability_domains', 'data')[0]!.compartment_id).toContain('tenancy');
  });

  // Defect 14: the AD and the fault domains are the knobs to retry A1 capacity elsewhere.
  it('takes another AD and fault domains from the configuration, and fails the plan clearly when the AD does not exist', () => {
    const moved = resourceNamed(synthStacks(offlineConfig({ nodePool: { availabilityDomain: 3, faultDomains: ['FAULT-DOMAIN-2'] } })).get('cluster')!, 'oci_containerengine_node_pool', 'node-pool');
    expect(moved.node_config_details.placement_configs).toEqual([
      expect.objectContaining({ availability_domain: '${data.oci_identity_availability_domains.availability-domains.availability_domains[2].name}', fault_domains: ['FAULT-DOMAIN-2'] }),
    ]);
    const ad = moved.lifecycle.precondition.find((p: any) => p.condition.includes('availability_domains) > 2'));
    expect(ad.error_message).toMatch(/^nodePool\.availabilityDomain is 3, but eu-frankfurt-1 has fewer availability domains/);
  });

  // Defect 10: newest image of the supported OS major, date/build compared as numbers.
  it('selects the image with the reference module rules (OS major, aarch64, no GPU, numeric date/build), and fails clearly when there is none', () => {
    expect(cluster.locals.node_image_candidates).toContain('^Oracle-Linux-8\\\\.[0-9.]+-aarch64-.*-OKE-1\\\\.34\\\\.1-[0-9]+$');
    expect(cluster.locals.node_image_candidates).toContain('!strcontains(s.source_name, "GPU")');
    expect(cluster.locals.node_image_candidates).toContain('format("%s%02d%02d%010d"');
    expect(pool.node_source_details.image_id).toBe('${local.selected_node_image_id}');
    const precondition = pool.lifecycle.precondition.find((p: any) => p.condition.includes('node_image_candidates'));
    expect(precondition.error_message).toMatch(/No Oracle Linux 8 aarch64 OKE image for Kubernetes v1\.34\.1 .* pin nodePool\.imageOcid \(npm run infra:node-image\)/);
    expect(cluster.output.node_image_id.value).toBe('${local.selected_node_image_id}');
  });

  it('uses a pinned image when one is configured, and then reads no image list (no churn on new images)', () => {
    const pinned = synthStacks(offlineConfig({ nodePool: { imageOcid: 'ocid1.image.oc1.eu-frankfurt-1.aaaaexample' } })).get('cluster')!;
    expect(resourceNamed(pinned, 'oci_containerengine_node_pool', 'node-pool').node_source_details.image_id).toBe('ocid1.image.oc1.eu-frankfurt-1.aaaaexample');
    expect(pinned.locals).toBeUndefined();
    expect(resourcesOf(pinned, 'oci_containerengine_node_pool_option', 'data')).toEqual([]);
  });

  // Defect 15: eviction as the reference module (PT5M, then force).
  it('drains for 5 minutes, then forces the node action, as the reference module does', () => {
    expect(pool.node_eviction_node_pool_settings).toEqual({ eviction_grace_duration: 'PT5M', is_force_action_after_grace_duration: true, is_force_delete_after_grace_duration: true });
    expect(pool.initial_node_labels).toEqual([{ key: 'todo-chatbot/pool', value: 'arm' }]);
    expect(pool.node_config_details.nsg_ids).toEqual([expect.stringMatching(/workers-nsg/)]);
  });

  // Defect 4: node cycling only where OKE supports it.
  it('sends no node-cycling settings to a BASIC cluster, and cycles without surge on an ENHANCED one', () => {
    expect(pool.node_pool_cycling_details).toBeUndefined();
    const enhanced = synthStacks(offlineConfig({ cluster: { type: 'ENHANCED_CLUSTER', allowEnhancedCluster: true }, nodePool: { nodeCycling: true } })).get('cluster')!;
    expect(resourceNamed(enhanced, 'oci_containerengine_node_pool', 'node-pool').node_pool_cycling_details).toEqual({ is_node_cycling_enabled: true, maximum_surge: '0', maximum_unavailable: '1' });
  });

  // Defect 8: grow the root filesystem as the reference module does, and still join the cluster.
  it('boots nodes with cloud-init that grows the root filesystem (oci-growfs only if present) and runs the OKE bootstrap', () => {
    const parts = parseCloudInit(Buffer.from(pool.node_metadata.user_data, 'base64').toString('utf8'));
    expect(parts.map((p) => [p.filename, p.contentType])).toEqual([
      ['10-growpart.yml', 'text/cloud-config'],
      ['50-oke-init.sh', 'text/x-shellscript'],
    ]);
    expect(parts[0]!.content).toMatch(/^#cloud-config\ngrowpart:\n {2}mode: auto\n {2}devices: \['\/'\]\nresize_rootfs: true\n/);
    expect(parts[0]!.content).toContain(`if [ -x ${GROWFS} ]; then ${GROWFS} -y; fi`);
    expect(parts[1]!.content).toContain('/opc/v2/instance/metadata/oke_init_script');
    expect(parts[1]!.content).toMatch(/\nbash \/var\/run\/oke-init\.sh\n/);
  });

  it('outputs the cluster OCID and a kubeconfig command with the configured profile and auth', () => {
    expect(cluster.output.cluster_id.value).toBe('${oci_containerengine_cluster.cluster.id}');
    expect(cluster.output.kubeconfig_command.value).toBe(
      'oci ce cluster create-kubeconfig --cluster-id ${oci_containerengine_cluster.cluster.id} --file $HOME/.kube/config --region eu-frankfurt-1 --token-version 2.0.0 --kube-endpoint PUBLIC_ENDPOINT --profile DEFAULT --auth api_key',
    );
  });
});

// Defect 7: a non-DEFAULT profile got 401 from the Helm provider's token.
describe('bootstrap stack token', () => {
  it('asks the OCI CLI for tokens with the configured profile and auth method', () => {
    const other = synthStacks(offlineConfig({ configFileProfile: 'TODO', auth: 'security_token' })).get('bootstrap')!;
    const args: string[] = other.provider.helm[0].kubernetes.exec.args;
    expect(args.slice(args.indexOf('--profile'))).toEqual(['--profile', 'TODO', '--auth', 'security_token']);
    expect(clusterTokenArgs('c', 'r', 'P', 'api_key')).toEqual(['ce', 'cluster', 'generate-token', '--cluster-id', 'c', '--region', 'r', '--profile', 'P', '--auth', 'api_key']);
    expect(other.provider.oci[0]).toEqual({ region: 'eu-frankfurt-1', config_file_profile: 'TODO', auth: 'SecurityToken' });
  });
});

describe('registry stack', () => {
  const registry = stacks.get('registry')!;
  it('creates one private repository per image the rendered oke environment pulls (its handoff), one per catalog app', () => {
    const repos = resourcesOf(registry, 'oci_artifacts_container_repository');
    expect(okeHandoff().images).toEqual([...APP_NAMES]);
    expect(repos.map((r) => r.display_name).sort()).toEqual(okeHandoff().images.map((a) => `todo-chatbot/${a}`).sort());
    expect(repos.every((r) => r.is_public === false)).toBe(true);
  });

  it('follows the handoff, not a list of its own: another image, another repository and output', () => {
    const stack = new RegistryStack(new App({ skipValidation: true }), 'registry', { config: offlineConfig(), images: ['frontend', 'digest'] });
    expect(Object.keys(stack.repositories)).toEqual(['frontend', 'digest']);
  });

  it('outputs the repository prefix and the OCIR URL of every repository', () => {
    expect(registry.output.repository_prefix.value).toBe('${lower(data.oci_identity_regions.region.regions[0].key)}.ocir.io/${data.oci_objectstorage_namespace.namespace.namespace}/todo-chatbot');
    expect(registry.output.ocir_repositories.value.backend).toBe(`${registry.output.repository_prefix.value}/backend`);
  });
});
