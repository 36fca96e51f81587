import { addonsOf } from '../../k8s/addons';
import { ALWAYS_FREE } from '../../k8s/contract/always-free';
import { environmentDemands, totalsByNamespace, volumeClaims } from '../../k8s/budget/demand';
import { okeNodeAllocatable } from '../../k8s/budget/node-allocatable';
import { parseQuantity } from '../../k8s/budget/quantity';
import { BUDGET_RULES, budgetOf, budgetReport, budgetViolations, unplaceablePods } from '../../k8s/budget/report';
import { environmentInput, loadEnvironments } from '../../k8s/environments';
import { CONTAINER_LIMITS } from '../../k8s/platform/container-limits';
import { ownedNamespaces } from '../../k8s/platform/namespaces';
import { renderEnvironment } from '../../k8s/synth/render';
import { ENVIRONMENTS, environment, objectsOf, rendered } from '../helpers';

const MI = 2 ** 20;

describe('node allocatable (OKE, Ampere A1)', () => {
  const one = okeNodeAllocatable(2, 12);

  it('leaves 1.828 cores and 9421 MiB of a 2 OCPU / 12 GB node to pods', () => {
    // 11669 MiB MemTotal − 2 GiB kube-reserved − 100 MiB system-reserved − 100 MiB eviction.
    expect(one.capacity.memory / MI).toBe(11669);
    expect(one.kubeReserved.memory / MI).toBe(2048);
    expect(one.allocatable.memory / MI).toBe(9421);
    expect(one.allocatable.cpu).toBeCloseTo(2 - 0.072 - 0.1, 6);
    for (const r of [one.capacity, one.kubeReserved, one.systemReserved, one.evictionHard]) expect(r.source).toMatch(/\S/);
  });

  it('gives two 1 OCPU / 6 GB nodes less room than one 2 OCPU / 12 GB node (the topology decision)', () => {
    const half = okeNodeAllocatable(1, 6);
    expect(2 * half.allocatable.memory).toBeLessThan(one.allocatable.memory - 1024 * MI);
    expect(2 * half.allocatable.cpu).toBeLessThan(one.allocatable.cpu);
  });
});

describe('Always Free budget (oke)', () => {
  const b = budgetOf(rendered('oke'));

  it('runs on at most the A1 allowance in force since 2026-06-15', () => {
    const c = b.env.capacity;
    expect(c.nodes * c.cpuPerNode).toBeLessThanOrEqual(ALWAYS_FREE.a1Ocpus);
    expect(c.nodes * c.memoryGiPerNode).toBeLessThanOrEqual(ALWAYS_FREE.a1MemoryGb);
  });

  it('requests at most 85 % of allocatable CPU and limits at most the allocatable memory, at maximum replicas', () => {
    expect(BUDGET_RULES.cpuRequestShare).toBe(0.85);
    expect(b.requestsMax.cpu).toBeLessThanOrEqual(b.allocatable.cpu * 0.85);
    expect(b.limitsMax.memory + (b.largestTransient?.limits.memory ?? 0)).toBeLessThanOrEqual(b.allocatable.memory);
    expect(unplaceablePods(b)).toEqual([]);
    expect(budgetViolations(b)).toEqual([]);
  });

  it('fits 200 GB of block storage, boot volumes included, in at most 2 block volumes', () => {
    expect(b.storage!.usedGb).toBeLessThanOrEqual(ALWAYS_FREE.blockStorageGb);
    expect(b.storage!.volumes).toBeLessThanOrEqual(ALWAYS_FREE.blockVolumes);
  });

  it('counts OKE’s own pods, every add-on, the operands, the apps and their sidecars', () => {
    const owners = b.demands.map((d) => `${d.namespace}/${d.owner}`);
    expect(owners).toEqual(
      expect.arrayContaining([
        'kube-system/kube-flannel-ds',
        'kube-system/kube-proxy',
        'kube-system/csi-oci-node',
        'kube-system/proxymux-client',
        'kube-system/coredns',
        'argocd/argo-cd application-controller',
        'monitoring/kube-prometheus-stack prometheus',
        'kafka/strimzi cluster-operator',
        'kafka/Kafka node pool dual-role',
        'kafka/Kafka entity operator',
        'todo-app/PostgreSQL todo-db',
        'todo-app/Deployment backend',
        'todo-app/daprd in backend',
        'envoy-gateway-system/Envoy proxy todo-chatbot',
      ]),
    );
    // The scheduler is a 3-member etcd quorum whatever its storage.
    expect(b.demands.find((d) => d.owner === 'dapr scheduler')!.replicas).toEqual({ min: 3, max: 3 });
    expect(budgetReport(b)).toMatch(/= allocatable\s+1\.83\s+9421Mi/);
  });

  it('refuses a configuration that no longer fits, naming what to change', () => {
    const input = environmentInput('oke');
    const heavy = loadEnvironments([{ ...input, kafka: { ...input.kafka, heap: '1536Mi' } }])[0]!;
    expect(budgetViolations(budgetOf(renderEnvironment(heavy)))).toContainEqual(expect.stringMatching(/^oke: memory limits at maximum replicas .* exceed the .* the nodes allocate; lower limits or maximum replicas$/));
  });
});

