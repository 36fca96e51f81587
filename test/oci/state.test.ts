import { offlineConfig, resourceNamed, synthStacks } from './helpers';

describe('Terraform state', () => {
  const remote = synthStacks(offlineConfig({ state: { namespace: 'axaxnpcrorw5' } }));

  it('creates a private, versioned bucket that cannot be destroyed by accident', () => {
    const bucket = resourceNamed(remote.get('state')!, 'oci_objectstorage_bucket', 'bucket');
    expect(bucket).toMatchObject({ name: 'todo-chatbot-tfstate', access_type: 'NoPublicAccess', versioning: 'Enabled', lifecycle: { prevent_destroy: true } });
  });

  it('keeps every stack local when no state namespace is configured (offline synth)', () => {
    for (const stack of synthStacks().values()) expect(Object.keys(stack.terraform.backend)).toEqual(['local']);
  });

  it('moves every stack but `state` to the native oci backend when a namespace is configured', () => {
    expect(remote.get('state')!.terraform.backend).toEqual({ local: { path: '../../../terraform.state.tfstate' } });
    for (const id of ['network', 'cluster', 'registry']) {
      expect(remote.get(id)!.terraform.backend).toEqual({
        oci: { bucket: 'todo-chatbot-tfstate', namespace: 'axaxnpcrorw5', key: `${id}/terraform.tfstate`, region: 'eu-frankfurt-1', config_file_profile: 'DEFAULT' },
      });
    }
  });

  it('reads cross-stack outputs from the producing stack’s state in the same backend', () => {
    const input = remote.get('cluster')!.data.terraform_remote_state['cross-stack-reference-input-network'];
    expect(input).toMatchObject({ backend: 'oci', config: { bucket: 'todo-chatbot-tfstate', key: 'network/terraform.tfstate', namespace: 'axaxnpcrorw5' } });
    const local = synthStacks().get('cluster')!.data.terraform_remote_state['cross-stack-reference-input-network'];
    expect(local.config).toEqual({ path: '../../../terraform.network.tfstate' });
  });
});
