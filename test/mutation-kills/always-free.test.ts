/**
 * Behaviour of the Always Free guard (infra-oci/always-free) at its limits and in what it tells
 * the operator: every limit is checked inclusively (the allowance itself is free), each line says
 * how its number is made up, and the error and the table carry every violation.
 */
import { alwaysFreeBudget, AlwaysFreeError, assertAlwaysFree, type BudgetLine, budgetTable } from '../../infra-oci/always-free/budget';
import { ALWAYS_FREE, ALWAYS_FREE_LIMITS } from '../../k8s/contract/always-free';
import type { CloudDemand } from '../../k8s/contract/handoff';
import { offlineConfig } from '../oci/helpers';

const NONE: CloudDemand = { volumes: [], loadBalancers: [] };
const pvc = (owner: string, requestedGb: number) => ({ namespace: 'todo-app', owner, requestedGb });
const line = (lines: readonly BudgetLine[], resource: string) => lines.find((l) => l.resource === resource)!;
const violations = (lines: readonly BudgetLine[]) => lines.flatMap((l) => (l.violation ? [l.resource] : []));

describe('Always Free limits, at and just over each', () => {
  it('allows exactly the free OCPUs and memory, and refuses one more', () => {
    const at = alwaysFreeBudget(offlineConfig({ nodePool: { nodeCount: 1, ocpusPerNode: ALWAYS_FREE.a1Ocpus, memoryGbPerNode: ALWAYS_FREE.a1MemoryGb } }), NONE);
    expect(violations(at)).toEqual([]);
    const over = alwaysFreeBudget(offlineConfig({ nodePool: { nodeCount: 1, ocpusPerNode: ALWAYS_FREE.a1Ocpus + 1, memoryGbPerNode: ALWAYS_FREE.a1MemoryGb + 1 } }), NONE);
    expect(violations(over)).toEqual(['A1 OCPUs', 'A1 memory (GB)']);
  });

  it('allows exactly the free block storage and volume count, and refuses more', () => {
    const boot = 100;
    const fill = (ALWAYS_FREE.blockStorageGb - boot) / ALWAYS_FREE.blockVolumes;
    const volumes = Array.from({ length: ALWAYS_FREE.blockVolumes }, (_, i) => pvc(`v${i}`, fill));
    expect(violations(alwaysFreeBudget(offlineConfig({ nodePool: { bootVolumeGb: boot } }), { volumes, loadBalancers: [] }))).toEqual([]);
    expect(violations(alwaysFreeBudget(offlineConfig({ nodePool: { bootVolumeGb: boot + 1 } }), { volumes, loadBalancers: [] }))).toEqual(['Block storage (GB)']);
    expect(violations(alwaysFreeBudget(offlineConfig({ nodePool: { bootVolumeGb: 50 } }), { volumes: [...volumes.map((v) => ({ ...v, requestedGb: 1 })), pvc('extra', 1)], loadBalancers: [] }))).toEqual(['Block volumes (PVCs)']);
  });

  it('bills each claim as at least the smallest volume, and larger claims as they are', () => {
    const lines = alwaysFreeBudget(offlineConfig({ nodePool: { bootVolumeGb: 50 } }), { volumes: [pvc('small', 1), pvc('big', 60)], loadBalancers: [] });
    const storage = line(lines, 'Block storage (GB)');
    expect(storage.used).toBe(50 + ALWAYS_FREE.minimumVolumeGb + 60);
    expect(storage.detail).toBe(`1 boot volumes × 50 GB + ${ALWAYS_FREE.minimumVolumeGb + 60} GB of PVCs (small: 1 GB → ${ALWAYS_FREE.minimumVolumeGb} GB; big: 60 GB → 60 GB)`);
    expect(line(lines, 'Block volumes (PVCs)')).toMatchObject({ used: 2, detail: `small: 1 GB → ${ALWAYS_FREE.minimumVolumeGb} GB; big: 60 GB → 60 GB` });
    expect(line(alwaysFreeBudget(offlineConfig(), NONE), 'Block volumes (PVCs)').detail).toBe('no PVCs');
  });

  it('allows one load balancer and refuses a second', () => {
    expect(violations(alwaysFreeBudget(offlineConfig(), { volumes: [], loadBalancers: ['gw'] }))).toEqual([]);
    const one = line(alwaysFreeBudget(offlineConfig(), { volumes: [], loadBalancers: ['gw'] }), 'Load balancers');
    expect(one).toMatchObject({ used: 1, limit: ALWAYS_FREE.loadBalancers, detail: `gw (flexible, ${ALWAYS_FREE.loadBalancerMbps} Mbps)` });
    expect(line(alwaysFreeBudget(offlineConfig(), NONE), 'Load balancers').detail).toBe('none declared');
    const two = line(alwaysFreeBudget(offlineConfig(), { volumes: [], loadBalancers: ['a', 'b'] }), 'Load balancers');
    expect(violations([two])).toEqual(['Load balancers']);
    // Both are named, apart, in the table and in the refusal: the operator must find the second one.
    expect(two.detail).toBe(`a; b (flexible, ${ALWAYS_FREE.loadBalancerMbps} Mbps)`);
    expect(two.violation).toContain('create 2 (a; b)');
  });

  it('accepts only the A1 shape and the free cluster type (or an explicit opt-in to the charge)', () => {
    const enhanced = alwaysFreeBudget(offlineConfig({ cluster: { type: 'ENHANCED_CLUSTER' } }), NONE);
    expect(violations(enhanced)).toEqual(['OKE cluster type']);
    expect(line(enhanced, 'OKE cluster type').detail).toMatch(/^billed per cluster-hour \(opted in\); no quota can cap the cluster type/);
    expect(line(alwaysFreeBudget(offlineConfig(), NONE), 'OKE cluster type').detail).toMatch(/^no cluster fee; /);
    expect(violations(alwaysFreeBudget(offlineConfig({ nodePool: { shape: 'VM.Standard.E4.Flex' } }), NONE))).toEqual(['Compute shape']);
  });
});

