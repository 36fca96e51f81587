import { LocalBackend, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { OciProvider } from '../../imports/oci/providers/oci/provider';
import type { OciConfig } from '../config/oci-config';
import { ociProviderConstraint } from './provider-version';

export interface OciStackProps {
  /** The validated OCI configuration. */
  readonly config: OciConfig;
}

/**
 * Base of every OCI stack: configures the oracle/oci provider (credentials come from
 * ~/.oci/config, never from this repository), pins its version, and keeps Terraform
 * state in a path relative to the stack folder so the output is the same on every machine.
 */
export abstract class OciStack extends TerraformStack {
  public readonly config: OciConfig;
  public readonly provider: OciProvider;

  protected constructor(scope: Construct, id: string, props: OciStackProps) {
    super(scope, id);
    this.config = props.config;
    this.provider = new OciProvider(this, 'oci', {
      region: props.config.region,
      configFileProfile: props.config.configFileProfile,
    });
    this.addOverride('terraform.required_providers.oci.version', ociProviderConstraint());
    // cdktf.out/stacks/<id>/ → the repository root, where cdktf's own default would put it,
    // but without the absolute path that would differ per machine.
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
  }

  /** Tags put on every taggable resource. */
  public get freeformTags(): Record<string, string> {
    return { 'managed-by': 'cdktf', project: 'todo-chatbot', stack: this.node.id };
  }
}
