/**
 * The namespace quotas must admit a rolling update: while a Deployment rolls, up to `maxSurge`
 * new pods run beside the old ones, and a sync that triggers the rollout also runs its Helm
 * hooks (or cert-manager's HTTP-01 solver). This models what the ResourceQuota admission plugin
 * does with each pod created then — admit it only if the namespace's usage plus the pod stays
 * within every `hard` limit ("If creating or updating a resource violates a quota constraint,
 * the request will fail with HTTP status code 403 FORBIDDEN", kubernetes.io/docs/concepts/policy/
 * resource-quotas) — for the largest pod of each namespace. Sized at the steady state alone
 * (quota factor 1.0 in k8s/platform/guardrails.ts quotaFor), some rollouts are refused.
 */
import { type Amount, environmentDemands, type PodDemand, replicasAt } from '../../k8s/budget/demand';
import { parseQuantity } from '../../k8s/budget/quantity';
import type { EnvironmentName } from '../../k8s/config/environment';
import { ENVIRONMENTS, environment, objectsOf } from '../helpers';

type Usage = { 'requests.cpu': number; 'requests.memory': number; 'limits.cpu': number; 'limits.memory': number; pods: number };
const RESOURCES = ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory', 'pods'] as const;
const usage = (requests: Amount, limits: Amount, pods: number): Usage => ({
  'requests.cpu': requests.cpu,
  'requests.memory': requests.memory,
  'limits.cpu': limits.cpu,
  'limits.memory': limits.memory,
  pods,
});
const plus = (a: Usage, b: Usage, times = 1): Usage => Object.fromEntries(RESOURCES.map((r) => [r, a[r] + b[r] * times])) as Usage;
const ZERO = usage({ cpu: 0, memory: 0 }, { cpu: 0, memory: 0 }, 0);

/**
 * Pods a rolling update adds: the Deployment's maxSurge, a number or a percentage of the desired
 * replicas rounded up; 25 % when unset (apps/v1 RollingUpdateDeployment.maxSurge: "Absolute number
 * is calculated from percentage by rounding up. Defaults to 25%").
 */
function surgePods(maxSurge: number | string | undefined, replicas: number): number {
  const value = maxSurge ?? '25%';
  if (typeof value === 'number') return value;
  const percent = /^(\d+)%$/.exec(value);
  if (!percent) throw new Error(`maxSurge ${value}`);
  return Math.ceil((Number(percent[1]) * replicas) / 100);
}

/** ResourceQuota admission: the resources a new set of pods would push over `hard` (empty = admitted). */
function refused(hard: Record<string, string>, used: Usage, created: Usage): string[] {
  return RESOURCES.filter((r) => hard[r] !== undefined && used[r] + created[r] > parseQuantity(hard[r]) + 1e-9);
}

interface Pod {
  readonly owner: string;
  readonly size: Usage;
  readonly surge: number;
}

/** What each namespace runs and the pods that may roll in it, as the cluster sees them (injected sidecars in their pod). */
function namespaceModel(name: EnvironmentName) {
  const env = environment(name);
  const objects = objectsOf(name).filter((o) => o.kind !== 'ResourceQuota') as any[];
  const demands = environmentDemands(env, objects);
  const sidecarOf = (d: PodDemand) => demands.find((s) => s.source === 'dapr-sidecar' && s.namespace === d.namespace && s.owner === `daprd in ${d.owner.replace(/^\w+ /, '')}`);
  const deployment = (d: PodDemand) => objects.find((o) => o.kind === 'Deployment' && o.metadata.namespace === d.namespace && `Deployment ${o.metadata.name}` === d.owner);
  const steady = new Map<string, Usage>();
  const rolling = new Map<string, Pod[]>();
  const hooks = new Map<string, Usage[]>();
  for (const d of demands) {
    const ns = d.namespace;
    const pods = d.source === 'dapr-sidecar' ? 0 : 1;
    if (d.transient) {
      hooks.set(ns, [...(hooks.get(ns) ?? []), usage(d.requests, d.limits, pods)]);
      continue;
    }
    steady.set(ns, plus(steady.get(ns) ?? ZERO, usage(d.requests, d.limits, pods), replicasAt(d, 'max', env.capacity.nodes)));
    // DaemonSets replace pods node by node (maxSurge 0 by default); sidecars roll with their pod.
    if (d.perNode || d.source === 'dapr-sidecar') continue;
    const sidecar = sidecarOf(d);
    const size = plus(usage(d.requests, d.limits, 1), sidecar ? usage(sidecar.requests, sidecar.limits, 0) : ZERO);
    const surge = surgePods(deployment(d)?.spec?.strategy?.rollingUpdate?.maxSurge, d.replicas.max);
    rolling.set(ns, [...(rolling.get(ns) ?? []), { owner: d.owner, size, surge }]);
  }
  return { steady, rolling, hooks };
}

