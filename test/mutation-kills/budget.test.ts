/**
 * Behaviour of the resource and storage budget model (k8s/budget) on inputs the committed
 * environments do not exercise: what Kubernetes admission fills in, what operators create from
 * our resources, how replicas are bounded, how pods land on nodes, and what the rules report.
 */
import { nodeAllocatableOf, systemPodsOf } from '../../k8s/budget/capacity';
import { cloudDemand } from '../../k8s/budget/cloud-demand';
import { environmentDemands, manifestDemands, type PodDemand, replicasAt, totalsByNamespace, volumeClaims } from '../../k8s/budget/demand';
import { minikubeNodeAllocatable, okeNodeAllocatable } from '../../k8s/budget/node-allocatable';
import { parseQuantity, storageGb } from '../../k8s/budget/quantity';
import { type Budget, budgetOf, budgetReport, budgetViolations, unplaceablePods } from '../../k8s/budget/report';
import { minikubeSystemPods, okeSystemPods } from '../../k8s/budget/system-pods';
import type { Environment } from '../../k8s/config/environment';
import { CONTAINER_LIMITS } from '../../k8s/platform/container-limits';
import { addonsOf } from '../../k8s/addons';
import { environment, rendered } from '../helpers';

const MI = 2 ** 20;
const GI = 2 ** 30;
const meta = (name: string, namespace = 'todo-app') => ({ name, namespace });
const deployment = (name: string, spec: Record<string, unknown>, namespace = 'todo-app') => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta(name, namespace), spec });
const pod = (containers: unknown[], annotations: Record<string, string> = {}) => ({ metadata: { annotations }, spec: { containers } });
const sized = (cpu: string, memory: string, limitCpu = cpu, limitMemory = memory) => ({ resources: { requests: { cpu, memory }, limits: { cpu: limitCpu, memory: limitMemory } } });
const only = (demands: PodDemand[], owner: string) => demands.find((d) => d.owner === owner)!;

describe('quantities', () => {
  it('parse the suffixes Kubernetes writes, binary and decimal', () => {
    expect(parseQuantity('500m')).toBeCloseTo(0.5, 9);
    expect(parseQuantity('1.5')).toBe(1.5);
    expect(parseQuantity(2)).toBe(2);
    expect(parseQuantity(' 256Mi ')).toBe(256 * MI);
    expect(parseQuantity('1Ki')).toBe(1024);
    expect(parseQuantity('2Gi')).toBe(2 * GI);
    expect(parseQuantity('1Ti')).toBe(2 ** 40);
    expect(parseQuantity('1Pi')).toBe(2 ** 50);
    expect(parseQuantity('50G')).toBe(50e9);
    expect(parseQuantity('3k')).toBe(3000);
    expect(parseQuantity('3K')).toBe(3000);
    expect(parseQuantity('2M')).toBe(2e6);
    expect(parseQuantity('1T')).toBe(1e12);
    expect(parseQuantity('1P')).toBe(1e15);
  });

  it('refuse what is not a quantity', () => {
    for (const bad of ['512MB', 'Mi', '1.2.3', '', 'x1', '1 Mi']) expect(() => parseQuantity(bad)).toThrow(`invalid quantity "${bad}"`);
  });

  it('bill storage in whole GB, rounding up', () => {
    expect(storageGb('1Gi')).toBe(1);
    expect(storageGb('1025Mi')).toBe(2);
    expect(storageGb('50Gi')).toBe(50);
    expect(storageGb('512Mi')).toBe(1);
  });
});

