import { TerraformSchemaValidator } from '../validation/terraform-schema';

const validator = new TerraformSchemaValidator();

const vcn = { compartment_id: 'ocid1.compartment.oc1..x', cidr_blocks: ['10.0.0.0/16'], display_name: 'v' };
const nodePool = {
  cluster_id: '${oci_containerengine_cluster.c.id}',
  compartment_id: 'ocid1.compartment.oc1..x',
  name: 'pool',
  node_shape: 'VM.Standard.A1.Flex',
  node_shape_config: { ocpus: 2, memory_in_gbs: 12 },
};

function check(config: Record<string, unknown>) {
  return validator.validate(config, 'stack').problems;
}

describe('TerraformSchemaValidator', () => {
  it('accepts valid resources, tokens and meta-arguments', () => {
    expect(check({ resource: { oci_core_vcn: { v: { ...vcn, depends_on: ['x'], '//': {} } } } })).toEqual([]);
    expect(check({ resource: { oci_containerengine_node_pool: { p: nodePool } } })).toEqual([]);
  });

  it('rejects an unknown argument', () => {
    expect(check({ resource: { oci_core_vcn: { v: { ...vcn, cidr: '10.0.0.0/16' } } } })).toEqual(['stack: oci_core_vcn.v.cidr: unknown argument or block']);
  });

  it('rejects a missing required argument', () => {
    const { compartment_id: _omitted, ...rest } = vcn;
    expect(check({ resource: { oci_core_vcn: { v: rest } } })).toEqual(['stack: oci_core_vcn.v: missing required argument "compartment_id"']);
  });

  it('rejects a read-only attribute', () => {
    expect(check({ resource: { oci_core_vcn: { v: { ...vcn, state: 'AVAILABLE' } } } })).toEqual([
      'stack: oci_core_vcn.v.state: read-only (computed) attribute cannot be set',
    ]);
  });

  it('rejects wrong nesting: too many blocks, an attribute given as a block, a block given as a value', () => {
    const twice = { ...nodePool, node_shape_config: [{ ocpus: 1 }, { ocpus: 1 }] };
    expect(check({ resource: { oci_containerengine_node_pool: { p: twice } } })).toEqual([
      'stack: oci_containerengine_node_pool.p.node_shape_config: at most 1 block(s) allowed, got 2',
    ]);
    expect(check({ resource: { oci_core_vcn: { v: { ...vcn, cidr_blocks: { a: 1 } } } } })).toEqual([
      'stack: oci_core_vcn.v.cidr_blocks: expected a list, got object',
    ]);
    expect(check({ resource: { oci_containerengine_node_pool: { p: { ...nodePool, node_shape_config: 'big' } } } })).toEqual([
      'stack: oci_containerengine_node_pool.p.node_shape_config: expected a block (object), got string',
    ]);
  });

  it('rejects a type missing from the filtered schema, and checks data sources', () => {
    expect(check({ resource: { oci_core_instance: { i: {} } } })[0]).toMatch(/not in the provider schema — add it to imports\/sources.ts/);
    expect(check({ data: { oci_core_services: { s: { bogus: 1 } } } })).toEqual(['stack: data.oci_core_services.s.bogus: unknown argument or block']);
  });

  it('validates the provider block', () => {
    expect(check({ provider: { oci: [{ region: 'eu-frankfurt-1', profile: 'x' }] } })).toEqual(['stack: provider.oci[0].profile: unknown argument or block']);
    expect(check({ provider: { aws: [{}] } })).toEqual(['stack: provider "aws" has no schema to validate against']);
  });
});
