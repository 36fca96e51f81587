import { ALWAYS_FREE, ALWAYS_FREE_LIMITS } from '../../k8s/contract/always-free';
import type { OciConfig } from '../config/oci-config';

/**
 * The tenancy quota that makes the OCI API itself refuse what Always Free does not cover, as
 * data: one entry per statement, each with why and where its family and quota names are stated.
 *
 * Syntax (docs.oracle.com/iaas/Content/Quotas/Concepts/quota_policy_syntax.htm):
 *   set|zero <family> quota|quotas [<name>] [to <n>] in tenancy [where request.region|request.ad = '<x>']
 * "in tenancy" covers every compartment (sample_quotas.htm: "enforces the quota for entire tenancy");
 * a later `set` narrows an earlier `zero` of the same quota, as in the documented
 * "set … in tenancy / unset … in compartment" sample and the community free-tier quotas
 * (find_string "zero compute-memory quotas": six repositories, 2026). AD-scoped quotas apply per
 * AD unless `request.ad` names one (quota_policy_syntax.htm, "Scope").
 */
export interface QuotaStatement {
  readonly action: 'zero' | 'set';
  readonly family: string;
  /** A quota name; absent: every quota of the family (`quotas`). */
  readonly quota?: string;
  readonly value?: number;
  /** Restrict a `set` to the home region or to the nodes' availability domain. */
  readonly where?: 'region' | 'ad';
  readonly why: string;
  readonly source: string;
}

const QUOTA_DOCS = 'docs.oracle.com/iaas/Content/Quotas/Concepts';
/** A1 quota names: ListShapes `quotaNames` of VM.Standard.A1.Flex (research oci-terraform.md Q5). */
const A1_SOURCE = 'ListShapes quotaNames of VM.Standard.A1.Flex; family compute-memory per community quotas (official Compute quota page not found)';
const GIB = 2 ** 30;

/**
 * Load balancer quotas that exist (loadbalancing_quotas.htm): the fixed shapes only. The CCM's
 * default shape is "100Mbps" (oci-cloud-controller-manager load_balancer.go:78@v1.35.0), which
 * these zeros refuse. No quota exists for flexible load balancers: the synth guard counts them.
 */
export const FIXED_LB_QUOTAS = ['lb-10mbps-micro-count', 'lb-10mbps-count', 'lb-100mbps-count', 'lb-400mbps-count', 'lb-8000mbps-count'] as const;

/** Every statement, in order (a `zero` before the `set` that re-opens part of it). */
export function quotaStatements(config: OciConfig): QuotaStatement[] {
  const p = config.nodePool;
  const ocpus = ALWAYS_FREE.a1Ocpus;
  const memory = ALWAYS_FREE.a1MemoryGb;
  const a1 = `Always Free A1 since ${ALWAYS_FREE_LIMITS.a1Ocpus.since}`;
  return [
    { action: 'zero', family: 'compute-core', why: 'no compute cores of any shape …', source: `${QUOTA_DOCS}/quota_policy_syntax.htm` },
    { action: 'set', family: 'compute-core', quota: 'standard-a1-core-regional-count', value: ocpus, where: 'region', why: `… but ${ocpus} A1 OCPUs in the home region (${a1})`, source: A1_SOURCE },
    { action: 'set', family: 'compute-core', quota: 'standard-a1-core-count', value: ocpus, where: 'ad', why: `… in the nodes' availability domain (nodePool.availabilityDomain = ${p.availabilityDomain})`, source: A1_SOURCE },
    { action: 'zero', family: 'compute-memory', why: 'no compute memory of any shape …', source: A1_SOURCE },
    { action: 'set', family: 'compute-memory', quota: 'standard-a1-memory-regional-count', value: memory, where: 'region', why: `… but ${memory} GB of A1 memory in the home region (${a1})`, source: A1_SOURCE },
    { action: 'set', family: 'compute-memory', quota: 'standard-a1-memory-count', value: memory, where: 'ad', why: "… in the nodes' availability domain", source: A1_SOURCE },
    { action: 'zero', family: 'block-storage', quota: 'total-storage-gb', why: 'no block or boot volume storage …', source: `${QUOTA_DOCS} Block Volume quotas (total-storage-gb, AD scope)` },
    {
      action: 'set',
      family: 'block-storage',
      quota: 'total-storage-gb',
      value: ALWAYS_FREE.blockStorageGb,
      where: 'ad',
      why: `… but ${ALWAYS_FREE.blockStorageGb} GB in the nodes' availability domain, where the boot volumes and every PVC live (Always Free since ${ALWAYS_FREE_LIMITS.blockStorageGb.since})`,
      source: `${QUOTA_DOCS} Block Volume quotas`,
    },
    { action: 'zero', family: 'block-storage', quota: 'backup-count', why: 'no volume backups …', source: `${QUOTA_DOCS} Block Volume quotas (backup-count, regional)` },
    { action: 'set', family: 'block-storage', quota: 'backup-count', value: 5, where: 'region', why: '… but the 5 free ones in the home region (oracle/free README@09a40f7)', source: `${QUOTA_DOCS} Block Volume quotas` },
    { action: 'zero', family: 'object-storage', quota: 'storage-bytes', why: 'no Object Storage …', source: `${QUOTA_DOCS} Object Storage quotas (storage-bytes, regional)` },
    {
      action: 'set',
      family: 'object-storage',
      quota: 'storage-bytes',
      value: ALWAYS_FREE.objectStorageGb * GIB,
      where: 'region',
      why: `… but ${ALWAYS_FREE.objectStorageGb} GB in the home region: state and backups stop growing instead of billing`,
      source: `${QUOTA_DOCS} Object Storage quotas`,
    },
    ...FIXED_LB_QUOTAS.map((quota): QuotaStatement => ({ action: 'zero', family: 'load-balancer', quota, why: 'no fixed-shape (billed) load balancer; the free one is flexible 10 Mbps and has no quota', source: `${QUOTA_DOCS}/loadbalancing_quotas.htm` })),
    { action: 'zero', family: 'container-engine', quota: 'virtual-node-count', why: 'no virtual nodes (billed per node-hour); the family has no quota for ENHANCED clusters', source: `${QUOTA_DOCS} Container Engine quotas` },
    { action: 'set', family: 'vcn', quota: 'reserved-public-ip-count', value: 1, why: 'one reserved public IP: the load balancer address', source: `${QUOTA_DOCS} Networking quotas (reserved-public-ip-count); family "vcn" per community quotas` },
  ];
}

/** The statement text OCI receives; `adName` is the tenancy-specific AD name (a Terraform expression). */
export function renderQuotaStatement(s: QuotaStatement, region: string, adName: string): string {
  const what = s.quota ? `quota ${s.quota}` : 'quotas';
  const head = s.action === 'zero' ? `zero ${s.family} ${what}` : `set ${s.family} ${what} to ${s.value}`;
  const where = s.where === 'region' ? ` where request.region = '${region}'` : s.where === 'ad' ? ` where request.ad = '${adName}'` : '';
  return `${head} in tenancy${where}`;
}

/** What no quota can stop, and therefore the synth guard does (stated in docs/oci-deploy.md). */
export const NOT_COVERED_BY_QUOTAS = [
  'ENHANCED clusters: the container-engine family has only virtual-node-count (resourcequotas_topic-ContainerEngine_Quotas.htm)',
  'a second flexible load balancer, or one above 10 Mbps: no flexible-LB quota exists (loadbalancing_quotas.htm)',
] as const;