describe('pod demands of rendered objects', () => {
  const env = environment('oke');

  it('count what LimitRanger fills in for an unsized container in a namespace we own, and nothing elsewhere', () => {
    const objects = [deployment('bare', { replicas: 1, template: pod([{}]) }), deployment('foreign', { replicas: 1, template: pod([{}]) }, 'somewhere-else')] as any[];
    const d = manifestDemands(env, objects);
    expect(only(d, 'Deployment bare')).toMatchObject({
      requests: { cpu: parseQuantity(CONTAINER_LIMITS.defaultRequest.cpu), memory: parseQuantity(CONTAINER_LIMITS.defaultRequest.memory) },
      limits: { cpu: parseQuantity(CONTAINER_LIMITS.default.cpu), memory: parseQuantity(CONTAINER_LIMITS.default.memory) },
    });
    expect(only(d, 'Deployment foreign')).toMatchObject({ requests: { cpu: 0, memory: 0 }, limits: { cpu: 0, memory: 0 } });
  });

  it('take a request from the limit when only the limit is set (as the API server defaults it), and sum the containers of a pod', () => {
    const objects = [deployment('capped', { replicas: 2, template: pod([{ resources: { limits: { cpu: '300m', memory: '200Mi' } } }, sized('100m', '100Mi')]) })] as any[];
    const d = only(manifestDemands(env, objects), 'Deployment capped');
    expect(d.requests.cpu).toBeCloseTo(0.4, 9);
    expect(d.requests.memory).toBe(300 * MI);
    expect(d.limits.cpu).toBeCloseTo(0.4, 9);
    expect(d.limits.memory).toBe(300 * MI);
    expect(d).toMatchObject({ namespace: 'todo-app', source: 'workload', replicas: { min: 2, max: 2 } });
  });

  it('bound replicas by an HPA, a KEDA ScaledObject (KEDA defaults: min 0, max 100) or one', () => {
    const objects = [
      deployment('hpa', { template: pod([sized('1', '1Mi')]) }),
      deployment('keda', { template: pod([sized('1', '1Mi')]) }),
      deployment('keda-defaults', { template: pod([sized('1', '1Mi')]) }),
      deployment('plain', { template: pod([sized('1', '1Mi')]) }),
      deployment('other-ns', { template: pod([sized('1', '1Mi')]) }, 'elsewhere'),
      { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: meta('h'), spec: { scaleTargetRef: { name: 'hpa' }, maxReplicas: 4 } },
      { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: meta('h', 'elsewhere'), spec: { scaleTargetRef: { name: 'plain' }, minReplicas: 3, maxReplicas: 9 } },
      { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', metadata: meta('k'), spec: { scaleTargetRef: { name: 'keda' }, minReplicaCount: 2, maxReplicaCount: 3 } },
      { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', metadata: meta('k2'), spec: { scaleTargetRef: { name: 'keda-defaults' } } },
    ] as any[];
    const d = manifestDemands(env, objects);
    expect(only(d, 'Deployment hpa').replicas).toEqual({ min: 1, max: 4 });
    expect(only(d, 'Deployment keda').replicas).toEqual({ min: 2, max: 3 });
    expect(only(d, 'Deployment keda-defaults').replicas).toEqual({ min: 0, max: 100 });
    expect(only(d, 'Deployment plain').replicas).toEqual({ min: 1, max: 1 });
    expect(d.filter((x) => x.owner === 'Deployment other-ns')[0]!.replicas).toEqual({ min: 1, max: 1 });
  });

  it('add the injected Dapr sidecar, sized by its annotations, to every replica of a Dapr-enabled pod', () => {
    const annotations = { 'dapr.io/enabled': 'true', 'dapr.io/sidecar-cpu-request': '20m', 'dapr.io/sidecar-memory-request': '40Mi', 'dapr.io/sidecar-cpu-limit': '200m', 'dapr.io/sidecar-memory-limit': '80Mi' };
    const objects = [
      { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta('s'), spec: { replicas: 3, template: pod([sized('1', '1Mi')], annotations) } },
      deployment('off', { replicas: 1, template: pod([sized('1', '1Mi')], { 'dapr.io/enabled': 'false' }) }),
    ] as any[];
    const d = manifestDemands(env, objects);
    expect(only(d, 'daprd in s')).toMatchObject({ source: 'dapr-sidecar', replicas: { min: 3, max: 3 }, requests: { memory: 40 * MI }, limits: { memory: 80 * MI } });
    expect(only(d, 'daprd in s').requests.cpu).toBeCloseTo(0.02, 9);
    expect(only(d, 'daprd in s').limits.cpu).toBeCloseTo(0.2, 9);
    expect(d.map((x) => x.owner)).toEqual(['StatefulSet s', 'daprd in s', 'Deployment off']);
  });

  it('count the pods operators create: Kafka nodes, the entity operator (topic + user operator), the exporter, PostgreSQL instances, the Envoy proxy with its shutdown manager', () => {
    const objects = [
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'KafkaNodePool', metadata: meta('pool', 'kafka'), spec: { replicas: 3, ...sized('1', '1Gi') } },
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'Kafka', metadata: meta('k', 'kafka'), spec: { entityOperator: { topicOperator: sized('100m', '100Mi'), userOperator: sized('200m', '200Mi') }, kafkaExporter: sized('10m', '10Mi') } },
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'Kafka', metadata: meta('bare', 'kafka'), spec: {} },
      { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: meta('db'), spec: { instances: 2, ...sized('1', '1Gi') } },
      { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: meta('one'), spec: {} },
      { apiVersion: 'gateway.envoyproxy.io/v1alpha1', kind: 'EnvoyProxy', metadata: meta('gw', 'envoy-gateway-system'), spec: { provider: { kubernetes: { envoyDeployment: { replicas: 2, container: sized('100m', '100Mi') } } } } },
      { apiVersion: 'gateway.envoyproxy.io/v1alpha1', kind: 'EnvoyProxy', metadata: meta('default', 'envoy-gateway-system'), spec: {} },
      { apiVersion: 'example.com/v1', kind: 'KafkaNodePool', metadata: meta('impostor', 'kafka'), spec: { replicas: 9 } },
    ] as any[];
    const d = manifestDemands(env, objects);
    expect(only(d, 'Kafka node pool pool')).toMatchObject({ namespace: 'kafka', source: 'operand', replicas: { min: 3, max: 3 }, requests: { cpu: 1, memory: GI } });
    const eo = only(d, 'Kafka entity operator');
    expect(eo.requests.cpu).toBeCloseTo(0.3, 9);
    expect(eo.requests.memory).toBe(300 * MI);
    expect(eo.replicas).toEqual({ min: 1, max: 1 });
    expect(only(d, 'Kafka exporter').requests.memory).toBe(10 * MI);
    expect(d.filter((x) => x.owner === 'Kafka entity operator' || x.owner === 'Kafka exporter')).toHaveLength(2);
    expect(only(d, 'PostgreSQL db').replicas).toEqual({ min: 2, max: 2 });
    expect(only(d, 'PostgreSQL one').replicas).toEqual({ min: 1, max: 1 });
    const envoy = only(d, 'Envoy proxy gw');
    expect(envoy.replicas).toEqual({ min: 2, max: 2 });
    expect(envoy.requests.memory).toBe(100 * MI + 32 * MI);
    expect(only(d, 'Envoy proxy default').replicas).toEqual({ min: 1, max: 1 });
    expect(d.some((x) => x.owner.includes('impostor'))).toBe(false);
  });

  it('count cert-manager’s HTTP-01 solver as a short-lived pod, only with an ACME issuer', () => {
    const cert = [{ apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: meta('tls'), spec: {} }] as any[];
    expect(manifestDemands(env, cert)).toEqual([expect.objectContaining({ owner: 'HTTP-01 solver for tls', namespace: 'todo-app', transient: true, replicas: { min: 1, max: 1 } })]);
    expect(manifestDemands(environment('local'), cert)).toEqual([]);
  });
});

