import { addonsOf } from '../addons';
import { BARMAN_CLOUD } from '../addons/barman-cloud';
import { ACME_SOLVER } from '../addons/cert-manager';
import { ENVOY_PROXY } from '../addons/envoy-gateway';
import type { AddonComponent } from '../addons/types';
import type { Environment, Resources } from '../config/environment';
import type { VolumeClaim } from '../contract/handoff';
import { CONTAINER_LIMITS } from '../platform/container-limits';
import { APP_NAMESPACE, ownedNamespaces } from '../platform/namespaces';
import { type KubeObject, objectId } from '../synth/objects';
import { parseQuantity, storageGb } from './quantity';
import { systemPodsOf } from './capacity';

export type { VolumeClaim };

/** CPU in cores, memory in bytes. */
export interface Amount {
  readonly cpu: number;
  readonly memory: number;
}

/** What one kind of pod asks for, per replica. */
export interface PodDemand {
  readonly namespace: string;
  /** e.g. "Deployment backend", "kube-prometheus-stack prometheus". */
  readonly owner: string;
  readonly source: 'workload' | 'dapr-sidecar' | 'operand' | 'add-on' | 'system';
  readonly replicas: { readonly min: number; readonly max: number };
  /** One pod on every node. */
  readonly perNode?: boolean;
  /** Runs briefly (hooks, challenge solvers): not part of the steady state. */
  readonly transient?: boolean;
  readonly requests: Amount;
  readonly limits: Amount;
}

const ZERO: Amount = { cpu: 0, memory: 0 };
const add = (a: Amount, b: Amount): Amount => ({ cpu: a.cpu + b.cpu, memory: a.memory + b.memory });

function amounts(r: Resources): { requests: Amount; limits: Amount } {
  return {
    requests: { cpu: parseQuantity(r.cpuRequest), memory: parseQuantity(r.memoryRequest) },
    limits: { cpu: parseQuantity(r.cpuLimit), memory: parseQuantity(r.memoryLimit) },
  };
}

/**
 * The resources a container ends up with: its own, or — in a namespace we own — what the
 * LimitRanger admission plugin fills in from the namespace's LimitRange (CONTAINER_LIMITS).
 */
function effective(r: { requests?: Record<string, unknown>; limits?: Record<string, unknown> } | undefined, limitRanged: boolean): { requests: Amount; limits: Amount } {
  const q = (v: unknown, fallback: string) => parseQuantity((v as string | undefined) ?? (limitRanged ? fallback : '0'));
  return {
    requests: { cpu: q(r?.requests?.cpu ?? r?.limits?.cpu, CONTAINER_LIMITS.defaultRequest.cpu), memory: q(r?.requests?.memory ?? r?.limits?.memory, CONTAINER_LIMITS.defaultRequest.memory) },
    limits: { cpu: q(r?.limits?.cpu, CONTAINER_LIMITS.default.cpu), memory: q(r?.limits?.memory, CONTAINER_LIMITS.default.memory) },
  };
}

function sum(parts: ReadonlyArray<{ requests: Amount; limits: Amount }>): { requests: Amount; limits: Amount } {
  return parts.reduce((a, b) => ({ requests: add(a.requests, b.requests), limits: add(a.limits, b.limits) }), { requests: ZERO, limits: ZERO });
}

type Obj = KubeObject & { spec?: any };

/** Replica bounds of a Deployment: fixed, or owned by an HPA or a KEDA ScaledObject. */
function replicaBounds(d: Obj, all: readonly Obj[]): { min: number; max: number } {
  if (d.spec?.replicas !== undefined) return { min: d.spec.replicas, max: d.spec.replicas };
  const ns = d.metadata.namespace;
  const hpa = all.find((o) => o.kind === 'HorizontalPodAutoscaler' && o.metadata.namespace === ns && o.spec?.scaleTargetRef?.name === d.metadata.name);
  if (hpa) return { min: hpa.spec.minReplicas ?? 1, max: hpa.spec.maxReplicas };
  const so = all.find((o) => o.kind === 'ScaledObject' && o.metadata.namespace === ns && o.spec?.scaleTargetRef?.name === d.metadata.name);
  if (so) return { min: so.spec.minReplicaCount ?? 0, max: so.spec.maxReplicaCount ?? 100 };
  return { min: 1, max: 1 };
}

