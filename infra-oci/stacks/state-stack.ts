import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { DataOciObjectstorageNamespace } from '../../imports/oci/providers/oci/data-oci-objectstorage-namespace';
import { ObjectstorageBucket } from '../../imports/oci/providers/oci/objectstorage-bucket';
import { OciStack, type OciStackProps } from '../lib/oci-stack';

/**
 * cdktf.out/stacks/state: the private, versioned Object Storage bucket that holds the
 * other stacks' Terraform state. Its own state stays local (it cannot live in the
 * bucket it creates); apply it first.
 */
export class StateStack extends OciStack {
  public readonly bucket: ObjectstorageBucket;

  constructor(scope: Construct, id: string, props: Omit<OciStackProps, 'localState'>) {
    super(scope, id, { ...props, localState: true });
    const namespace = new DataOciObjectstorageNamespace(this, 'namespace', { compartmentId: this.config.tenancyOcid });
    this.bucket = new ObjectstorageBucket(this, 'bucket', {
      compartmentId: this.config.compartmentOcid,
      name: this.config.state.bucketName,
      namespace: namespace.namespace,
      accessType: 'NoPublicAccess',
      storageTier: 'Standard',
      // Versioning lets a corrupted or deleted state be recovered.
      versioning: 'Enabled',
      freeformTags: this.freeformTags,
      lifecycle: { preventDestroy: true },
    });
    new TerraformOutput(this, 'state_bucket', { value: this.bucket.name });
    new TerraformOutput(this, 'state_namespace', {
      value: namespace.namespace,
      description: 'Set OCI_STATE_NAMESPACE (or state.namespace) to this value to move the other stacks to the oci backend',
    });
  }
}