describe('volumes', () => {
  const env = environment('local');
  const own = (objects: unknown[]) => volumeClaims(env, objects as any[]).filter((v) => !v.owner.startsWith('dapr '));

  it('claims PVCs, StatefulSet templates per replica, PostgreSQL data and WAL per instance, and persistent Kafka volumes', () => {
    const claims = own([
      { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta('p'), spec: { resources: { requests: { storage: '3Gi' } } } },
      { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta('unsized'), spec: {} },
      { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta('s'), spec: { replicas: 2, volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: '1Gi' } } } }] } },
      { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta('s1'), spec: { volumeClaimTemplates: [{ metadata: { name: 'd' }, spec: { resources: { requests: { storage: '1Gi' } } } }] } },
      { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: meta('db'), spec: { instances: 2, storage: { size: '10Gi' }, walStorage: { size: '2Gi' } } },
      { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: meta('db1'), spec: { storage: { size: '5Gi' } } },
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'KafkaNodePool', metadata: meta('jbod', 'kafka'), spec: { replicas: 2, storage: { type: 'jbod', volumes: [{ type: 'persistent-claim', size: '4Gi' }, { type: 'ephemeral' }] } } },
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'KafkaNodePool', metadata: meta('single', 'kafka'), spec: { storage: { type: 'persistent-claim', size: '6Gi' } } },
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'KafkaNodePool', metadata: meta('empty', 'kafka'), spec: {} },
      { apiVersion: 'example.com/v1', kind: 'PersistentVolumeClaim', metadata: meta('impostor'), spec: { resources: { requests: { storage: '9Gi' } } } },
    ]);
    expect(claims.map((c) => [c.namespace, c.owner, c.requestedGb])).toEqual([
      ['todo-app', 'v1/PersistentVolumeClaim todo-app/p (claim)', 3],
      ['todo-app', 'apps/v1/StatefulSet todo-app/s (claim data 1)', 1],
      ['todo-app', 'apps/v1/StatefulSet todo-app/s (claim data 2)', 1],
      ['todo-app', 'apps/v1/StatefulSet todo-app/s1 (claim d)', 1],
      ['todo-app', 'postgresql.cnpg.io/v1/Cluster todo-app/db (data 1)', 10],
      ['todo-app', 'postgresql.cnpg.io/v1/Cluster todo-app/db (data 2)', 10],
      ['todo-app', 'postgresql.cnpg.io/v1/Cluster todo-app/db (WAL 1)', 2],
      ['todo-app', 'postgresql.cnpg.io/v1/Cluster todo-app/db (WAL 2)', 2],
      ['todo-app', 'postgresql.cnpg.io/v1/Cluster todo-app/db1 (data)', 5],
      ['kafka', 'kafka.strimzi.io/v1/KafkaNodePool kafka/jbod (broker volume 1)', 4],
      ['kafka', 'kafka.strimzi.io/v1/KafkaNodePool kafka/jbod (broker volume 2)', 4],
      ['kafka', 'kafka.strimzi.io/v1/KafkaNodePool kafka/single (broker volume)', 6],
    ]);
  });

  it('claims each replica’s volume of an add-on, per node for DaemonSets', () => {
    const withVolumes = addonsOf(env).flatMap((a) => a.components(env).filter((c) => c.volumeGb).map((c) => ({ a, c })));
    expect(withVolumes.length).toBeGreaterThan(0);
    const fromAddons = volumeClaims(env, []);
    for (const { a, c } of withVolumes) {
      const n = c.replicas === 'per-node' ? env.capacity.nodes : c.replicas;
      expect(fromAddons.filter((v) => v.namespace === a.namespace && v.owner.startsWith(`${a.name} ${c.name}`)).map((v) => v.requestedGb)).toEqual(Array(n).fill(c.volumeGb));
    }
    const threeNodes = { ...env, capacity: { ...env.capacity, nodes: 3 } } as Environment;
    const perNode = addonsOf(threeNodes).flatMap((a) => a.components(threeNodes).filter((c) => c.volumeGb && c.replicas === 'per-node'));
    if (perNode.length > 0) expect(volumeClaims(threeNodes, []).length).toBeGreaterThan(fromAddons.length);
  });
});

describe('namespace totals', () => {
  const demand = (d: Partial<PodDemand> & { owner: string; namespace: string }): PodDemand => ({
    source: 'workload',
    replicas: { min: 1, max: 1 },
    requests: { cpu: 0.1, memory: 100 * MI },
    limits: { cpu: 0.2, memory: 200 * MI },
    ...d,
  });

  it('sum the steady state at minimum and maximum replicas, count pods without sidecars, DaemonSets once per node, and leave short-lived pods out', () => {
    const t = totalsByNamespace(
      [
        demand({ owner: 'a', namespace: 'x', replicas: { min: 1, max: 3 } }),
        demand({ owner: 'daprd in a', namespace: 'x', source: 'dapr-sidecar', replicas: { min: 1, max: 3 } }),
        demand({ owner: 'ds', namespace: 'x', perNode: true }),
        demand({ owner: 'hook', namespace: 'x', transient: true, requests: { cpu: 9, memory: 9 * GI } }),
        demand({ owner: 'b', namespace: 'a-first' }),
      ],
      [{ namespace: 'x', owner: 'v', requestedGb: 7 }, { namespace: 'x', owner: 'w', requestedGb: 1 }, { namespace: 'volumes-only', owner: 'v', requestedGb: 2 }],
      2,
    );
    expect(t.map((n) => n.namespace)).toEqual(['a-first', 'volumes-only', 'x']);
    const x = t[2]!;
    expect(x.requestsMin.cpu).toBeCloseTo(0.1 + 0.1 + 0.2, 9);
    expect(x.requestsMax.cpu).toBeCloseTo(0.3 + 0.3 + 0.2, 9);
    expect(x.requestsMax.memory).toBe(800 * MI);
    expect(x.limitsMax.memory).toBe(1600 * MI);
    expect(x.limitsMax.cpu).toBeCloseTo(1.6, 9);
    expect(x.podsMax).toBe(3 + 2);
    expect([x.volumes, x.volumeGb]).toEqual([2, 8]);
    expect(t[1]).toMatchObject({ volumes: 1, volumeGb: 2, podsMax: 0, requestsMax: { cpu: 0, memory: 0 } });
    expect(replicasAt(demand({ owner: 'd', namespace: 'x', perNode: true, replicas: { min: 1, max: 1 } }), 'max', 4)).toBe(4);
    expect(replicasAt(demand({ owner: 'd', namespace: 'x', replicas: { min: 2, max: 5 } }), 'min', 4)).toBe(2);
  });

  it('put the cluster’s own pods in kube-system, per node for its DaemonSets', () => {
    const env = environment('oke');
    const system = environmentDemands(env, []).filter((d) => d.source === 'system');
    expect(system.length).toBe(okeSystemPods(env.capacity.nodes).length);
    for (const d of system) expect(d.namespace).toBe('kube-system');
    expect(system.filter((d) => d.perNode).map((d) => d.owner)).toEqual(okeSystemPods(1).filter((p) => p.replicas === 'per-node').map((p) => p.name));
    expect(system.find((d) => d.owner === 'coredns')!.replicas).toEqual({ min: 1, max: 1 });
    expect(environmentDemands(env, []).some((d) => d.source === 'add-on' && d.transient)).toBe(true);
  });
});

