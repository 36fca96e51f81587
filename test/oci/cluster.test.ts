import { armImagePattern } from '../../infra-oci/stacks/cluster-stack';
import { offlineConfig, resourceNamed, resourcesOf, synthStacks } from './helpers';

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

  it('runs 2 × VM.Standard.A1.Flex nodes of 2 OCPU / 12 GB with 50 GB boot volumes', () => {
    expect(pool.node_shape).toBe('VM.Standard.A1.Flex');
    expect(pool.node_shape_config).toEqual({ ocpus: 2, memory_in_gbs: 12 });
    expect(pool.node_config_details.size).toBe(2);
    expect(pool.node_source_details).toMatchObject({ source_type: 'IMAGE', boot_volume_size_in_gbs: '50' });
    expect(pool.kubernetes_version).toBe('v1.34.1');
  });

  it('spreads the nodes over every availability domain of the region', () => {
    const placement = pool.node_config_details.dynamic.placement_configs;
    expect(placement.for_each).toBe('${toset(data.oci_identity_availability_domains.availability-domains.availability_domains)}');
    expect(placement.content.availability_domain).toBe('${each.value.name}');
    expect(resourcesOf(cluster, 'oci_identity_availability_domains', 'data')[0]!.compartment_id).toContain('tenancy');
  });

  it('selects the newest aarch64 OKE image of the version, and fails clearly when there is none', () => {
    expect(cluster.locals.arm_node_images).toContain('regexall("^Oracle-Linux-[0-9.]+-aarch64-.*-OKE-1\\\\.34\\\\.1-", s.source_name)');
    expect(cluster.locals.arm_node_images).toContain('length(regexall("GPU", s.source_name)) == 0');
    expect(pool.node_source_details.image_id).toBe('${local.arm_node_images[element(reverse(sort(keys(local.arm_node_images))), 0)]}');
    expect(pool.lifecycle.precondition[0].error_message).toMatch(/set nodePool.imageOcid/);
    expect(new RegExp(armImagePattern('v1.34.1').replace(/\\\\/g, '\\')).test('Oracle-Linux-8.10-aarch64-2025.10.01-0-OKE-1.34.1-1234')).toBe(true);
    expect(new RegExp(armImagePattern('v1.34.1').replace(/\\\\/g, '\\')).test('Oracle-Linux-8.10-2025.10.01-0-OKE-1.34.1-1234')).toBe(false);
  });

  it('uses a pinned image when one is configured', () => {
    const pinned = synthStacks(offlineConfig({ nodePool: { imageOcid: 'ocid1.image.oc1.eu-frankfurt-1.aaaaexample' } })).get('cluster')!;
    expect(resourceNamed(pinned, 'oci_containerengine_node_pool', 'node-pool').node_source_details.image_id).toBe('ocid1.image.oc1.eu-frankfurt-1.aaaaexample');
    expect(pinned.locals).toBeUndefined();
  });

  it('drains nodes before deleting them, cycles one at a time and never surges past the free tier', () => {
    expect(pool.node_eviction_node_pool_settings).toEqual({ eviction_grace_duration: 'PT60M', is_force_delete_after_grace_duration: false });
    expect(pool.node_pool_cycling_details).toEqual({ is_node_cycling_enabled: true, maximum_surge: '0', maximum_unavailable: '1' });
    expect(pool.initial_node_labels).toEqual([{ key: 'todo-chatbot/pool', value: 'arm' }]);
    expect(pool.node_config_details.nsg_ids).toEqual([expect.stringMatching(/workers-nsg/)]);
  });

  it('outputs the cluster OCID and the kubeconfig command', () => {
    expect(cluster.output.cluster_id.value).toBe('${oci_containerengine_cluster.cluster.id}');
    expect(cluster.output.kubeconfig_command.value).toBe(
      'oci ce cluster create-kubeconfig --cluster-id ${oci_containerengine_cluster.cluster.id} --file $HOME/.kube/config --region eu-frankfurt-1 --token-version 2.0.0 --kube-endpoint PUBLIC_ENDPOINT',
    );
  });
});

describe('registry stack', () => {
  const registry = stacks.get('registry')!;
  it('creates one private repository per application image', () => {
    const repos = resourcesOf(registry, 'oci_artifacts_container_repository');
    expect(repos.map((r) => r.display_name).sort()).toEqual(
      ['audit', 'backend', 'frontend', 'notification', 'realtime', 'recurring-task'].map((a) => `todo-chatbot/${a}`),
    );
    expect(repos.every((r) => r.is_public === false)).toBe(true);
  });

  it('outputs the OCIR URL of every repository', () => {
    expect(registry.output.ocir_repositories.value.backend).toBe(
      '${lower(data.oci_identity_regions.region.regions[0].key)}.ocir.io/${data.oci_objectstorage_namespace.namespace.namespace}/todo-chatbot/backend',
    );
  });
});