describe('what each line says', () => {
  const lines = alwaysFreeBudget(offlineConfig({ nodePool: { nodeCount: 1, ocpusPerNode: 2, memoryGbPerNode: 12, bootVolumeGb: 50 } }), NONE);

  it('shows how compute is made up', () => {
    expect(line(lines, 'A1 OCPUs')).toMatchObject({ used: 2, limit: ALWAYS_FREE.a1Ocpus, detail: '1 nodes × 2 OCPU' });
    expect(line(lines, 'A1 memory (GB)')).toMatchObject({ used: 12, limit: ALWAYS_FREE.a1MemoryGb, detail: '1 nodes × 12 GB' });
    expect(line(lines, 'Compute shape')).toMatchObject({ used: ALWAYS_FREE.a1Shape, limit: ALWAYS_FREE.a1Shape, detail: 'nodePool.shape' });
  });

  it('names the buckets and their lifecycles under the Object Storage line, and the reserved IP position', () => {
    const config = offlineConfig();
    const os = line(lines, 'Object Storage (GB)');
    expect(os.used).toBe(`≤ ${ALWAYS_FREE.objectStorageGb}`);
    expect(os.detail).toContain(config.state.bucketName);
    expect(os.detail).toContain(config.backup.bucketName);
    expect(os.detail).toContain(`deleted after ${config.backup.lifecycleDays} days`);
    expect(os.detail).toContain(`caps both at ${ALWAYS_FREE.objectStorageGb} GB`);
    expect(os.violation).toBeUndefined();
    expect(line(lines, 'Reserved public IP')).toMatchObject({ used: 1, limit: 'price not published' });
    expect(line(lines, 'Reserved public IP').detail).toMatch(/budget alert is the check/);
    for (const l of lines) expect([l.resource, l.detail.length > 5]).toEqual([l.resource, true]);
  });

  it('names the limit and the date it took effect in every violation', () => {
    const over = alwaysFreeBudget(offlineConfig({ nodePool: { nodeCount: 3, bootVolumeGb: 100 } }), { volumes: [pvc('a', 1), pvc('b', 1), pvc('c', 1)], loadBalancers: ['x', 'y'] });
    const text = over.flatMap((l) => (l.violation ? [l.violation] : []));
    expect(text).toHaveLength(5);
    for (const [key, v] of [['a1Ocpus', text[0]], ['a1MemoryGb', text[1]], ['blockStorageGb', text[2]], ['blockVolumes', text[3]], ['loadBalancers', text[4]]] as const) {
      expect(v).toContain(`the Always Free ${ALWAYS_FREE_LIMITS[key].value}`);
      expect(v).toContain(`(limit since ${ALWAYS_FREE_LIMITS[key].since})`);
    }
    expect(text[1]).toContain(`${ALWAYS_FREE_LIMITS.a1MemoryGb.value} GB (limit since`);
    expect(text[2]).toContain(`${ALWAYS_FREE_LIMITS.blockStorageGb.value} GB (limit since`);
  });
});

describe('the error and the table', () => {
  it('throws one error listing every violation, and nothing when there is none', () => {
    const over = alwaysFreeBudget(offlineConfig({ nodePool: { nodeCount: 2 } }), NONE);
    expect(() => assertAlwaysFree(alwaysFreeBudget(offlineConfig(), NONE))).not.toThrow();
    let error: unknown;
    try {
      assertAlwaysFree(over);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AlwaysFreeError);
    const e = error as AlwaysFreeError;
    expect(e.name).toBe('AlwaysFreeError');
    expect(e.violations).toEqual(over.flatMap((l) => (l.violation ? [l.violation] : [])));
    expect(e.message).toBe(`the configuration would leave the Always Free tier; nothing was written:\n${e.violations.map((v) => `  - ${v}`).join('\n')}`);
  });

  it('prints aligned columns, a rule under the header, a status per line and the detail last', () => {
    const lines = alwaysFreeBudget(offlineConfig({ nodePool: { nodeCount: 3 } }), NONE);
    const rows = budgetTable(lines).split('\n');
    expect(rows).toHaveLength(lines.length + 2);
    const header = rows[0]!;
    const starts = ['used', 'limit', 'status', 'detail'].map((h) => header.indexOf(h));
    expect(rows[1]).toMatch(/^-+( {2}-+){4}$/);
    // One dash per character of each column's widest cell.
    expect(rows[1]!.split('  ').map((d) => d.length)).toEqual([starts[0]! - 2, starts[1]! - starts[0]! - 2, starts[2]! - starts[1]! - 2, starts[3]! - starts[2]! - 2, Math.max(6, ...lines.map((l) => l.detail.length))]);
    for (const [i, l] of lines.entries()) {
      const row = rows[i + 2]!;
      expect(row.startsWith(l.resource)).toBe(true);
      expect(row.slice(starts[2]!).startsWith(l.violation ? 'OVER' : 'ok')).toBe(true);
      expect(row.slice(starts[3]!)).toBe(l.detail);
      expect(row.slice(starts[0]!).startsWith(String(l.used))).toBe(true);
    }
    expect(rows.every((r) => !r.endsWith(' ') || r.endsWith('  '))).toBe(true);
  });
});
