import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { ObjectstorageBucket } from '../../imports/oci/providers/oci/objectstorage-bucket';
import { ObjectstorageObjectLifecyclePolicy } from '../../imports/oci/providers/oci/objectstorage-object-lifecycle-policy';
import type { LifecycleRule } from '../guardrails/lifecycle';

export interface LifecycleBucketProps {
  readonly compartmentId: string;
  readonly namespace: string;
  readonly name: string;
  readonly rules: readonly LifecycleRule[];
  /**
   * What must exist before the lifecycle policy: the IAM policy that lets Object Storage
   * manage the bucket's objects (without it the API rejects the lifecycle policy).
   */
  readonly lifecycleDependsOn: readonly ITerraformDependable[];
  readonly freeformTags: Record<string, string>;
  /**
   * Protect the bucket from `terraform destroy`.
   * @default false
   */
  readonly preventDestroy?: boolean;
}

/**
 * A private, versioned Standard-tier bucket (access_type NoPublicAccess, versioning Enabled:
 * schema oracle/oci 7.1.0 objectstorage_bucket) with its lifecycle policy.
 */
export class LifecycleBucket extends Construct {
  public readonly bucket: ObjectstorageBucket;
  public readonly lifecyclePolicy: ObjectstorageObjectLifecyclePolicy;

  constructor(scope: Construct, id: string, props: LifecycleBucketProps) {
    super(scope, id);
    this.bucket = new ObjectstorageBucket(this, 'bucket', {
      compartmentId: props.compartmentId,
      name: props.name,
      namespace: props.namespace,
      accessType: 'NoPublicAccess',
      storageTier: 'Standard',
      versioning: 'Enabled',
      freeformTags: props.freeformTags,
      ...(props.preventDestroy ? { lifecycle: { preventDestroy: true } } : {}),
    });
    this.lifecyclePolicy = new ObjectstorageObjectLifecyclePolicy(this, 'lifecycle', {
      bucket: this.bucket.name,
      namespace: props.namespace,
      rules: props.rules.map((r) => ({ name: r.name, action: r.action, target: r.target, timeAmount: String(r.days), timeUnit: 'DAYS', isEnabled: true })),
      dependsOn: [...props.lifecycleDependsOn],
    });
  }
}
