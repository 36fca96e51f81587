/**
 * docs/cost.md is what a user reads to decide whether the platform stays free: every number in
 * it must be the budget model's, every limit the table's, and every pod must say what its size
 * rests on (and respect the upstream minimum it cites).
 */
import { ALWAYS_FREE, ALWAYS_FREE_LIMITS } from '../../k8s/contract/always-free';
import { costMarkdown } from '../../k8s/budget/cost-doc';
import { parseQuantity } from '../../k8s/budget/quantity';
import { type Budget, budgetOf, budgetViolations } from '../../k8s/budget/report';
import { ENVIRONMENTS, rendered } from '../helpers';

const MI = 2 ** 20;
const GI = 2 ** 30;
const environments = ENVIRONMENTS.map((e) => rendered(e));
const md = costMarkdown(environments);
const oke = budgetOf(rendered('oke'));

const section = (title: string) => md.split(`\n## ${title}\n`)[1]!.split('\n## ')[0]!;
/** The rows of the first table in a section, as cells (header and separator dropped). */
const tableOf = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) => l.slice(2, -2).split(' | '));
const mebibytes = (cell: string) => Number(/^(-?\d+)Mi$/.exec(cell)![1]);

describe('docs/cost.md: the allowance', () => {
  it('lists every limit of the one table with its value, the date it took effect and its source, and the superseded values as history', () => {
    const rows = tableOf(section('The allowance'));
    for (const [key, fact] of Object.entries(ALWAYS_FREE_LIMITS)) {
      expect(rows).toContainEqual([key, String(fact.value), fact.since, fact.source]);
      for (const h of fact.history ?? []) expect(rows).toContainEqual([`${key} (superseded)`, `~~${h.value}~~`, `until ${h.until}`, h.source]);
    }
    expect(rows.filter((r) => !r[0]!.endsWith('(superseded)'))).toHaveLength(Object.keys(ALWAYS_FREE_LIMITS).length);
  });

  it('names the default topology and the free A1 total it must fit', () => {
    const c = oke.env.capacity;
    expect(md).toContain(`${c.nodes} Ampere A1 node of ${c.cpuPerNode} OCPU / ${c.memoryGiPerNode} GB`);
    expect(section('What is billed')).toContain(`A1 OCPUs or memory above ${ALWAYS_FREE.a1Ocpus} OCPU / ${ALWAYS_FREE.a1MemoryGb} GB`);
  });
});

describe('docs/cost.md: one node or two', () => {
  const rows = new Map(tableOf(section('Topology: one node, not two')).map((r) => [r[0]!, r.slice(1)]));
  const [one, two] = [0, 1];
  const halves = (column: number) => ({ nodes: column + 1, ocpus: ALWAYS_FREE.a1Ocpus / (column + 1), gb: ALWAYS_FREE.a1MemoryGb / (column + 1) });
  const budgetAt = (column: number): Budget => {
    const { nodes, ocpus, gb } = halves(column);
    const r = rendered('oke');
    return budgetOf({ ...r, env: { ...r.env, capacity: { ...r.env.capacity, nodes, cpuPerNode: ocpus, memoryGiPerNode: gb } } });
  };

  it('compares exactly the two ways to split the free A1 allowance', () => {
    const header = section('Topology: one node, not two').split('\n').find((l) => l.startsWith('| |'))!;
    expect(header).toBe(`| | 1 × ${ALWAYS_FREE.a1Ocpus} OCPU / ${ALWAYS_FREE.a1MemoryGb} GB | 2 × ${ALWAYS_FREE.a1Ocpus / 2} OCPU / ${ALWAYS_FREE.a1MemoryGb / 2} GB |`);
  });

  it('gives the verdict of the budget rules for each: the default fits, two half nodes do not, with every reason', () => {
    expect(rows.get('verdict')![one]).toBe('fits');
    const violations = budgetViolations(budgetAt(two));
    expect(violations.length).toBeGreaterThan(0);
    for (const v of violations) expect(rows.get('verdict')![two]).toContain(v.replace(/^[a-z]+: /, ''));
  });

  it('states memory left and the CPU share as the model computes them, and pays the DaemonSets once per node', () => {
    for (const column of [one, two]) {
      const b = budgetAt(column);
      const left = b.allocatable.memory - b.limitsMax.memory - (b.largestTransient?.limits.memory ?? 0);
      expect(mebibytes(rows.get('memory left')![column]!)).toBe(Math.round(left / MI));
      expect(rows.get('CPU requests at maximum replicas')![column]).toBe(`${b.requestsMax.cpu.toFixed(2)} (${Math.round((100 * b.requestsMax.cpu) / b.allocatable.cpu)} %)`);
      expect(rows.get('boot volumes + claims (GB of 200)')![column]).toBe(String(b.storage!.usedGb));
    }
    const daemonSets = rows.get('DaemonSet copies (memory limits, all nodes)')!.map(mebibytes);
    expect(daemonSets[two]).toBe(2 * daemonSets[one]!);
    // OKE reserves per node in tiers: a smaller node keeps less in absolute terms, more in proportion.
    const reserved = rows.get('reserved per node by OKE (kube + system + eviction)')!.map(mebibytes);
    expect(reserved[two]).toBeLessThan(reserved[one]!);
    expect(reserved[two]! / (ALWAYS_FREE.a1MemoryGb / 2)).toBeGreaterThan(reserved[one]! / ALWAYS_FREE.a1MemoryGb);
  });
});