describe('nodes', () => {
  it('reserve for the kubelet on OKE by the size of the node, from measurements where they exist', () => {
    expect(okeNodeAllocatable(1, 8).capacity.memory).toBe(7657 * MI);
    expect(okeNodeAllocatable(4, 24).capacity.memory).toBe(Math.floor(24 * 1024 * 0.934) * MI);
    expect(okeNodeAllocatable(4, 24).capacity.source).toMatch(/0\.934 × declared memory/);
    expect(okeNodeAllocatable(2, 12).capacity.source).toMatch(/measured/);
    // Measured kube-reserved (GiB) in its ranges; otherwise GKE-style tiers.
    expect(okeNodeAllocatable(2, 21).kubeReserved.memory).toBe(2 * GI);
    expect(okeNodeAllocatable(2, 32).kubeReserved.memory).toBe(3 * GI);
    expect(okeNodeAllocatable(2, 40).kubeReserved.memory).toBe(4 * GI);
    expect(okeNodeAllocatable(2, 64).kubeReserved.memory).toBe(5 * GI);
    expect(okeNodeAllocatable(2, 128).kubeReserved.memory).toBe(9 * GI);
    expect(okeNodeAllocatable(1, 4).kubeReserved.memory).toBeCloseTo(1 * GI, 0);
    expect(okeNodeAllocatable(1, 8).kubeReserved.memory).toBeCloseTo(1.8 * GI, 0);
    expect(okeNodeAllocatable(1, 10).kubeReserved.memory).toBeCloseTo(2 * GI, 0);
    expect(okeNodeAllocatable(1, 24).kubeReserved.memory).toBeCloseTo((1 + 0.8 + 0.8 + 8 * 0.06) * GI, 0);
    expect(okeNodeAllocatable(1, 200).kubeReserved.memory).toBeCloseTo((1 + 0.8 + 0.8 + 112 * 0.06 + 72 * 0.02) * GI, 0);
    expect(okeNodeAllocatable(2, 21).kubeReserved.source).toMatch(/configz/);
    expect(okeNodeAllocatable(2, 12).kubeReserved.source).toMatch(/configz/);
    expect(okeNodeAllocatable(2, 11).kubeReserved.source).not.toMatch(/configz/);
    expect(okeNodeAllocatable(2, 11).kubeReserved.memory).toBeCloseTo((1 + 0.8 + 0.3) * GI, 0);
    expect(okeNodeAllocatable(2, 22).kubeReserved.source).not.toMatch(/configz/);
    // CPU: a table up to 5 cores, then 2.5 m per core more.
    expect([1, 2, 3, 4, 5, 6, 9].map((n) => Math.round(okeNodeAllocatable(n, 12).kubeReserved.cpu * 1000 * 10) / 10)).toEqual([60, 72, 80, 85, 90, 92.5, 100]);
  });

  it('allocate capacity minus every reservation', () => {
    for (const n of [okeNodeAllocatable(2, 12), okeNodeAllocatable(3, 18), minikubeNodeAllocatable(4, 10)]) {
      expect(n.allocatable.cpu).toBeCloseTo(n.capacity.cpu - n.kubeReserved.cpu - n.systemReserved.cpu - n.evictionHard.cpu, 9);
      expect(n.allocatable.memory).toBe(n.capacity.memory - n.kubeReserved.memory - n.systemReserved.memory - n.evictionHard.memory);
      expect(n.evictionHard.memory).toBe(100 * MI);
    }
    expect(minikubeNodeAllocatable(4, 10)).toMatchObject({ capacity: { cpu: 4, memory: 10 * GI }, kubeReserved: { cpu: 0, memory: 0 }, systemReserved: { cpu: 0, memory: 0 } });
    expect(okeNodeAllocatable(2, 12).systemReserved).toMatchObject({ cpu: 0.1, memory: 100 * MI });
    for (const n of [okeNodeAllocatable(2, 12), minikubeNodeAllocatable(4, 10)]) {
      for (const r of [n.capacity, n.kubeReserved, n.systemReserved, n.evictionHard]) expect(r.source.length).toBeGreaterThan(10);
    }
  });

  it('follow the distribution of the environment', () => {
    const oke = environment('oke');
    const local = environment('local');
    expect(nodeAllocatableOf(oke)).toEqual(okeNodeAllocatable(oke.capacity.cpuPerNode, oke.capacity.memoryGiPerNode));
    expect(nodeAllocatableOf(local)).toEqual(minikubeNodeAllocatable(local.capacity.cpuPerNode, local.capacity.memoryGiPerNode));
    expect(systemPodsOf(local)).toEqual(minikubeSystemPods());
    expect(systemPodsOf(oke)).toEqual(okeSystemPods(oke.capacity.nodes));
    expect(okeSystemPods(2).find((p) => p.name === 'coredns')!.replicas).toBe(2);
    expect(okeSystemPods(1).find((p) => p.name === 'coredns')!.replicas).toBe(1);
    for (const pods of [okeSystemPods(2), minikubeSystemPods()]) {
      const names = pods.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      // Every node runs kube-proxy and Calico (which enforces the NetworkPolicies); every cluster runs CoreDNS.
      expect(pods.filter((p) => p.replicas === 'per-node').map((p) => p.name)).toEqual(expect.arrayContaining(['kube-proxy', 'calico-node']));
      expect(names).toContain('coredns');
      for (const p of pods) expect([p.name, /^[a-z][a-z0-9-]+$/.test(p.name), p.source.length > 10, parseQuantity(p.resources.memoryLimit) > 0]).toEqual([p.name, true, true, true]);
    }
    // Minikube runs the control plane itself, as static pods; OKE runs it outside the nodes.
    expect(minikubeSystemPods().map((p) => p.name)).toEqual(expect.arrayContaining(['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd']));
    expect(okeSystemPods(1).map((p) => p.name)).not.toContain('kube-apiserver');
  });
});

