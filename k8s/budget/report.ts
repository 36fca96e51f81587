import type { Environment } from '../config/environment';
import { ALWAYS_FREE, ALWAYS_FREE_LIMITS } from '../contract/always-free';
import type { RenderedEnvironment } from '../synth/render';
import { nodeAllocatableOf } from './capacity';
import { type Amount, environmentDemands, type PodDemand, replicasAt, totalsByNamespace, type VolumeClaim, volumeClaims } from './demand';
import type { NodeAllocatable } from './node-allocatable';

const GI = 2 ** 30;
const MI = 2 ** 20;

/**
 * The rules every environment's budget must meet. CPU is shared (a neighbour only slows a
 * pod down), so requests may use at most this share of what the nodes allocate, keeping room
 * for rollouts and the scheduler; memory is not (exceeding it OOM-kills someone), so the
 * limits of everything, at maximum replicas and with the largest short-lived pod, must fit.
 */
export const BUDGET_RULES = { cpuRequestShare: 0.85 } as const;

export interface StorageBudget {
  readonly usedGb: number;
  readonly limitGb: number;
  readonly volumes: number;
  readonly maxVolumes: number;
  readonly detail: string;
}

export interface Budget {
  readonly env: Environment;
  readonly node: NodeAllocatable;
  readonly nodes: number;
  /** What all nodes allocate together. */
  readonly allocatable: Amount;
  readonly demands: readonly PodDemand[];
  readonly volumes: readonly VolumeClaim[];
  /** Steady state, at minimum and at maximum replicas. */
  readonly requestsMin: Amount;
  readonly requestsMax: Amount;
  readonly limitsMax: Amount;
  /** The largest pod that only runs now and then (a hook, a challenge solver). */
  readonly largestTransient?: PodDemand;
  readonly storage?: StorageBudget;
}

const sum = (xs: readonly Amount[]): Amount => xs.reduce((a, b) => ({ cpu: a.cpu + b.cpu, memory: a.memory + b.memory }), { cpu: 0, memory: 0 });
const scaled = (d: PodDemand, pick: 'requests' | 'limits', bound: 'min' | 'max', nodes: number): Amount => ({ cpu: d[pick].cpu * replicasAt(d, bound, nodes), memory: d[pick].memory * replicasAt(d, bound, nodes) });

/** Block storage the environment takes from the cloud: boot volumes plus each claim rounded up to the smallest volume. */
function storageOf(env: Environment, volumes: readonly VolumeClaim[]): StorageBudget | undefined {
  if (env.capacity.bootVolumeGb === undefined) return undefined;
  const billed = volumes.map((v) => ({ owner: v.owner, gb: Math.max(ALWAYS_FREE.minimumVolumeGb, v.requestedGb) }));
  const boot = env.capacity.nodes * env.capacity.bootVolumeGb;
  return {
    usedGb: boot + billed.reduce((n, v) => n + v.gb, 0),
    limitGb: ALWAYS_FREE.blockStorageGb,
    volumes: billed.length,
    maxVolumes: ALWAYS_FREE.blockVolumes,
    detail: `${env.capacity.nodes} boot volume(s) × ${env.capacity.bootVolumeGb} GB${billed.map((v) => ` + ${v.owner} ${v.gb} GB`).join('')}`,
  };
}

/** The resource and storage budget of one rendered environment. */
export function budgetOf(rendered: RenderedEnvironment): Budget {
  const env = rendered.env;
  const objects = rendered.files.flatMap((f) => [...f.objects]);
  const demands = environmentDemands(env, objects);
  const volumes = volumeClaims(env, objects);
  const nodes = env.capacity.nodes;
  const node = nodeAllocatableOf(env);
  const steady = demands.filter((d) => !d.transient);
  const transient = demands.filter((d) => d.transient).sort((a, b) => b.limits.memory - a.limits.memory);
  return {
    env,
    node,
    nodes,
    allocatable: { cpu: node.allocatable.cpu * nodes, memory: node.allocatable.memory * nodes },
    demands,
    volumes,
    requestsMin: sum(steady.map((d) => scaled(d, 'requests', 'min', nodes))),
    requestsMax: sum(steady.map((d) => scaled(d, 'requests', 'max', nodes))),
    limitsMax: sum(steady.map((d) => scaled(d, 'limits', 'max', nodes))),
    largestTransient: transient[0],
    storage: storageOf(env, volumes),
  };
}