/**
 * The Barman Cloud sidecar the plugin adds to each instance pod of a Cluster that archives
 * through it, with the resources of the ObjectStore named in the Cluster's `plugins` — its
 * only source (plugin-barman-cloud internal/cnpgi/operator/lifecycle.go:341-356 and
 * lifecycle_resources.go@v0.14.0). A recovery-only Cluster gets it in the recovery Job, which
 * runs before the instance and not beside it, so that is not counted.
 */
function barmanSidecar(cluster: Obj, all: readonly Obj[]): { resources: Obj['spec'] } | undefined {
  const plugin = (cluster.spec.plugins ?? []).find((p: any) => p.name === BARMAN_CLOUD.pluginName && p.enabled !== false && p.parameters?.[BARMAN_CLOUD.parameters.objectStore]);
  if (!plugin) return undefined;
  const store = all.find(
    (x) =>
      x.apiVersion === BARMAN_CLOUD.objectStore.apiVersion &&
      x.kind === BARMAN_CLOUD.objectStore.kind &&
      x.metadata.namespace === cluster.metadata.namespace &&
      x.metadata.name === plugin.parameters[BARMAN_CLOUD.parameters.objectStore],
  );
  // Unsized (or a store not rendered here): the namespace's LimitRange sizes the container.
  return { resources: store?.spec?.instanceSidecarConfiguration?.resources };
}

/**
 * Pod demands of rendered objects as the cluster will run them: our workloads, the daprd
 * sidecar the injector adds (sized by annotations), and the pods operators create from our
 * resources (Kafka nodes and entity operator, the Kafka Exporter, PostgreSQL with its backup
 * sidecar, the Envoy
 * proxy, cert-manager's HTTP-01 solver while a challenge is open).
 */