/** A pod of `memoryMi` MiB memory limit and nothing else, for the packing rules. */
const podOf = (owner: string, memoryMi: number, extra: Partial<PodDemand> = {}): PodDemand => ({
  namespace: 'x',
  owner,
  source: 'workload',
  replicas: { min: 1, max: 1 },
  requests: { cpu: 0, memory: 0 },
  limits: { cpu: 0, memory: memoryMi * MI },
  ...extra,
});

describe('the budget rules', () => {
  const base = budgetOf(rendered('oke'));
  const with_ = (patch: Partial<Budget>): Budget => ({ ...base, ...patch });

  it('adds up the nodes and picks the largest short-lived pod by memory', () => {
    expect(base.allocatable.memory).toBe(base.node.allocatable.memory * base.nodes);
    const transient = base.demands.filter((d) => d.transient);
    expect(transient.length).toBeGreaterThan(1);
    expect(base.largestTransient!.limits.memory).toBe(Math.max(...transient.map((d) => d.limits.memory)));
    expect(base.requestsMin.cpu).toBeLessThan(base.requestsMax.cpu);
    expect(base.storage!.usedGb).toBe(base.env.capacity.nodes * base.env.capacity.bootVolumeGb! + base.volumes.reduce((n, v) => n + Math.max(50, v.requestedGb), 0));
    expect(budgetOf(rendered('local')).storage).toBeUndefined();
  });

  it('places pods largest first on nodes that already run their DaemonSets, each with its sidecar', () => {
    const node = { ...base.node, allocatable: { cpu: 4, memory: 1000 * MI } };
    const b = with_({ node, nodes: 2, demands: [podOf('ds', 100, { perNode: true }), podOf('Deployment big', 700), podOf('daprd in big', 100, { source: 'dapr-sidecar' }), podOf('Deployment mid', 500), podOf('Deployment small', 400), podOf('Deployment hook', 5000, { transient: true })] });
    // 900 free per node: big+sidecar 800 → node 1 (100 left); mid 500 → node 2 (400 left); small 400 → node 2.
    expect(unplaceablePods(b)).toEqual([]);
    const tight = with_({ ...b, demands: [...b.demands, podOf('Deployment extra', 150, { replicas: { min: 1, max: 2 } })] });
    expect(unplaceablePods(tight)).toEqual(['Deployment extra (150Mi)', 'Deployment extra (150Mi)']);
    // Alone, the container fits a node; with its sidecar, it does not.
    const sidecarTooBig = with_({ ...b, demands: [podOf('Deployment big', 950), podOf('daprd in big', 100, { source: 'dapr-sidecar' })] });
    expect(unplaceablePods(sidecarTooBig)).toEqual(['Deployment big (1050Mi)']);
  });

  it('names every broken rule and what to change', () => {
    const small = { ...base.node, allocatable: { cpu: 0.1, memory: 10 * MI } };
    const over = with_({ node: small, allocatable: { cpu: 0.1, memory: 10 * MI }, storage: { usedGb: 250, limitGb: 200, volumes: 3, maxVolumes: 2, detail: 'd' } });
    const v = budgetViolations(over);
    expect(v).toEqual([
      expect.stringMatching(/^oke: CPU requests at maximum replicas are \d+\.\d+ cores, more than 85 % of the 0\.10 allocatable \(0\.09\); lower requests or maximum replicas in k8s\/environments\/oke\.ts or the add-on values$/),
      expect.stringMatching(/^oke: memory limits at maximum replicas \(\d+\.\d\dGi\) plus the largest short-lived pod \(\d\.\d\dGi\) exceed the 0\.01Gi the nodes allocate; lower limits or maximum replicas$/),
      expect.stringMatching(/^oke: no node has room for .*\(\d+Mi\).*; use fewer, larger nodes or smaller limits$/),
      'oke: block storage d = 250 GB exceeds the Always Free 200 GB; lower oci.nodePool.bootVolumeGb or the volumes',
      'oke: 3 block volumes are claimed, more than the Always Free 2; keep the rest ephemeral or in memory',
    ]);
    expect(budgetViolations(with_({ storage: { usedGb: 200, limitGb: 200, volumes: 2, maxVolumes: 2, detail: 'd' } }))).toEqual([]);
    // At exactly the CPU share and exactly the memory: within budget.
    const exact = with_({ allocatable: { cpu: base.requestsMax.cpu / 0.85, memory: base.limitsMax.memory + base.largestTransient!.limits.memory }, demands: [] });
    expect(budgetViolations(exact)).toEqual([]);
  });

  it('reports the node, the namespaces, the pods and the verdict', () => {
    const text = budgetReport(base);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`Budget of "oke" (${base.env.description}): 1 node(s) of 2 CPU / 12 GiB`);
    expect(text).toMatch(/^capacity\s+2\.00\s+11669Mi\s+MemTotal measured/m);
    expect(text).toMatch(/^− kube-reserved\s+0\.07\s+2048Mi\s/m);
    expect(text).toMatch(/^− system-reserved\s+0\.10\s+100Mi\s/m);
    expect(text).toMatch(/^− eviction threshold\s+0\.00\s+100Mi\s/m);
    expect(text).toMatch(/^= allocatable\s+1\.83\s+9421Mi\s*$/m);
    expect(text).toMatch(/^namespace\s+req cpu \(min\)\s+req mem \(min\)\s+req cpu \(max\)\s+req mem \(max\)\s+lim cpu \(max\)\s+lim mem \(max\)$/m);
    expect(text).toMatch(/^todo-app\/Deployment backend\s+1–2\s+0\.05\s+256Mi\s+1\.00\s+384Mi$/m);
    expect(text).toMatch(/^kube-system\/kube-proxy\s+1 \(per node\)\s/m);
    expect(text).toMatch(/^kafka\/Kafka node pool dual-role\s+1\s/m);
    expect(text).toMatch(/^total\s+\d\.\d\d\s+\d+\.\d\dGi\s/m);
    expect(text).toMatch(/^CPU requests at maximum replicas: \d\.\d\d of 1\.83 allocatable \(\d+%; rule ≤ 85% = 1\.55\); left \d\.\d\d\.$/m);
    expect(text).toMatch(/^Memory limits at maximum replicas: \d\.\d\dGi \+ largest short-lived pod \d\.\d\dGi \(.+\) = \d\.\d\dGi of 9\.20Gi allocatable; left \d+Mi\.$/m);
    expect(text).toMatch(/^Block storage: 1 boot volume\(s\) × 50 GB \+ .* = \d+ of 200 GB; block volumes \d of 2\.$/m);
    expect(lines[lines.length - 1]).toBe('Within budget.');
    const overText = budgetReport(with_({ node: { ...base.node, allocatable: { cpu: 0.1, memory: 10 * MI } }, allocatable: { cpu: 0.1, memory: 10 * MI } }));
    expect(overText).toMatch(/\nOVER BUDGET:\n {2}- oke: CPU requests/);
    expect(budgetReport(budgetOf(rendered('local')))).not.toMatch(/Block storage/);
    expect(budgetReport(with_({ largestTransient: undefined }))).toMatch(/largest short-lived pod 0\.00Gi = /);
  });

  it('right-aligns the numbers of its tables under their headings', () => {
    const rows = budgetReport(base).split('\n').filter((l) => /^(namespace|todo-app|kafka|total)\s/.test(l));
    const ends = new Set(rows.map((r) => r.length));
    expect(ends.size).toBe(1);
  });
});

