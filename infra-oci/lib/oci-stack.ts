import { LocalBackend, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { OciProvider } from '../../imports/oci/providers/oci/provider';
import { TERRAFORM_AUTH } from '../../k8s/contract/oci-settings';
import type { OciConfig } from '../config/oci-config';
import { OciBackend } from './oci-backend';
import { ociProviderConstraint } from './provider-version';

export interface OciStackProps {
  /** The validated OCI configuration. */
  readonly config: OciConfig;
}

/**
 * Base of every OCI stack: configures the oracle/oci provider (credentials come from
 * ~/.oci/config, never from this repository), pins its version, and chooses the state
 * backend: the native `oci` backend when `state.namespace` is configured, otherwise a
 * local file at a path relative to the stack folder (same output on every machine). Local
 * state is refused where `state.requireRemote` is set (CI): the config schema rejects a
 * missing namespace there, and this constructor re-checks it.
 */
export abstract class OciStack extends TerraformStack {
  public readonly config: OciConfig;
  public readonly provider: OciProvider;

  protected constructor(scope: Construct, id: string, props: OciStackProps) {
    super(scope, id);
    this.config = props.config;
    const { config } = props;
    // `auth` only when it is not the provider's default (ApiKey), so the default output stays minimal.
    const auth = config.auth === 'api_key' ? {} : { auth: TERRAFORM_AUTH[config.auth] };
    this.provider = new OciProvider(this, 'oci', { region: config.region, configFileProfile: config.configFileProfile, ...auth });
    this.addOverride('terraform.required_providers.oci.version', ociProviderConstraint());
    const { state } = config;
    if (state.namespace) {
      new OciBackend(this, { bucket: state.bucketName, namespace: state.namespace, region: config.region, configFileProfile: config.configFileProfile, ...auth });
    } else if (state.requireRemote) {
      throw new Error(`stack ${id}: state.requireRemote is set but state.namespace is empty — set PLATFORM_OCI_STATE_NAMESPACE (docs/oci-ci.md)`);
    } else {
      // cdktf.out/stacks/<id>/ → the repository root, where cdktf's own default would put it,
      // but without the absolute path that would differ per machine.
      new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    }
  }

  /** Tags put on every taggable resource. */
  public get freeformTags(): Record<string, string> {
    return { 'managed-by': 'cdktf', project: 'todo-chatbot', stack: this.node.id };
  }
}