export function manifestDemands(env: Environment, objects: readonly KubeObject[]): PodDemand[] {
  const all = objects as Obj[];
  const owned = new Set(ownedNamespaces(env));
  const out: PodDemand[] = [];
  const fixed = (n: number) => ({ min: n, max: n });
  for (const o of all) {
    const ns = o.metadata.namespace ?? '';
    const ranged = owned.has(ns);
    const group = o.apiVersion.split('/')[0];
    if (o.kind === 'Deployment' || o.kind === 'StatefulSet') {
      const replicas = replicaBounds(o, all);
      const pod = o.spec.template;
      out.push({ namespace: ns, owner: `${o.kind} ${o.metadata.name}`, source: 'workload', replicas, ...sum(pod.spec.containers.map((c: any) => effective(c.resources, ranged))) });
      const a = pod.metadata?.annotations ?? {};
      if (a['dapr.io/enabled'] === 'true') {
        const resources = {
          requests: { cpu: a['dapr.io/sidecar-cpu-request'], memory: a['dapr.io/sidecar-memory-request'] },
          limits: { cpu: a['dapr.io/sidecar-cpu-limit'], memory: a['dapr.io/sidecar-memory-limit'] },
        };
        out.push({ namespace: ns, owner: `daprd in ${o.metadata.name}`, source: 'dapr-sidecar', replicas, ...effective(resources, ranged) });
      }
    } else if (group === 'kafka.strimzi.io' && o.kind === 'KafkaNodePool') {
      out.push({ namespace: ns, owner: `Kafka node pool ${o.metadata.name}`, source: 'operand', replicas: fixed(o.spec.replicas), ...effective(o.spec.resources, ranged) });
    } else if (group === 'kafka.strimzi.io' && o.kind === 'Kafka') {
      const eo = o.spec.entityOperator;
      const operators = [eo?.topicOperator, eo?.userOperator].filter(Boolean);
      if (operators.length > 0) out.push({ namespace: ns, owner: 'Kafka entity operator', source: 'operand', replicas: fixed(1), ...sum(operators.map((x: any) => effective(x.resources, ranged))) });
      if (o.spec.kafkaExporter) out.push({ namespace: ns, owner: 'Kafka exporter', source: 'operand', replicas: fixed(1), ...effective(o.spec.kafkaExporter.resources, ranged) });
    } else if (group === 'postgresql.cnpg.io' && o.kind === 'Cluster') {
      const sidecar = barmanSidecar(o, all);
      const containers = [effective(o.spec.resources, ranged), ...(sidecar ? [effective(sidecar.resources, ranged)] : [])];
      out.push({ namespace: ns, owner: `PostgreSQL ${o.metadata.name}`, source: 'operand', replicas: fixed(o.spec.instances ?? 1), ...sum(containers) });
    } else if (group === 'gateway.envoyproxy.io' && o.kind === 'EnvoyProxy') {
      const d = o.spec.provider?.kubernetes?.envoyDeployment ?? {};
      const shutdown = effective({ requests: ENVOY_PROXY.shutdownManagerRequests }, ranged);
      out.push({ namespace: ns, owner: `Envoy proxy ${o.metadata.name}`, source: 'operand', replicas: fixed(d.replicas ?? 1), ...sum([effective(d.container?.resources, ranged), shutdown]) });
    } else if (group === 'cert-manager.io' && o.kind === 'Certificate' && env.edge.issuer !== 'self-signed') {
      out.push({ namespace: APP_NAMESPACE, owner: `HTTP-01 solver for ${o.metadata.name}`, source: 'operand', replicas: fixed(1), transient: true, ...amounts(ACME_SOLVER.resources) });
    }
  }
  return out;
}

function addonDemand(namespace: string, addon: string, c: AddonComponent): PodDemand {
  const n = c.replicas === 'per-node' ? 1 : c.replicas;
  return {
    namespace,
    owner: `${addon} ${c.name}`,
    source: 'add-on',
    replicas: { min: n, max: n },
    perNode: c.replicas === 'per-node',
    transient: c.transient,
    ...sum(c.containers.map((k) => amounts(k.resources))),
  };
}

function claims(o: Obj, count: number, size: string | undefined, what: string): VolumeClaim[] {
  if (!size) return [];
  return Array.from({ length: count }, (_, i) => ({ namespace: o.metadata.namespace ?? '', owner: `${objectId(o)} (${what}${count > 1 ? ` ${i + 1}` : ''})`, requestedGb: storageGb(size) }));
}

/**
 * Every persistent volume an environment claims: PersistentVolumeClaims, StatefulSet claim
 * templates, CloudNativePG and Strimzi persistent storage in the rendered objects, and the
 * volumes of the add-ons (from their pinned values).
 */