describe('cloud demand', () => {
  it('counts LoadBalancer Services and Gateways, nothing else', () => {
    const env = environment('oke');
    const d = cloudDemand(env, [
      { apiVersion: 'v1', kind: 'Service', metadata: meta('lb'), spec: { type: 'LoadBalancer' } },
      { apiVersion: 'v1', kind: 'Service', metadata: meta('np'), spec: { type: 'NodePort' } },
      { apiVersion: 'v1', kind: 'Service', metadata: meta('bare') },
      { apiVersion: 'example.com/v1', kind: 'Service', metadata: meta('x'), spec: { type: 'LoadBalancer' } },
      { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: meta('gw'), spec: {} },
      { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: meta('r'), spec: {} },
    ] as any[]);
    expect(d.loadBalancers).toEqual(['v1/Service todo-app/lb', 'gateway.networking.k8s.io/v1/Gateway todo-app/gw']);
    expect(d.volumes).toEqual(volumeClaims(env, []));
  });
});

describe('the budget model on partial and unusual objects', () => {
  const env = environment('oke');

  it('counts only the kinds that make pods, whatever other objects share their kind or API group', () => {
    const objects = [
      { apiVersion: 'example.com/v1', kind: 'Kafka', metadata: meta('k', 'kafka'), spec: { entityOperator: { topicOperator: sized('1', '1Gi') }, kafkaExporter: sized('1', '1Gi') } },
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'KafkaTopic', metadata: meta('t', 'kafka'), spec: { entityOperator: { topicOperator: sized('1', '1Gi') } } },
      { apiVersion: 'cluster.x-k8s.io/v1beta1', kind: 'Cluster', metadata: meta('capi'), spec: { instances: 3 } },
      { apiVersion: 'postgresql.cnpg.io/v1', kind: 'ScheduledBackup', metadata: meta('nightly'), spec: {} },
      { apiVersion: 'example.com/v1', kind: 'EnvoyProxy', metadata: meta('x', 'envoy-gateway-system'), spec: {} },
      { apiVersion: 'gateway.envoyproxy.io/v1alpha1', kind: 'BackendTrafficPolicy', metadata: meta('btp', 'envoy-gateway-system'), spec: {} },
      { apiVersion: 'example.com/v1', kind: 'Certificate', metadata: meta('c'), spec: {} },
      { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: meta('i'), spec: {} },
    ] as any[];
    expect(manifestDemands(env, objects)).toEqual([]);
  });

  it('labels what operators create as operands', () => {
    const objects = [
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'Kafka', metadata: meta('k', 'kafka'), spec: { entityOperator: { userOperator: sized('1', '1Mi') }, kafkaExporter: sized('1', '1Mi') } },
      { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: meta('db'), spec: {} },
      { apiVersion: 'gateway.envoyproxy.io/v1alpha1', kind: 'EnvoyProxy', metadata: meta('p', 'envoy-gateway-system'), spec: { provider: {} } },
      { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: meta('tls'), spec: {} },
    ] as any[];
    const d = manifestDemands(env, objects);
    expect(d.map((x) => [x.owner, x.source])).toEqual([
      ['Kafka entity operator', 'operand'],
      ['Kafka exporter', 'operand'],
      ['PostgreSQL db', 'operand'],
      ['Envoy proxy p', 'operand'],
      ['HTTP-01 solver for tls', 'operand'],
    ]);
    // An EnvoyProxy without a Kubernetes provider section: one proxy with defaults, plus the shutdown manager.
    expect(only(d, 'Envoy proxy p').requests.memory).toBe(parseQuantity(CONTAINER_LIMITS.defaultRequest.memory) + 32 * MI);
  });

  it('reads partly specified objects without failing: missing requests, limits, metadata, storage or targets', () => {
    const objects = [
      deployment('partial', { replicas: 1, template: { spec: { containers: [{ resources: { requests: { memory: '10Mi' } } }] } } }),
      deployment('scaled', { template: pod([sized('1', '1Mi')]) }),
      { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: meta('no-target'), spec: {} },
      { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', metadata: meta('no-target'), spec: {} },
      { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', metadata: meta('elsewhere', 'other'), spec: { scaleTargetRef: { name: 'scaled' }, minReplicaCount: 4, maxReplicaCount: 4 } },
      // Neither an HPA nor a ScaledObject: it scales nothing, whatever it names.
      { apiVersion: 'example.com/v1', kind: 'Scaler', metadata: meta('impostor'), spec: { scaleTargetRef: { name: 'scaled' }, minReplicaCount: 3, maxReplicaCount: 3 } },
    ] as any[];
    const d = manifestDemands(env, objects);
    expect(only(d, 'Deployment partial').requests.memory).toBe(10 * MI);
    expect(only(d, 'Deployment partial').requests.cpu).toBe(parseQuantity(CONTAINER_LIMITS.defaultRequest.cpu));
    expect(only(d, 'Deployment scaled').replicas).toEqual({ min: 1, max: 1 });
    const volumes = volumeClaims(environment('local'), [
      { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta('p'), spec: { resources: {} } },
      { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta('s'), spec: { volumeClaimTemplates: [{}, { spec: {} }, { spec: { resources: {} } }, { spec: { resources: { requests: { storage: '1Gi' } } } }] } },
      { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: meta('db'), spec: {} },
    ] as any[]).filter((v) => !v.owner.startsWith('dapr '));
    expect(volumes.map((v) => v.requestedGb)).toEqual([1]);
  });

  it('runs one pod of each DaemonSet per node: more nodes, more pods in their namespaces', () => {
    const one = environment('oke');
    const three = { ...one, capacity: { ...one.capacity, nodes: 3 } } as Environment;
    const pods = (e: Environment) => new Map(totalsByNamespace(environmentDemands(e, []), [], e.capacity.nodes).map((t) => [t.namespace, t.podsMax]));
    const [p1, p3] = [pods(one), pods(three)];
    const perNode = new Map<string, number>();
    for (const a of addonsOf(one)) for (const c of a.components(one)) if (c.replicas === 'per-node' && !c.transient) perNode.set(a.namespace, (perNode.get(a.namespace) ?? 0) + 1);
    expect(perNode.size).toBeGreaterThan(0);
    for (const [ns, n] of perNode) expect([ns, p3.get(ns)! - p1.get(ns)!]).toEqual([ns, 2 * n]);
    // kube-system: its DaemonSets, and CoreDNS going from one replica to two.
    const systemDaemons = okeSystemPods(1).filter((p) => p.replicas === 'per-node').length;
    expect(p3.get('kube-system')! - p1.get('kube-system')!).toBe(2 * systemDaemons + 1);
    expect(okeSystemPods(1).filter((p) => p.replicas === 'per-node').map((p) => p.name).sort()).toEqual(['calico-node', 'csi-oci-node', 'kube-flannel-ds', 'kube-proxy', 'proxymux-client']);
  });
});