describe.each(ENVIRONMENTS)('budget (%s)', (env) => {
  it('fits its own capacity', () => {
    expect(budgetViolations(budgetOf(rendered(env)))).toEqual([]);
  });

  it('gives every add-on container at least the memory its upstream documents', () => {
    const e = environment(env);
    for (const addon of addonsOf(e)) {
      for (const c of addon.components(e).flatMap((x) => x.containers)) {
        const id = `${addon.name}/${c.name}`;
        expect([id, Boolean(c.documentedMinimum) || Boolean(c.sizing)]).toEqual([id, true]);
        if (c.documentedMinimum) expect([id, parseQuantity(c.resources.memoryLimit) >= parseQuantity(c.documentedMinimum.memory)]).toEqual([id, true]);
      }
    }
  });
});

describe.each(ENVIRONMENTS)('quotas (%s)', (env) => {
  it('admit everything the namespace runs at maximum replicas', () => {
    const e = environment(env);
    const objects = objectsOf(env).filter((o) => o.kind !== 'ResourceQuota');
    const totals = totalsByNamespace(environmentDemands(e, objects), volumeClaims(e, objects), e.capacity.nodes);
    for (const q of (objectsOf(env) as any[]).filter((o) => o.kind === 'ResourceQuota')) {
      const t = totals.find((x) => x.namespace === q.metadata.namespace);
      const hard = q.spec.hard;
      expect([q.metadata.namespace, parseQuantity(hard['requests.cpu']) >= (t?.requestsMax.cpu ?? 0)]).toEqual([q.metadata.namespace, true]);
      expect([q.metadata.namespace, parseQuantity(hard['requests.memory']) >= (t?.requestsMax.memory ?? 0)]).toEqual([q.metadata.namespace, true]);
      expect([q.metadata.namespace, parseQuantity(hard['limits.memory']) >= (t?.limitsMax.memory ?? 0)]).toEqual([q.metadata.namespace, true]);
      expect([q.metadata.namespace, Number(hard.persistentvolumeclaims)]).toEqual([q.metadata.namespace, t?.volumes ?? 0]);
    }
  });

  it('allow a load balancer only to Envoy, and only on oke', () => {
    const lbs = (objectsOf(env) as any[]).filter((o) => o.kind === 'ResourceQuota' && o.spec.hard['services.loadbalancers'] !== '0');
    expect(lbs.map((q) => q.metadata.namespace)).toEqual(env === 'oke' ? ['envoy-gateway-system'] : []);
  });

  it('give unsized containers the defaults the budget counts them with, in every namespace we own', () => {
    const ranges = (objectsOf(env) as any[]).filter((o) => o.kind === 'LimitRange');
    expect(ranges.map((r) => r.metadata.namespace).sort()).toEqual(ownedNamespaces(environment(env)).sort());
    for (const r of ranges) expect(r.spec.limits[0]).toMatchObject({ type: 'Container', defaultRequest: CONTAINER_LIMITS.defaultRequest, default: CONTAINER_LIMITS.default });
  });
});