describe('ResourceQuota admission model', () => {
  const hard = { 'requests.cpu': '1', 'requests.memory': '1Gi', 'limits.cpu': '2', 'limits.memory': '2Gi', pods: '4' };
  const pod = (cpu: number, memoryMi: number) => usage({ cpu, memory: memoryMi * 2 ** 20 }, { cpu: cpu * 2, memory: memoryMi * 2 ** 21 }, 1);

  it('admits a pod that fits beside the usage and names each resource it would exceed', () => {
    expect(refused(hard, pod(0.5, 512), pod(0.5, 512))).toEqual([]);
    expect(refused(hard, pod(0.5, 512), pod(0.6, 100))).toEqual(['requests.cpu', 'limits.cpu']);
    const three = plus(ZERO, pod(0.1, 100), 3);
    expect(refused(hard, three, pod(0.1, 100))).toEqual([]);
    expect(refused(hard, three, plus(ZERO, pod(0.1, 100), 2))).toEqual(['pods']);
  });

  it('surges by maxSurge, a percentage rounding up, 25 % by default', () => {
    expect(surgePods(1, 2)).toBe(1);
    expect(surgePods(undefined, 1)).toBe(1);
    expect(surgePods(undefined, 8)).toBe(2);
    expect(surgePods('30%', 10)).toBe(3);
    expect(surgePods('10%', 3)).toBe(1);
  });
});

describe.each(ENVIRONMENTS)('quotas during a rolling update (%s)', (name) => {
  it('admit the surge of the largest pod of each namespace, with the largest hook running, at maximum replicas', () => {
    const { steady, rolling, hooks } = namespaceModel(name);
    const quotas = (objectsOf(name) as any[]).filter((o) => o.kind === 'ResourceQuota');
    expect(quotas.length).toBeGreaterThan(0);
    const rejections: string[] = [];
    for (const q of quotas) {
      const ns: string = q.metadata.namespace;
      const used = steady.get(ns) ?? ZERO;
      const hook = (hooks.get(ns) ?? []).reduce((a, b) => (b['limits.memory'] > a['limits.memory'] ? b : a), ZERO);
      // The largest pod in each resource (the envelope of every pod that can roll here).
      for (const r of RESOURCES) {
        const largest = (rolling.get(ns) ?? []).reduce<Pod | undefined>((a, b) => (!a || b.size[r] * b.surge > a.size[r] * a.surge ? b : a), undefined);
        if (!largest) continue;
        const created = plus(hook, largest.size, largest.surge);
        for (const over of refused(q.spec.hard, used, created).filter((x) => x === r)) {
          rejections.push(`${ns}: ${largest.surge} surge pod(s) of ${largest.owner} exceed ${over}`);
        }
      }
    }
    expect(rejections).toEqual([]);
  });

  it('still admit the steady state with every hook of a namespace running at once', () => {
    const { steady, hooks } = namespaceModel(name);
    for (const q of (objectsOf(name) as any[]).filter((o) => o.kind === 'ResourceQuota')) {
      const ns: string = q.metadata.namespace;
      const allHooks = (hooks.get(ns) ?? []).reduce((a, b) => plus(a, b), ZERO);
      expect([ns, refused(q.spec.hard, steady.get(ns) ?? ZERO, allHooks)]).toEqual([ns, []]);
    }
  });
});
