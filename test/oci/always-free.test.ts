import * as fs from 'node:fs';
import * as path from 'node:path';
import { alwaysFreeBudget, AlwaysFreeError, budgetTable } from '../../infra-oci/always-free/budget';
import { synthesizeOci } from '../../infra-oci/synthesize';
import type { CloudDemand } from '../../k8s/contract/handoff';
import { cloudDemand } from '../../k8s/budget/cloud-demand';
import { loadEnvironments } from '../../k8s/environments';
import { offlineConfig, okeHandoff } from './helpers';
import { withTempDir } from '../temp';

const NONE: CloudDemand = { volumes: [], loadBalancers: [] };
const pvc = (owner: string, requestedGb: number) => ({ namespace: 'todo-app', owner, requestedGb });

/** Runs a synth into a fresh folder and returns the guard's violations (and that nothing was written). */
function rejected(overrides: Record<string, unknown>, demand: CloudDemand = NONE): string[] {
  return withTempDir('guard-', (dir) => {
    const outdir = path.join(dir, 'cdktf.out');
    try {
      synthesizeOci(offlineConfig(overrides), outdir, okeHandoff(demand));
    } catch (err) {
      expect(err).toBeInstanceOf(AlwaysFreeError);
      expect(fs.existsSync(outdir)).toBe(false);
      return [...(err as AlwaysFreeError).violations];
    }
    throw new Error('expected the Always Free guard to reject the configuration');
  });
}

describe('Always Free guard', () => {
  it('accepts the default configuration: 1 × 2 OCPU × 12 GB, a 50 GB boot volume, BASIC cluster', () => {
    const lines = alwaysFreeBudget(offlineConfig(), NONE);
    expect(lines.filter((l) => l.violation)).toEqual([]);
    expect(Object.fromEntries(lines.map((l) => [l.resource, l.used]))).toEqual({
      'Compute shape': 'VM.Standard.A1.Flex',
      'A1 OCPUs': 2,
      'A1 memory (GB)': 12,
      'Block storage (GB)': 50,
      'Block volumes (PVCs)': 0,
      'Load balancers': 0,
      'Object Storage (GB)': '≤ 20',
      'Reserved public IP': 1,
      'OKE cluster type': 'BASIC_CLUSTER',
    });
  });

  it('rejects the old default, 2 × 2 OCPU / 12 GB, naming field, value, limit and the date the limit took effect', () => {
    expect(rejected({ nodePool: { nodeCount: 2 } })).toEqual([
      'A1 OCPUs: nodePool.nodeCount × nodePool.ocpusPerNode = 2 × 2 = 4 exceeds the Always Free 2 (limit since 2026-06-15); lower nodePool.nodeCount or nodePool.ocpusPerNode',
      'A1 memory: nodePool.nodeCount × nodePool.memoryGbPerNode = 2 × 12 GB = 24 GB exceeds the Always Free 12 GB (limit since 2026-06-15); lower nodePool.nodeCount or nodePool.memoryGbPerNode',
    ]);
  });

  it('rejects more than 2 A1 OCPUs', () => {
    expect(rejected({ nodePool: { ocpusPerNode: 3 } })).toEqual([
      'A1 OCPUs: nodePool.nodeCount × nodePool.ocpusPerNode = 1 × 3 = 3 exceeds the Always Free 2 (limit since 2026-06-15); lower nodePool.nodeCount or nodePool.ocpusPerNode',
    ]);
  });

  it('rejects more than 12 GB of A1 memory', () => {
    expect(rejected({ nodePool: { memoryGbPerNode: 16 } })).toEqual([
      'A1 memory: nodePool.nodeCount × nodePool.memoryGbPerNode = 1 × 16 GB = 16 GB exceeds the Always Free 12 GB (limit since 2026-06-15); lower nodePool.nodeCount or nodePool.memoryGbPerNode',
    ]);
  });

  it('rejects a shape that is not Ampere A1', () => {
    expect(rejected({ nodePool: { shape: 'VM.Standard.E4.Flex' } })).toEqual([
      'nodePool.shape: VM.Standard.E4.Flex is not Always Free — only VM.Standard.A1.Flex (Ampere A1) is (limit since 2021-05-25); set nodePool.shape to "VM.Standard.A1.Flex"',
    ]);
  });

  it('rejects boot volumes plus PVCs above 200 GB, rounding each PVC up to 50 GB', () => {
    expect(rejected({ nodePool: { bootVolumeGb: 160 } }, { volumes: [pvc('db', 1)], loadBalancers: [] })).toEqual([
      'block storage: 1 boot volumes × 160 GB + 50 GB of PVCs (each rounded up to 50 GB) = 210 GB exceeds the Always Free 200 GB (limit since 2021-05-25); lower nodePool.bootVolumeGb or the PVCs of the oke environment',
    ]);
  });

  it('rejects more than 2 block volumes', () => {
    const violations = rejected({}, { volumes: [pvc('a', 1), pvc('b', 1), pvc('c', 1)], loadBalancers: [] });
    expect(violations).toEqual(expect.arrayContaining([expect.stringMatching(/^block volumes: the oke manifests claim 3 persistent volumes \(a; b; c\), more than the Always Free 2 \(limit since 2021-05-25\)/)]));
  });

  it('rejects an ENHANCED cluster unless the charge is explicitly accepted (no quota can)', () => {
    expect(rejected({ cluster: { type: 'ENHANCED_CLUSTER' } })).toEqual([
      'cluster.type: ENHANCED_CLUSTER is billed per cluster-hour; set cluster.type to "BASIC_CLUSTER", or set cluster.allowEnhancedCluster to true to accept the charge',
    ]);
    const optedIn = alwaysFreeBudget(offlineConfig({ cluster: { type: 'ENHANCED_CLUSTER', allowEnhancedCluster: true } }), NONE);
    expect(optedIn.filter((l) => l.violation)).toEqual([]);
  });

  it('rejects a second load balancer (no quota exists for flexible ones)', () => {
    expect(rejected({}, { volumes: [], loadBalancers: ['gw-a', 'gw-b'] })[0]).toMatch(/^load balancers: the oke manifests create 2 \(gw-a; gw-b\), more than the Always Free 1 \(limit since 2021-05-25\)/);
  });

  it('reports every violation at once', () => {
    expect(rejected({ nodePool: { shape: 'VM.Standard.E5.Flex', nodeCount: 4, memoryGbPerNode: 16, bootVolumeGb: 60 } })).toHaveLength(4);
  });

  it('prints a budget table with used, limit and status, and states the reserved IP position', () => {
    const table = budgetTable(alwaysFreeBudget(offlineConfig({ nodePool: { nodeCount: 3 } }), NONE));
    expect(table.split('\n')[0]).toMatch(/^resource\s+used\s+limit\s+status\s+detail$/);
    expect(table).toMatch(/A1 OCPUs\s+6\s+2\s+OVER\s+3 nodes × 2 OCPU/);
    expect(table).toMatch(/Reserved public IP\s+1\s+price not published\s+ok/);
  });
});

