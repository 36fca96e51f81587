import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { DataOciIdentityAvailabilityDomains } from '../../imports/oci/providers/oci/data-oci-identity-availability-domains';
import { DataOciObjectstorageNamespace } from '../../imports/oci/providers/oci/data-oci-objectstorage-namespace';
import { IdentityPolicy } from '../../imports/oci/providers/oci/identity-policy';
import { backupBucketRules, stateBucketRules } from '../guardrails/lifecycle';
import { SpendingBudget } from '../guardrails/spending-budget';
import { TenancyQuota } from '../guardrails/tenancy-quota';
import { OciStack, type OciStackProps } from '../lib/oci-stack';
import { LifecycleBucket } from '../storage/lifecycle-bucket';

/** `https://<namespace>.compat.objectstorage.<region>.oraclecloud.com`: Object Storage's Amazon S3 Compatibility API endpoint. */
export function s3CompatibleEndpoint(namespace: string, region: string): string {
  return `https://${namespace}.compat.objectstorage.${region}.oraclecloud.com`;
}

/** IAM compartment clause for a compartment or the root compartment (the tenancy OCID). */
export function compartmentClause(compartmentOcid: string): string {
  return compartmentOcid.startsWith('ocid1.tenancy.') ? 'tenancy' : `compartment id ${compartmentOcid}`;
}

/**
 * cdktf.out/stacks/state — the account's foundation, applied first and kept on teardown:
 *  - the tenancy quota and the budget (the tenancy refuses to bill before anything exists);
 *  - the versioned bucket holding every stack's Terraform state (this one's too, once its
 *    first local apply was migrated into it: docs/oci-deploy.md);
 *  - the PostgreSQL backup bucket (it must outlive a cluster re-create).
 */
export class StateStack extends OciStack {
  public readonly stateBucket: LifecycleBucket;
  public readonly backupBucket: LifecycleBucket;
  public readonly quota?: TenancyQuota;
  public readonly budget: SpendingBudget;

  constructor(scope: Construct, id: string, props: OciStackProps) {
    super(scope, id, props);
    const { config } = this;
    const namespace = new DataOciObjectstorageNamespace(this, 'namespace', { compartmentId: config.tenancyOcid });

    if (config.tenancyQuota) {
      const ads = new DataOciIdentityAvailabilityDomains(this, 'availability-domains', { compartmentId: config.tenancyOcid });
      this.quota = new TenancyQuota(this, 'always-free-quota', {
        config,
        availabilityDomainName: ads.availabilityDomains.get(config.nodePool.availabilityDomain - 1).name,
        freeformTags: this.freeformTags,
      });
    }
    this.budget = new SpendingBudget(this, 'spending', { config, freeformTags: this.freeformTags });

    // Lifecycle policies run as the Object Storage service, which needs this grant first
    // ("Allow service objectstorage-<region> to manage object-family …": OCI docs
    // Object/Tasks/usinglifecyclepolicies.htm, service permissions).
    const buckets = [config.state.bucketName, config.backup.bucketName];
    const lifecycleGrant = new IdentityPolicy(this, 'object-lifecycle-grant', {
      compartmentId: config.tenancyOcid,
      name: 'todo-chatbot-object-lifecycle',
      description: 'Lets Object Storage apply the lifecycle policies of the todo-chatbot buckets',
      statements: [
        `Allow service objectstorage-${config.region} to manage object-family in ${compartmentClause(config.compartmentOcid)} where any {${buckets.map((b) => `target.bucket.name='${b}'`).join(', ')}}`,
      ],
      freeformTags: this.freeformTags,
    });

    const common = { compartmentId: config.compartmentOcid, namespace: namespace.namespace, freeformTags: this.freeformTags, lifecycleDependsOn: [lifecycleGrant] };
    this.stateBucket = new LifecycleBucket(this, 'state-bucket', { ...common, name: config.state.bucketName, rules: stateBucketRules(), preventDestroy: true });
    this.backupBucket = new LifecycleBucket(this, 'backup-bucket', { ...common, name: config.backup.bucketName, rules: backupBucketRules(config.backup.lifecycleDays) });

    new TerraformOutput(this, 'state_bucket', { value: this.stateBucket.bucket.name });
    new TerraformOutput(this, 'state_namespace', {
      value: namespace.namespace,
      description: 'Set PLATFORM_OCI_STATE_NAMESPACE to this value, then migrate this stack\'s state into the bucket (npm run infra:bootstrap-state)',
    });
    new TerraformOutput(this, 'backup_bucket', { value: this.backupBucket.bucket.name, description: 'PostgreSQL backups (CloudNativePG barmanObjectStore destinationPath s3://<bucket>/)' });
    new TerraformOutput(this, 'backup_s3_endpoint', { value: s3CompatibleEndpoint(namespace.namespace, config.region), description: 'S3-compatible endpoint of the backup bucket' });
    new TerraformOutput(this, 'backup_region', { value: config.region });
    if (this.quota) new TerraformOutput(this, 'quota_statements', { value: this.quota.statements, description: 'What the tenancy refuses (takes effect within 10 minutes)' });
  }
}