/**
 * Pods that fit on no node when every pod at maximum replicas is placed largest-first by its
 * memory limit (first fit) into nodes that already run their DaemonSets: what the scheduler
 * would leave Pending, or a neighbour would be OOM-killed for.
 */
export function unplaceablePods(b: Budget): string[] {
  const perNode = b.demands.filter((d) => d.perNode && !d.transient);
  const daemon = sum(perNode.map((d) => d.limits));
  const free = Array.from({ length: b.nodes }, () => b.node.allocatable.memory - daemon.memory);
  const pods = b.demands.filter((d) => !d.perNode && !d.transient).flatMap((d) => Array.from({ length: d.replicas.max }, () => d));
  // A pod and its injected sidecar land together.
  const sidecars = new Map(b.demands.filter((d) => d.source === 'dapr-sidecar').map((d) => [d.owner.replace(/^daprd in /, ''), d]));
  const units = pods
    .filter((d) => d.source !== 'dapr-sidecar')
    .map((d) => ({ owner: d.owner, memory: d.limits.memory + (sidecars.get(d.owner.replace(/^\w+ /, ''))?.limits.memory ?? 0) }))
    .sort((x, y) => y.memory - x.memory);
  const left: string[] = [];
  for (const u of units) {
    const i = free.findIndex((f) => f >= u.memory);
    if (i < 0) left.push(`${u.owner} (${Math.round(u.memory / MI)}Mi)`);
    else free[i] -= u.memory;
  }
  return left;
}

/** Every rule the budget breaks, each naming what to change. */
export function budgetViolations(b: Budget): string[] {
  const out: string[] = [];
  const cpuCap = b.allocatable.cpu * BUDGET_RULES.cpuRequestShare;
  if (b.requestsMax.cpu > cpuCap + 1e-9) {
    out.push(
      `${b.env.name}: CPU requests at maximum replicas are ${fmtCpu(b.requestsMax.cpu)} cores, more than ${Math.round(BUDGET_RULES.cpuRequestShare * 100)} % of the ${fmtCpu(b.allocatable.cpu)} allocatable (${fmtCpu(cpuCap)}); lower requests or maximum replicas in k8s/environments/${b.env.name}.ts or the add-on values`,
    );
  }
  const memory = b.limitsMax.memory + (b.largestTransient?.limits.memory ?? 0);
  if (memory > b.allocatable.memory) {
    out.push(
      `${b.env.name}: memory limits at maximum replicas (${fmtMem(b.limitsMax.memory)}) plus the largest short-lived pod (${fmtMem(b.largestTransient?.limits.memory ?? 0)}) exceed the ${fmtMem(b.allocatable.memory)} the nodes allocate; lower limits or maximum replicas`,
    );
  }
  const stranded = unplaceablePods(b);
  if (stranded.length > 0) out.push(`${b.env.name}: no node has room for ${stranded.join(', ')}; use fewer, larger nodes or smaller limits`);
  if (b.storage && b.storage.usedGb > b.storage.limitGb) {
    out.push(`${b.env.name}: block storage ${b.storage.detail} = ${b.storage.usedGb} GB exceeds the Always Free ${ALWAYS_FREE_LIMITS.blockStorageGb.value} GB; lower oci.nodePool.bootVolumeGb or the volumes`);
  }
  if (b.storage && b.storage.volumes > b.storage.maxVolumes) {
    out.push(`${b.env.name}: ${b.storage.volumes} block volumes are claimed, more than the Always Free ${b.storage.maxVolumes}; keep the rest ephemeral or in memory`);
  }
  return out;
}

