import type { CloudDemand } from '../../k8s/contract/handoff';
import type { OciConfig } from '../config/oci-config';
import { STATE_VERSION_DAYS } from '../guardrails/lifecycle';
import { ALWAYS_FREE, ALWAYS_FREE_LIMITS } from '../../k8s/contract/always-free';

/** "the Always Free 2 (limit since 2026-06-15)": every violation names the limit and when it took effect. */
function freeLimit(key: keyof typeof ALWAYS_FREE_LIMITS, unit = ''): string {
  const f = ALWAYS_FREE_LIMITS[key];
  return `the Always Free ${f.value}${unit} (limit since ${f.since})`;
}

export interface BudgetLine {
  readonly resource: string;
  readonly used: number | string;
  readonly limit: number | string;
  /** How `used` is made up. */
  readonly detail: string;
  /** Empty when within the limit; otherwise what is wrong and how to fix it. */
  readonly violation?: string;
}

/** The Always Free budget of an OCI configuration plus what the `oke` manifests ask for. */
export function alwaysFreeBudget(config: OciConfig, demand: CloudDemand): BudgetLine[] {
  const p = config.nodePool;
  const ocpus = p.nodeCount * p.ocpusPerNode;
  const memory = p.nodeCount * p.memoryGbPerNode;
  const billedVolumes = demand.volumes.map((v) => ({ ...v, billedGb: Math.max(ALWAYS_FREE.minimumVolumeGb, v.requestedGb) }));
  const bootGb = p.nodeCount * p.bootVolumeGb;
  const claimGb = billedVolumes.reduce((n, v) => n + v.billedGb, 0);
  const storage = bootGb + claimGb;
  const isA1 = p.shape === ALWAYS_FREE.a1Shape;
  const enhanced = config.cluster.type !== ALWAYS_FREE.freeClusterType;
  const claimDetail = billedVolumes.length === 0 ? 'no PVCs' : billedVolumes.map((v) => `${v.owner}: ${v.requestedGb} GB → ${v.billedGb} GB`).join('; ');

  return [
    {
      resource: 'Compute shape',
      used: p.shape,
      limit: ALWAYS_FREE.a1Shape,
      detail: 'nodePool.shape',
      violation: isA1 ? undefined : `nodePool.shape: ${p.shape} is not Always Free — only ${ALWAYS_FREE.a1Shape} (Ampere A1) is (limit since ${ALWAYS_FREE_LIMITS.a1Shape.since}); set nodePool.shape to "${ALWAYS_FREE.a1Shape}"`,
    },
    {
      resource: 'A1 OCPUs',
      used: ocpus,
      limit: ALWAYS_FREE.a1Ocpus,
      detail: `${p.nodeCount} nodes × ${p.ocpusPerNode} OCPU`,
      violation:
        ocpus > ALWAYS_FREE.a1Ocpus
          ? `A1 OCPUs: nodePool.nodeCount × nodePool.ocpusPerNode = ${p.nodeCount} × ${p.ocpusPerNode} = ${ocpus} exceeds ${freeLimit('a1Ocpus')}; lower nodePool.nodeCount or nodePool.ocpusPerNode`
          : undefined,
    },
    {
      resource: 'A1 memory (GB)',
      used: memory,
      limit: ALWAYS_FREE.a1MemoryGb,
      detail: `${p.nodeCount} nodes × ${p.memoryGbPerNode} GB`,
      violation:
        memory > ALWAYS_FREE.a1MemoryGb
          ? `A1 memory: nodePool.nodeCount × nodePool.memoryGbPerNode = ${p.nodeCount} × ${p.memoryGbPerNode} GB = ${memory} GB exceeds ${freeLimit('a1MemoryGb', ' GB')}; lower nodePool.nodeCount or nodePool.memoryGbPerNode`
          : undefined,
    },
    {
      resource: 'Block storage (GB)',
      used: storage,
      limit: ALWAYS_FREE.blockStorageGb,
      detail: `${p.nodeCount} boot volumes × ${p.bootVolumeGb} GB + ${claimGb} GB of PVCs (${claimDetail})`,
      violation:
        storage > ALWAYS_FREE.blockStorageGb
          ? `block storage: ${p.nodeCount} boot volumes × ${p.bootVolumeGb} GB + ${claimGb} GB of PVCs (each rounded up to ${ALWAYS_FREE.minimumVolumeGb} GB) = ${storage} GB exceeds ${freeLimit('blockStorageGb', ' GB')}; lower nodePool.bootVolumeGb or the PVCs of the oke environment`
          : undefined,
    },
    {
      resource: 'Block volumes (PVCs)',
      used: billedVolumes.length,
      limit: ALWAYS_FREE.blockVolumes,
      detail: claimDetail,
      violation:
        billedVolumes.length > ALWAYS_FREE.blockVolumes
          ? `block volumes: the oke manifests claim ${billedVolumes.length} persistent volumes (${billedVolumes.map((v) => v.owner).join('; ')}), more than ${freeLimit('blockVolumes')}; use ephemeral or in-memory storage for the rest`
          : undefined,
    },
    {
      resource: 'Load balancers',
      used: demand.loadBalancers.length,
      limit: ALWAYS_FREE.loadBalancers,
      detail: demand.loadBalancers.length === 0 ? 'none declared' : `${demand.loadBalancers.join('; ')} (flexible, ${ALWAYS_FREE.loadBalancerMbps} Mbps)`,
      violation:
        demand.loadBalancers.length > ALWAYS_FREE.loadBalancers
          ? `load balancers: the oke manifests create ${demand.loadBalancers.length} (${demand.loadBalancers.join('; ')}), more than ${freeLimit('loadBalancers')}; route everything through one Gateway`
          : undefined,
    },
    {
      resource: 'Object Storage (GB)',
      used: `≤ ${ALWAYS_FREE.objectStorageGb}`,
      limit: ALWAYS_FREE.objectStorageGb,
      detail: `state bucket ${config.state.bucketName} (KBs, old versions deleted after ${STATE_VERSION_DAYS} days) + backups in ${config.backup.bucketName} (deleted after ${config.backup.lifecycleDays} days); the storage-bytes quota caps both at ${ALWAYS_FREE.objectStorageGb} GB`,
    },
    {
      resource: 'Reserved public IP',
      used: 1,
      limit: 'price not published',
      detail: 'the load balancer address (network stack); Oracle publishes no Always Free entry or price for a reserved IPv4 — the budget alert is the check (docs/oci-deploy.md)',
    },
    {
      resource: 'OKE cluster type',
      used: config.cluster.type,
      limit: ALWAYS_FREE.freeClusterType,
      detail: `${enhanced ? 'billed per cluster-hour (opted in)' : 'no cluster fee'}; no quota can cap the cluster type, this guard is the check`,
      violation:
        enhanced && !config.cluster.allowEnhancedCluster
          ? `cluster.type: ${config.cluster.type} is billed per cluster-hour; set cluster.type to "BASIC_CLUSTER", or set cluster.allowEnhancedCluster to true to accept the charge`
          : undefined,
    },
  ];
}

/** Thrown before anything is synthesized when the configuration would be billed. */
export class AlwaysFreeError extends Error {
  constructor(public readonly violations: readonly string[]) {
    super(`the configuration would leave the Always Free tier; nothing was written:\n${violations.map((v) => `  - ${v}`).join('\n')}`);
    this.name = 'AlwaysFreeError';
  }
}

/** Throws an AlwaysFreeError naming every limit that the configuration exceeds. */
export function assertAlwaysFree(lines: readonly BudgetLine[]): void {
  const violations = lines.flatMap((l) => (l.violation ? [l.violation] : []));
  if (violations.length > 0) throw new AlwaysFreeError(violations);
}

/** A plain-text table for the terminal and the docs. */
export function budgetTable(lines: readonly BudgetLine[]): string {
  const rows = [['resource', 'used', 'limit', 'status', 'detail'], ...lines.map((l) => [l.resource, String(l.used), String(l.limit), l.violation ? 'OVER' : 'ok', l.detail])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [fmt(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}
