/**
 * What `npm run import` generates, besides the CRD modules listed in cdk8s.yaml.
 *
 * Only the types listed here get OCI bindings: the full provider has 2,700 types and
 * would generate ~100 MB of TypeScript. Add a type here, run `npm run import`, commit.
 */

/** Terraform resource types of the oracle/oci provider that the stacks create. */
export const OCI_RESOURCE_TYPES = [
  'oci_artifacts_container_repository',
  'oci_bastion_bastion',
  'oci_budget_alert_rule',
  'oci_budget_budget',
  'oci_containerengine_cluster',
  'oci_containerengine_node_pool',
  'oci_core_default_security_list',
  'oci_core_internet_gateway',
  'oci_core_nat_gateway',
  'oci_core_network_security_group',
  'oci_core_network_security_group_security_rule',
  'oci_core_public_ip',
  'oci_core_route_table',
  'oci_core_security_list',
  'oci_core_service_gateway',
  'oci_core_subnet',
  'oci_core_vcn',
  'oci_identity_policy',
  'oci_limits_quota',
  'oci_objectstorage_bucket',
  'oci_objectstorage_object_lifecycle_policy',
] as const;

/** Terraform data source types of the oracle/oci provider that the stacks read. */
export const OCI_DATA_SOURCE_TYPES = [
  'oci_containerengine_cluster_kube_config',
  'oci_containerengine_cluster_option',
  'oci_containerengine_node_pool_option',
  'oci_core_services',
  'oci_identity_availability_domains',
  'oci_identity_regions',
  'oci_objectstorage_namespace',
] as const;

/** Provider address in the upstream schema file. */
export const OCI_PROVIDER_ADDRESS = 'registry.terraform.io/oracle/oci';

/** Upstream schema file (in ../shared/oci) and the filtered copy committed under imports/oci. */
export const OCI_SCHEMA_FILE = 'oracle-oci-7.1.0.schema.json';
export const OCI_FILTERED_SCHEMA_FILE = 'oracle-oci-7.1.0.filtered.json';

/** Kubernetes API definitions used by cdk8s-plus-28 (k8s 1.28), for strict validation. */
export const K8S_DEFINITIONS_FILE = 'k8s/v1.28.0/_definitions.json';

/** JSON schemas copied for tests, relative to ../shared/schemas. */
export const JSON_SCHEMA_FILES = {
  'github-workflow.json': 'github/github-workflow.json',
  'github-action.json': 'github/github-action.json',
  // Charts that ship a values schema: our Helm values are validated against them.
  'helm/cert-manager.values.schema.json': 'helm-values/cert-manager/values.schema.json',
  'helm/cloudnative-pg.values.schema.json': 'helm-values/cloudnative-pg/values.schema.json',
  'helm/loki.values.schema.json': 'helm-values/loki/values.schema.json',
} as const;