describe('the budget of an environment, computed from its objects', () => {
  const fake = (objects: unknown[], nodes = 1) => {
    const oke = environment('oke');
    const env = { ...oke, capacity: { ...oke.capacity, nodes } } as Environment;
    return budgetOf({ env, files: [{ name: 'x.yaml', objects: objects as any[] }], handoff: rendered('oke').handoff });
  };
  const claim = (name: string, storage: string) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta(name), spec: { resources: { requests: { storage } } } });

  it('bills every claim as at least the smallest block volume, and says so', () => {
    const b = fake([claim('small', '1Gi'), claim('big', '60Gi')]);
    expect(b.storage).toMatchObject({ usedGb: 50 + 50 + 60, volumes: 2 });
    expect(b.storage!.detail).toBe('1 boot volume(s) × 50 GB + v1/PersistentVolumeClaim todo-app/small (claim) 50 GB + v1/PersistentVolumeClaim todo-app/big (claim) 60 GB');
  });

  it('adds up every node, and agrees with the per-namespace totals', () => {
    const b1 = fake([]);
    const b2 = fake([], 2);
    expect(b2.allocatable.cpu).toBeCloseTo(2 * b1.node.allocatable.cpu, 9);
    expect(b2.allocatable.memory).toBe(2 * b1.node.allocatable.memory);
    const base = budgetOf(rendered('oke'));
    const totals = totalsByNamespace(base.demands, base.volumes, base.nodes);
    const sum = (pick: (t: (typeof totals)[number]) => number) => totals.reduce((n, t) => n + pick(t), 0);
    expect(base.requestsMax.memory).toBe(sum((t) => t.requestsMax.memory));
    expect(base.requestsMin.memory).toBe(sum((t) => t.requestsMin.memory));
    expect(base.limitsMax.memory).toBe(sum((t) => t.limitsMax.memory));
    expect(base.requestsMax.cpu).toBeCloseTo(sum((t) => t.requestsMax.cpu), 9);
  });
});

