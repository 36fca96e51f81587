import { ALWAYS_FREE } from '../../k8s/contract/always-free';
import { environmentDemands, totalsByNamespace, volumeClaims } from '../../k8s/budget/demand';
import { parseQuantity } from '../../k8s/budget/quantity';
import { budgetOf, budgetReport } from '../../k8s/budget/report';
import { loadEnvironments } from '../../k8s/environments';
import { dapr } from '../../k8s/addons/dapr';
import { ENVIRONMENTS, objectsOf, rendered } from '../helpers';

const storage = { bootVolumeGb: 50, limitGb: ALWAYS_FREE.blockStorageGb, maxVolumes: ALWAYS_FREE.blockVolumes, minimumVolumeGb: ALWAYS_FREE.minimumVolumeGb };

describe('Always Free budget (oke)', () => {
  const b = budgetOf(rendered('oke'), storage);

  it('fits 4 OCPU and 24 GB at maximum replicas with at least 10 % CPU headroom', () => {
    expect(b.capacity).toEqual({ cpu: ALWAYS_FREE.a1Ocpus, memory: ALWAYS_FREE.a1MemoryGb * 2 ** 30 });
    expect(b.requestsMax.cpu).toBeLessThanOrEqual(b.capacity.cpu * 0.9);
    expect(b.requestsMax.memory).toBeLessThanOrEqual(b.capacity.memory);
    expect(b.cpuHeadroom).toBeGreaterThanOrEqual(0.1);
  });

  it('fits 200 GB of block storage in at most 2 block volumes', () => {
    expect(b.storage!.usedGb).toBeLessThanOrEqual(ALWAYS_FREE.blockStorageGb);
    expect(b.storage!.volumes).toBeLessThanOrEqual(ALWAYS_FREE.blockVolumes);
  });

  it('counts workloads, sidecars, Kafka, PostgreSQL, every add-on and the system reserve', () => {
    const owners = b.demands.map((d) => d.owner);
    expect(owners).toEqual(expect.arrayContaining(['Deployment backend', 'daprd in backend', 'Kafka node pool dual-role', 'Kafka entity operator', 'Kafka exporter', 'PostgreSQL todo-db', 'Envoy proxy todo-chatbot', 'dapr scheduler', 'strimzi cluster-operator', 'argo-cd application-controller', 'system reserve']));
    expect(budgetReport(b)).toMatch(/headroom \d+%/);
  });

  it('keeps the Dapr scheduler in memory on oke (3 volumes would not fit)', () => {
    const env = loadEnvironments().find((e) => e.name === 'oke')!;
    expect((dapr.values(env) as any).dapr_scheduler.cluster.inMemoryStorage).toBe(true);
    expect(b.volumes.filter((v) => v.owner.startsWith('dapr scheduler'))).toEqual([]);
  });
});

describe.each(ENVIRONMENTS)('quotas (%s)', (env) => {
  it('admit everything the namespace runs at maximum replicas', () => {
    const e = loadEnvironments().find((x) => x.name === env)!;
    const objects = objectsOf(env).filter((o) => o.kind !== 'ResourceQuota');
    const totals = totalsByNamespace(environmentDemands(e, objects), volumeClaims(e, objects));
    for (const q of (objectsOf(env) as any[]).filter((o) => o.kind === 'ResourceQuota')) {
      const t = totals.find((x) => x.namespace === q.metadata.namespace);
      const hard = q.spec.hard;
      expect([q.metadata.namespace, parseQuantity(hard['requests.cpu']) >= (t?.requestsMax.cpu ?? 0)]).toEqual([q.metadata.namespace, true]);
      expect([q.metadata.namespace, parseQuantity(hard['requests.memory']) >= (t?.requestsMax.memory ?? 0)]).toEqual([q.metadata.namespace, true]);
      expect([q.metadata.namespace, Number(hard.persistentvolumeclaims)]).toEqual([q.metadata.namespace, t?.volumes ?? 0]);
    }
  });

  it('allow a load balancer only to Envoy, and only on oke', () => {
    const lbs = (objectsOf(env) as any[]).filter((o) => o.kind === 'ResourceQuota' && o.spec.hard['services.loadbalancers'] !== '0');
    expect(lbs.map((q) => q.metadata.namespace)).toEqual(env === 'oke' ? ['envoy-gateway-system'] : []);
  });

  it('give unsized containers small defaults', () => {
    const ranges = (objectsOf(env) as any[]).filter((o) => o.kind === 'LimitRange');
    expect(ranges).toHaveLength(9);
    expect(ranges[0].spec.limits[0]).toMatchObject({ type: 'Container', defaultRequest: { cpu: '25m', memory: '64Mi' }, default: { cpu: '250m', memory: '256Mi' } });
  });
});
