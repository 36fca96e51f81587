import type { Environment } from '../config/environment';
import type { RenderedEnvironment } from '../synth/render';
import { type Amount, environmentDemands, type PodDemand, totalsByNamespace, type VolumeClaim, volumeClaims } from './demand';

const GI = 2 ** 30;

export interface StorageInput {
  /** Boot volume size per node, in GB (from the OCI configuration). */
  readonly bootVolumeGb: number;
  /** Always Free limits. */
  readonly limitGb: number;
  readonly maxVolumes: number;
  readonly minimumVolumeGb: number;
}

export interface Budget {
  readonly env: Environment;
  readonly demands: readonly PodDemand[];
  readonly volumes: readonly VolumeClaim[];
  readonly requestsMin: Amount;
  readonly requestsMax: Amount;
  readonly limitsMax: Amount;
  readonly capacity: Amount;
  /** Fraction of CPU left at maximum replicas. */
  readonly cpuHeadroom: number;
  readonly memoryHeadroom: number;
  readonly storage?: { readonly usedGb: number; readonly limitGb: number; readonly volumes: number; readonly maxVolumes: number; readonly detail: string };
}

const sum = (xs: readonly Amount[]): Amount => xs.reduce((a, b) => ({ cpu: a.cpu + b.cpu, memory: a.memory + b.memory }), { cpu: 0, memory: 0 });

/** The resource and storage budget of one rendered environment. */
export function budgetOf(rendered: RenderedEnvironment, storage?: StorageInput): Budget {
  const env = rendered.env;
  const objects = rendered.files.flatMap((f) => [...f.objects]);
  const demands = environmentDemands(env, objects);
  const volumes = volumeClaims(env, objects);
  const totals = totalsByNamespace(demands, volumes);
  const capacity = { cpu: env.capacity.cpu, memory: env.capacity.memoryGi * GI };
  const requestsMax = sum(totals.map((t) => t.requestsMax));
  let storageLine: Budget['storage'];
  if (storage) {
    const billed = volumes.map((v) => ({ owner: v.owner, gb: Math.max(storage.minimumVolumeGb, v.requestedGb) }));
    const boot = env.capacity.nodes * storage.bootVolumeGb;
    const usedGb = boot + billed.reduce((n, v) => n + v.gb, 0);
    storageLine = {
      usedGb,
      limitGb: storage.limitGb,
      volumes: billed.length,
      maxVolumes: storage.maxVolumes,
      detail: `${env.capacity.nodes} boot volumes × ${storage.bootVolumeGb} GB${billed.map((v) => ` + ${v.owner} ${v.gb} GB`).join('')}`,
    };
  }
  return {
    env,
    demands,
    volumes,
    requestsMin: sum(totals.map((t) => t.requestsMin)),
    requestsMax,
    limitsMax: sum(totals.map((t) => t.limitsMax)),
    capacity,
    cpuHeadroom: 1 - requestsMax.cpu / capacity.cpu,
    memoryHeadroom: 1 - requestsMax.memory / capacity.memory,
    storage: storageLine,
  };
}

const fmtCpu = (c: number) => (c >= 10 ? c.toFixed(1) : c.toFixed(2));
const fmtMem = (b: number) => `${(b / GI).toFixed(2)}Gi`;
const pct = (f: number) => `${Math.round(f * 100)}%`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** The text `npm run budget` prints for one environment. */
export function budgetReport(b: Budget): string {
  const head = ['', 'req cpu (min)', 'req mem (min)', 'req cpu (max)', 'req mem (max)', 'lim cpu (max)', 'lim mem (max)'];
  const row = (label: string, min: Amount, max: Amount, lim: Amount) => [label, fmtCpu(min.cpu), fmtMem(min.memory), fmtCpu(max.cpu), fmtMem(max.memory), fmtCpu(lim.cpu), fmtMem(lim.memory)];
  const byNs = totalsByNamespace(b.demands).map((t) => row(t.namespace === 'kube-system' ? 'kube-system (reserve)' : t.namespace, t.requestsMin, t.requestsMax, t.limitsMax));
  const sources = ['workload', 'dapr-sidecar', 'operand', 'add-on', 'system-reserve'] as const;
  const bySource = sources.map((s) => {
    const ds = b.demands.filter((d) => d.source === s);
    const scale = (pick: 'requests' | 'limits', n: 'min' | 'max') => sum(ds.map((d) => ({ cpu: d[pick].cpu * d.replicas[n], memory: d[pick].memory * d.replicas[n] })));
    return row(s, scale('requests', 'min'), scale('requests', 'max'), scale('limits', 'max'));
  });
  const total = row('total', b.requestsMin, b.requestsMax, b.limitsMax);
  const lines = [
    `Budget of "${b.env.name}" (${b.env.description}): ${b.env.capacity.nodes} node(s), ${b.capacity.cpu} CPU, ${fmtMem(b.capacity.memory)}`,
    `System reserve: ${b.env.capacity.systemReserve.cpu} CPU, ${b.env.capacity.systemReserve.memory} (${b.env.capacity.systemReserve.description})`,
    '',
    'By namespace (CPU in cores; "min"/"max" = at minimum/maximum replicas):',
    table([['namespace', ...head.slice(1)], ...byNs, total]),
    '',
    'By source:',
    table([['source', ...head.slice(1)], ...bySource, total]),
    '',
    `Requests at maximum replicas: ${fmtCpu(b.requestsMax.cpu)} of ${b.capacity.cpu} CPU (headroom ${pct(b.cpuHeadroom)}), ${fmtMem(b.requestsMax.memory)} of ${fmtMem(b.capacity.memory)} (headroom ${pct(b.memoryHeadroom)}).`,
  ];
  if (b.storage) {
    lines.push(`Block storage: ${b.storage.detail} = ${b.storage.usedGb} of ${b.storage.limitGb} GB; block volumes ${b.storage.volumes} of ${b.storage.maxVolumes}.`);
  }
  return lines.join('\n');
}