describe('the budget rules, at their edges', () => {
  const base = budgetOf(rendered('oke'));
  const node = (memoryMi: number) => ({ ...base.node, allocatable: { cpu: 4, memory: memoryMi * MI } });

  it('packs largest first (first fit decreasing), so small pods do not strand big ones', () => {
    const b = { ...base, node: node(1000), nodes: 2, demands: [podOf('Deployment a', 300), podOf('Deployment b', 300), podOf('Deployment c', 700), podOf('Deployment d', 700)] };
    expect(unplaceablePods(b)).toEqual([]);
  });

  it('places a sidecar only with its pod, never on its own', () => {
    const b = { ...base, node: node(850), nodes: 1, demands: [podOf('Deployment big', 700), podOf('daprd in big', 100, { source: 'dapr-sidecar' })] };
    expect(unplaceablePods(b)).toEqual([]);
  });

  it('counts the largest short-lived pod on top of the limits, and names it', () => {
    const transient = base.largestTransient!.limits.memory;
    const tight = { ...base, allocatable: { ...base.allocatable, memory: base.limitsMax.memory + transient - 1 } };
    const v = budgetViolations(tight).find((x) => x.includes('memory limits'));
    expect(v).toContain(`plus the largest short-lived pod (${(transient / GI).toFixed(2)}Gi)`);
    const stranded = { ...base, node: node(10), allocatable: { cpu: 100, memory: 10 * GI } };
    expect(budgetViolations(stranded).find((x) => x.includes('no node has room'))).toBe(`oke: no node has room for ${unplaceablePods(stranded).join(', ')}; use fewer, larger nodes or smaller limits`);
    expect(unplaceablePods(stranded).length).toBeGreaterThan(1);
  });

  it('reports consistent numbers: shares, what is left, and the memory sum', () => {
    const text = budgetReport(base);
    const cpu = /^CPU requests at maximum replicas: (\d+\.\d\d) of (\d+\.\d\d) allocatable \((\d+)%; rule ≤ 85% = (\d+\.\d\d)\); left (-?\d+\.\d\d)\.$/m.exec(text)!;
    const [req, alloc, pct, cap, left] = cpu.slice(1).map(Number) as [number, number, number, number, number];
    expect(pct).toBe(Math.round((100 * base.requestsMax.cpu) / base.allocatable.cpu));
    expect(cap).toBeCloseTo(alloc * 0.85, 1);
    expect(left).toBeCloseTo(cap - req, 1);
    const mem = /^Memory limits at maximum replicas: (\d+\.\d\d)Gi \+ largest short-lived pod (\d+\.\d\d)Gi \(.+\) = (\d+\.\d\d)Gi of (\d+\.\d\d)Gi allocatable; left (-?\d+)Mi\.$/m.exec(text)!;
    const [limits, shortLived, used, allocMem, leftMi] = mem.slice(1).map(Number) as [number, number, number, number, number];
    expect(used).toBeCloseTo(limits + shortLived, 1);
    expect(leftMi).toBe(Math.round((base.allocatable.memory - base.limitsMax.memory - base.largestTransient!.limits.memory) / MI));
    expect(allocMem).toBeCloseTo(base.allocatable.memory / GI, 2);
  });

  it('titles each table and lists only steady pods, with one line per violation', () => {
    const text = budgetReport(base);
    expect(text).toMatch(/^per node\s+cpu\s+memory\s+source$/m);
    expect(text).toMatch(/^By namespace \(CPU in cores; "min"\/"max" = at minimum\/maximum replicas\):$/m);
    expect(text).toMatch(/^By pod \(per replica\):\npod\s+replicas\s+req cpu\s+req mem\s+lim cpu\s+lim mem$/m);
    for (const d of base.demands.filter((x) => x.transient)) expect(text).not.toContain(`\n${d.namespace}/${d.owner} `);
    const over = { ...base, allocatable: { cpu: 12, memory: 10 * MI }, node: { ...base.node, allocatable: { cpu: 12, memory: 10 * MI } } };
    const overText = budgetReport(over);
    expect(overText.split('\n').filter((l) => l.startsWith('  - ')).length).toBe(budgetViolations(over).length);
    // Ten cores and more are shown with one decimal, ten itself included.
    expect(overText).toMatch(/ of 12\.0 allocatable/);
    expect(budgetReport({ ...over, allocatable: { ...over.allocatable, cpu: 10 } })).toMatch(/ of 10\.0 allocatable/);
  });

  it('counts only the Gateway API’s Gateways as load balancers, not other APIs’ Gateway kinds', () => {
    const d = cloudDemand(environment('oke'), [{ apiVersion: 'networking.istio.io/v1', kind: 'Gateway', metadata: meta('istio'), spec: {} }] as any[]);
    expect(d.loadBalancers).toEqual([]);
  });

  it('counts a LoadBalancer only on a Service, and claims only persistent broker volumes', () => {
    const d = cloudDemand(environment('oke'), [
      { apiVersion: 'example.com/v1', kind: 'Tunnel', metadata: meta('t'), spec: { type: 'LoadBalancer' } },
      { apiVersion: 'v1', kind: 'ReplicationController', metadata: meta('rc'), spec: { type: 'LoadBalancer' } },
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'KafkaNodePool', metadata: meta('pool', 'kafka'), spec: { replicas: 1, storage: { type: 'jbod', volumes: [{ id: 0, type: 'ephemeral', size: '5Gi' }, { id: 1, type: 'persistent-claim', size: '60Gi' }] } } },
    ] as any[]);
    expect(d.loadBalancers).toEqual([]);
    expect(d.volumes.filter((v) => v.owner.includes('pool')).map((v) => v.requestedGb)).toEqual([60]);
  });
});
