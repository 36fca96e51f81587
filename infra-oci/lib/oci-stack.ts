import { LocalBackend, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { OciProvider } from '../../imports/oci/providers/oci/provider';
import type { OciConfig } from '../config/oci-config';
import { OciBackend } from './oci-backend';
import { ociProviderConstraint } from './provider-version';

export interface OciStackProps {
  /** The validated OCI configuration. */
  readonly config: OciConfig;
  /**
   * Keep this stack's state local even when a state bucket is configured
   * (the stack that creates the bucket cannot store its state in it).
   * @default false
   */
  readonly localState?: boolean;
}

/**
 * Base of every OCI stack: configures the oracle/oci provider (credentials come from
 * ~/.oci/config, never from this repository), pins its version, and chooses the state
 * backend: the native `oci` backend when `state.namespace` is configured, otherwise a
 * local file at a path relative to the stack folder (same output on every machine).
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
    const { state } = props.config;
    if (state.namespace && !props.localState) {
      new OciBackend(this, { bucket: state.bucketName, namespace: state.namespace, region: props.config.region, configFileProfile: props.config.configFileProfile });
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