const fmtCpu = (c: number) => (c >= 10 ? c.toFixed(1) : c.toFixed(2));
const fmtMem = (b: number) => `${(b / GI).toFixed(2)}Gi`;
const fmtMi = (b: number) => `${Math.round(b / MI)}Mi`;
const pct = (f: number) => `${Math.round(f * 100)}%`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** The text `npm run budget` prints for one environment. */
export function budgetReport(b: Budget): string {
  const n = b.node;
  const reservation = (label: string, r: { cpu: number; memory: number; source: string }) => [label, fmtCpu(r.cpu), fmtMi(r.memory), r.source];
  const nodeRows = table([
    ['per node', 'cpu', 'memory', 'source'],
    ['capacity', fmtCpu(n.capacity.cpu), fmtMi(n.capacity.memory), n.capacity.source],
    reservation('− kube-reserved', n.kubeReserved),
    reservation('− system-reserved', n.systemReserved),
    reservation('− eviction threshold', n.evictionHard),
    ['= allocatable', fmtCpu(n.allocatable.cpu), fmtMi(n.allocatable.memory), ''],
  ]);
  const head = ['', 'req cpu (min)', 'req mem (min)', 'req cpu (max)', 'req mem (max)', 'lim cpu (max)', 'lim mem (max)'];
  const row = (label: string, min: Amount, max: Amount, lim: Amount) => [label, fmtCpu(min.cpu), fmtMem(min.memory), fmtCpu(max.cpu), fmtMem(max.memory), fmtCpu(lim.cpu), fmtMem(lim.memory)];
  const byNs = totalsByNamespace(b.demands, b.volumes, b.nodes).map((t) => row(t.namespace, t.requestsMin, t.requestsMax, t.limitsMax));
  const perPod = b.demands
    .filter((d) => !d.transient)
    .map((d) => [`${d.namespace}/${d.owner}`, `${d.perNode ? `${b.nodes} (per node)` : d.replicas.min === d.replicas.max ? d.replicas.max : `${d.replicas.min}–${d.replicas.max}`}`, fmtCpu(d.requests.cpu), fmtMi(d.requests.memory), fmtCpu(d.limits.cpu), fmtMi(d.limits.memory)]);
  const total = row('total', b.requestsMin, b.requestsMax, b.limitsMax);
  const cpuCap = b.allocatable.cpu * BUDGET_RULES.cpuRequestShare;
  const memoryUsed = b.limitsMax.memory + (b.largestTransient?.limits.memory ?? 0);
  const lines = [
    `Budget of "${b.env.name}" (${b.env.description}): ${b.nodes} node(s) of ${b.env.capacity.cpuPerNode} CPU / ${b.env.capacity.memoryGiPerNode} GiB`,
    '',
    nodeRows,
    '',
    'By namespace (CPU in cores; "min"/"max" = at minimum/maximum replicas):',
    table([['namespace', ...head.slice(1)], ...byNs, total]),
    '',
    'By pod (per replica):',
    table([['pod', 'replicas', 'req cpu', 'req mem', 'lim cpu', 'lim mem'], ...perPod]),
    '',
    `CPU requests at maximum replicas: ${fmtCpu(b.requestsMax.cpu)} of ${fmtCpu(b.allocatable.cpu)} allocatable (${pct(b.requestsMax.cpu / b.allocatable.cpu)}; rule ≤ ${pct(BUDGET_RULES.cpuRequestShare)} = ${fmtCpu(cpuCap)}); left ${fmtCpu(cpuCap - b.requestsMax.cpu)}.`,
    `Memory limits at maximum replicas: ${fmtMem(b.limitsMax.memory)} + largest short-lived pod ${fmtMem(b.largestTransient?.limits.memory ?? 0)}${b.largestTransient ? ` (${b.largestTransient.owner})` : ''} = ${fmtMem(memoryUsed)} of ${fmtMem(b.allocatable.memory)} allocatable; left ${fmtMi(b.allocatable.memory - memoryUsed)}.`,
  ];
  if (b.storage) lines.push(`Block storage: ${b.storage.detail} = ${b.storage.usedGb} of ${b.storage.limitGb} GB; block volumes ${b.storage.volumes} of ${b.storage.maxVolumes}.`);
  const violations = budgetViolations(b);
  lines.push(violations.length === 0 ? 'Within budget.' : `OVER BUDGET:\n${violations.map((v) => `  - ${v}`).join('\n')}`);
  return lines.join('\n');
}
