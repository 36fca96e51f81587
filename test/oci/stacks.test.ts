import { STACK_IDS, STACKS } from '../../infra-oci/stacks/index';
import { TerraformSchemaValidator } from '../validation/terraform-schema';
import { synthStacks } from './helpers';

const stacks = synthStacks();

describe('OCI stacks', () => {
  it.each([...stacks.keys()])('pins oracle/oci to ~> 7.1 and keeps state at a relative path (%s)', (id) => {
    const terraform = stacks.get(id)!.terraform;
    expect(terraform.required_providers.oci).toEqual({ source: 'registry.terraform.io/oracle/oci', version: '~> 7.1' });
    expect(terraform.backend.local.path).toBe(`../../../terraform.${id}.tfstate`);
  });

  it.each([...stacks.keys()])('validates strictly against the provider schema (%s)', (id) => {
    expect(new TerraformSchemaValidator().validate(stacks.get(id)!, id).problems).toEqual([]);
  });

  it('configures the provider with region and profile only: credentials never enter the repository', () => {
    for (const stack of stacks.values()) {
      expect(Object.keys(stack.provider.oci[0]).sort()).toEqual(['config_file_profile', 'region']);
    }
  });

  it('synthesizes exactly the declared stacks, and each reads the outputs of exactly the stacks it declares', () => {
    expect([...stacks.keys()].sort()).toEqual([...STACK_IDS].sort());
    for (const s of STACKS) {
      const reads = Object.keys(stacks.get(s.id)!.data?.terraform_remote_state ?? {}).map((k) => k.replace('cross-stack-reference-input-', ''));
      expect([s.id, reads.sort()]).toEqual([s.id, [...s.dependsOn].sort()]);
      for (const d of s.dependsOn) expect(STACK_IDS.indexOf(d)).toBeLessThan(STACK_IDS.indexOf(s.id as never));
    }
  });

  it('is deterministic', () => {
    expect(synthStacks()).toEqual(stacks);
  });

  it.each([...stacks.keys()])('matches the snapshot (%s)', (id) => {
    expect(stacks.get(id)).toMatchSnapshot();
  });
});