describe('docs/cost.md: the budget of oke per component', () => {
  const text = section('Budget of `oke` per component');
  const rows = tableOf(text);
  const steady = oke.demands.filter((d) => !d.transient);

  it('has one row per steady pod the budget counts, with its requests and limits', () => {
    expect(rows.map((r) => `${r[0]}/${r[1]}`)).toEqual(steady.map((d) => `${d.namespace}/${d.owner}`));
    rows.forEach((r, i) => {
      const d = steady[i]!;
      expect(r.slice(3, 7)).toEqual([`${Math.round(d.requests.cpu * 1000)}m`, `${Math.round(d.limits.cpu * 1000)}m`, `${Math.round(d.requests.memory / MI)}Mi`, `${Math.round(d.limits.memory / MI)}Mi`]);
      expect(r[2]).toBe(d.perNode ? `${oke.nodes} (1 per node)` : d.replicas.min === d.replicas.max ? String(d.replicas.max) : `${d.replicas.min}–${d.replicas.max}`);
    });
  });

  it('says for every pod what its size rests on, and never sets a memory limit below an upstream minimum it cites', () => {
    const cited: string[] = [];
    for (const r of rows) {
      expect([r[1], r[7]!.trim().length > 0]).toEqual([r[1], true]);
      for (const m of r[7]!.matchAll(/upstream minimum (\d+)(Mi|Gi|M)\b/g)) {
        const minimum = m[3] === 'M' ? Number(m[1]) * 1e6 : parseQuantity(`${m[1]}${m[2]}`);
        cited.push(r[1]!);
        expect([r[1], mebibytes(r[6]!) * MI >= minimum]).toEqual([r[1], true]);
      }
    }
    expect(cited.length).toBeGreaterThan(3);
  });

  it('adds up to the totals of the budget, and names the largest short-lived pod', () => {
    const used = oke.limitsMax.memory + oke.largestTransient!.limits.memory;
    const total = text.split('\n').find((l) => l.startsWith('**Total:**'))!;
    expect(total).toContain(`CPU requests ${oke.requestsMax.cpu.toFixed(2)} of ${oke.allocatable.cpu.toFixed(2)} allocatable (${Math.round((100 * oke.requestsMax.cpu) / oke.allocatable.cpu)} %)`);
    expect(total).toContain(`memory limits ${(oke.limitsMax.memory / GI).toFixed(2)} GiB + largest short-lived pod ${Math.round(oke.largestTransient!.limits.memory / MI)}Mi (${oke.largestTransient!.owner})`);
    expect(total).toContain(`= ${(used / GI).toFixed(2)} GiB of ${(oke.allocatable.memory / GI).toFixed(2)} GiB (${Math.round((oke.allocatable.memory - used) / MI)}Mi left)`);
    expect(total).toContain(`= ${oke.storage!.usedGb} GB.`);
    expect(text).toContain(`Each node allocates ${oke.node.allocatable.cpu.toFixed(2)} CPU and ${Math.round(oke.node.allocatable.memory / MI)}Mi`);
  });
});

describe('docs/cost.md: the other environments', () => {
  it.each(ENVIRONMENTS.filter((e) => e !== 'oke'))('gives %s its own line with what is left', (name) => {
    const b = budgetOf(rendered(name));
    const used = b.limitsMax.memory + (b.largestTransient?.limits.memory ?? 0);
    expect(section(`\`${name}\``)).toContain(`CPU requests ${b.requestsMax.cpu.toFixed(2)} (${Math.round((100 * b.requestsMax.cpu) / b.allocatable.cpu)} %), memory limits ${(used / GI).toFixed(2)} GiB (${Math.round((b.allocatable.memory - used) / MI)}Mi left)`);
  });
});