export function volumeClaims(env: Environment, objects: readonly KubeObject[]): VolumeClaim[] {
  const out: VolumeClaim[] = [];
  for (const o of objects as Obj[]) {
    const spec = o.spec ?? {};
    switch (`${o.apiVersion.split('/')[0]}|${o.kind}`) {
      case 'v1|PersistentVolumeClaim':
        out.push(...claims(o, 1, spec.resources?.requests?.storage, 'claim'));
        break;
      case 'apps|StatefulSet':
        for (const t of spec.volumeClaimTemplates ?? []) out.push(...claims(o, spec.replicas ?? 1, t.spec?.resources?.requests?.storage, `claim ${t.metadata?.name}`));
        break;
      case 'postgresql.cnpg.io|Cluster':
        out.push(...claims(o, spec.instances ?? 1, spec.storage?.size, 'data'), ...claims(o, spec.instances ?? 1, spec.walStorage?.size, 'WAL'));
        break;
      case 'kafka.strimzi.io|KafkaNodePool': {
        const storage = spec.storage ?? {};
        for (const d of storage.type === 'jbod' ? storage.volumes ?? [] : [storage]) if (d.type === 'persistent-claim') out.push(...claims(o, spec.replicas ?? 1, d.size, 'broker volume'));
        break;
      }
    }
  }
  for (const addon of addonsOf(env)) {
    for (const c of addon.components(env)) {
      if (!c.volumeGb) continue;
      const n = c.replicas === 'per-node' ? env.capacity.nodes : c.replicas;
      for (let i = 0; i < n; i++) out.push({ namespace: addon.namespace, owner: `${addon.name} ${c.name}${n > 1 ? ` ${i + 1}` : ''}`, requestedGb: c.volumeGb });
    }
  }
  return out;
}

/** Everything that runs in an environment: the cluster's own pods, the add-ons (hooks included, marked transient) and our manifests. */
export function environmentDemands(env: Environment, objects: readonly KubeObject[]): PodDemand[] {
  const system = systemPodsOf(env).map(
    (p): PodDemand => ({ namespace: 'kube-system', owner: p.name, source: 'system', replicas: { min: p.replicas === 'per-node' ? 1 : p.replicas, max: p.replicas === 'per-node' ? 1 : p.replicas }, perNode: p.replicas === 'per-node', ...amounts(p.resources) }),
  );
  const addons = addonsOf(env).flatMap((a) => a.components(env).map((c) => addonDemand(a.namespace, a.name, c)));
  return [...system, ...addons, ...manifestDemands(env, objects)];
}

/** Replicas of a demand across the cluster (DaemonSet pods run once per node). */
export function replicasAt(d: PodDemand, bound: 'min' | 'max', nodes: number): number {
  return d.perNode ? nodes : d.replicas[bound];
}

export interface NamespaceTotals {
  readonly namespace: string;
  readonly requestsMin: Amount;
  readonly requestsMax: Amount;
  readonly limitsMax: Amount;
  readonly podsMax: number;
  readonly volumes: number;
  readonly volumeGb: number;
}

/** Per-namespace sums of the steady state, at minimum and at maximum replicas, with the namespace's volumes. */
export function totalsByNamespace(demands: readonly PodDemand[], volumes: readonly VolumeClaim[], nodes: number): NamespaceTotals[] {
  const byNs = new Map<string, PodDemand[]>();
  for (const d of demands.filter((x) => !x.transient)) byNs.set(d.namespace, [...(byNs.get(d.namespace) ?? []), d]);
  for (const v of volumes) if (!byNs.has(v.namespace)) byNs.set(v.namespace, []);
  const scale = (a: Amount, n: number): Amount => ({ cpu: a.cpu * n, memory: a.memory * n });
  return [...byNs.entries()]
    .map(([namespace, ds]) => {
      const pods = ds.filter((d) => d.source !== 'dapr-sidecar');
      const ownVolumes = volumes.filter((v) => v.namespace === namespace);
      return {
        namespace,
        requestsMin: ds.reduce((acc, d) => add(acc, scale(d.requests, replicasAt(d, 'min', nodes))), ZERO),
        requestsMax: ds.reduce((acc, d) => add(acc, scale(d.requests, replicasAt(d, 'max', nodes))), ZERO),
        limitsMax: ds.reduce((acc, d) => add(acc, scale(d.limits, replicasAt(d, 'max', nodes))), ZERO),
        podsMax: pods.reduce((n, d) => n + replicasAt(d, 'max', nodes), 0),
        volumes: ownVolumes.length,
        volumeGb: ownVolumes.reduce((n, v) => n + v.requestedGb, 0),
      };
    })
    .sort((a, b) => a.namespace.localeCompare(b.namespace));
}