describe('cloud demand of rendered manifests', () => {
  it('counts PVCs, StatefulSet claims, CloudNativePG and Strimzi storage, LoadBalancers and Gateways', () => {
    const meta = (name: string) => ({ name, namespace: 'x' });
    const [local] = loadEnvironments();
    const demand = cloudDemand(local!, [
      { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta('p'), spec: { resources: { requests: { storage: '10Gi' } } } },
      { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta('s'), spec: { replicas: 2, volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: '1Gi' } } } }] } },
      { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: meta('db'), spec: { instances: 1, storage: { size: '50Gi' } } },
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'KafkaNodePool', metadata: meta('k'), spec: { replicas: 1, storage: { type: 'ephemeral' } } },
      { apiVersion: 'v1', kind: 'Service', metadata: meta('lb'), spec: { type: 'LoadBalancer' } },
      { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: meta('gw'), spec: {} },
    ] as any);
    // 10 + 1 + 1 + 50 from the objects; the local Dapr scheduler is persistent: 3 × 1 GB.
    expect(demand.volumes.map((v) => v.requestedGb)).toEqual([10, 1, 1, 50, 1, 1, 1]);
    expect(demand.volumes.slice(4).map((v) => v.owner)).toEqual(['dapr scheduler 1', 'dapr scheduler 2', 'dapr scheduler 3']);
    expect(demand.loadBalancers).toEqual(['v1/Service x/lb', 'gateway.networking.k8s.io/v1/Gateway x/gw']);
  });
});

describe('one demand model for the guard and the budget', () => {
  it('makes the OCI guard count add-on volumes too (a persistent Dapr scheduler would not fit)', () => {
    const [, oke] = loadEnvironments();
    const persistent = { ...oke!, dapr: { ...oke!.dapr, scheduler: { inMemoryStorage: false, storageSize: '16Gi' } } };
    const demand = cloudDemand(persistent, []);
    expect(demand.volumes.map((v) => v.owner)).toEqual(['dapr scheduler 1', 'dapr scheduler 2', 'dapr scheduler 3']);
    const violations = alwaysFreeBudget(offlineConfig(), demand).flatMap((l) => (l.violation ? [l.violation] : []));
    // 1 × 50 GB boot + 3 × 50 GB = 200 GB still fits the storage; the volume count does not.
    expect(violations).toEqual([expect.stringMatching(/^block volumes: the oke manifests claim 3 persistent volumes/)]);
  });
});
