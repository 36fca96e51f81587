import { Construct } from 'constructs';
import { LimitsQuota } from '../../imports/oci/providers/oci/limits-quota';
import type { OciConfig } from '../config/oci-config';
import { quotaStatements, renderQuotaStatement } from './quotas';

export interface TenancyQuotaProps {
  readonly config: OciConfig;
  /** Tenancy-specific name of the nodes' availability domain (e.g. "Uocm:EU-FRANKFURT-1-AD-1"), usually a Terraform expression. */
  readonly availabilityDomainName: string;
  readonly freeformTags: Record<string, string>;
}

/**
 * A compartment quota policy in the root compartment (quotas on the tenancy are created there:
 * provider example compartment_id = var.tenancy_ocid, docs r/limits_quota@v7.1.0) whose
 * statements keep the whole tenancy inside Always Free. New quotas take up to 10 minutes to
 * work (Quotas/Tasks/create-quota.htm).
 */
export class TenancyQuota extends Construct {
  public readonly quota: LimitsQuota;
  /** The rendered statements, in order. */
  public readonly statements: readonly string[];

  constructor(scope: Construct, id: string, props: TenancyQuotaProps) {
    super(scope, id);
    const { config } = props;
    this.statements = quotaStatements(config).map((s) => renderQuotaStatement(s, config.region, props.availabilityDomainName));
    this.quota = new LimitsQuota(this, 'quota', {
      compartmentId: config.tenancyOcid,
      // Quota names are unique in the tenancy and immutable.
      name: 'todo-chatbot-always-free',
      description: 'Keeps the tenancy inside the Oracle Cloud Always Free allowance (todo-chatbot infra-oci/guardrails)',
      statements: [...this.statements],
      freeformTags: props.freeformTags,
    });
  }
}
