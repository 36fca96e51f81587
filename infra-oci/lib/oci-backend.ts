import { TerraformBackend, TerraformRemoteState, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';

export interface OciBackendProps {
  /** Object Storage bucket holding the state (created by the `state` stack). */
  readonly bucket: string;
  /** Object Storage namespace of the tenancy (`oci os ns get`). */
  readonly namespace: string;
  /** Region of the bucket. */
  readonly region: string;
  /** Profile in ~/.oci/config used to authenticate. */
  readonly configFileProfile: string;
  /**
   * Authentication method (`auth`: ApiKey, SecurityToken, InstancePrincipal…).
   * @default the backend's own default, ApiKey
   */
  readonly auth?: string;
  /**
   * Object name of this stack's state.
   * @default '<stack id>/terraform.tfstate'
   */
  readonly key?: string;
}

function attributes(p: OciBackendProps & { key: string }): Record<string, string> {
  return { bucket: p.bucket, namespace: p.namespace, key: p.key, region: p.region, config_file_profile: p.configFileProfile, ...(p.auth ? { auth: p.auth } : {}) };
}

/** `data "terraform_remote_state"` reading another stack's state from the `oci` backend. */
export class DataTerraformRemoteStateOci extends TerraformRemoteState {
  constructor(scope: Construct, id: string, props: OciBackendProps & { key: string }) {
    super(scope, id, 'oci', attributes(props));
  }
}

/**
 * Terraform's native `oci` state backend (Terraform ≥ 1.12): state in Object Storage,
 * locked with conditional writes. CDKTF 0.21 predates it, hence this class.
 */
export class OciBackend extends TerraformBackend {
  private readonly props: OciBackendProps & { key: string };

  constructor(scope: Construct, props: OciBackendProps) {
    super(scope, 'backend', 'oci');
    this.props = { ...props, key: props.key ?? `${TerraformStack.of(this).node.id}/terraform.tfstate` };
  }

  protected override synthesizeAttributes(): Record<string, string> {
    return attributes(this.props);
  }

  protected override synthesizeHclAttributes(): Record<string, string> {
    return attributes(this.props);
  }

  public getRemoteStateDataSource(scope: Construct, name: string, _fromStack: string): TerraformRemoteState {
    return new DataTerraformRemoteStateOci(scope, name, this.props);
  }
}
