import { addonsOf } from '../addons';
import type { AddonComponent } from '../addons/types';
import type { Environment, Resources } from '../config/environment';
import type { VolumeClaim } from '../contract/handoff';
import { type KubeObject, objectId } from '../synth/objects';
import { parseQuantity, storageGb } from './quantity';

/** CPU in cores, memory in bytes. */
export interface Amount {
  readonly cpu: number;
  readonly memory: number;
}

/** What one kind of pod asks for, per replica. */
export interface PodDemand {
  readonly namespace: string;
  /** e.g. "Deployment backend", "add-on dapr/scheduler". */
  readonly owner: string;
  readonly source: 'workload' | 'dapr-sidecar' | 'operand' | 'add-on' | 'system-reserve';
  readonly replicas: { readonly min: number; readonly max: number };
  readonly requests: Amount;
  readonly limits: Amount;
}

export type { VolumeClaim };

/** Envoy Gateway's shutdown-manager container in every Envoy pod (its built-in default requests). */
export const ENVOY_SHUTDOWN_MANAGER: Resources = { cpuRequest: '10m', memoryRequest: '32Mi', cpuLimit: '100m', memoryLimit: '64Mi' };

const ZERO: Amount = { cpu: 0, memory: 0 };
const add = (a: Amount, b: Amount): Amount => ({ cpu: a.cpu + b.cpu, memory: a.memory + b.memory });

function amounts(r: Resources): { requests: Amount; limits: Amount } {
  return {
    requests: { cpu: parseQuantity(r.cpuRequest), memory: parseQuantity(r.memoryRequest) },
    limits: { cpu: parseQuantity(r.cpuLimit), memory: parseQuantity(r.memoryLimit) },
  };
}

/** Sums `resources` blocks ({requests, limits}) of several containers. */
function sumContainers(containers: ReadonlyArray<{ resources?: any }>): { requests: Amount; limits: Amount } {
  let requests = ZERO;
  let limits = ZERO;
  for (const c of containers) {
    const r = c.resources ?? {};
    requests = add(requests, { cpu: parseQuantity(r.requests?.cpu ?? 0), memory: parseQuantity(r.requests?.memory ?? 0) });
    limits = add(limits, { cpu: parseQuantity(r.limits?.cpu ?? 0), memory: parseQuantity(r.limits?.memory ?? 0) });
  }
  return { requests, limits };
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

/** Pod demands of rendered objects: our workloads, their Dapr sidecars, and operator-made pods. */
export function manifestDemands(objects: readonly KubeObject[]): PodDemand[] {
  const all = objects as Obj[];
  const out: PodDemand[] = [];
  for (const o of all) {
    const ns = o.metadata.namespace ?? '';
    const group = o.apiVersion.split('/')[0];
    if (o.kind === 'Deployment' || o.kind === 'StatefulSet') {
      const replicas = replicaBounds(o, all);
      const pod = o.spec.template;
      out.push({ namespace: ns, owner: `${o.kind} ${o.metadata.name}`, source: 'workload', replicas, ...sumContainers(pod.spec.containers) });
      const a = pod.metadata?.annotations ?? {};
      if (a['dapr.io/enabled'] === 'true') {
        out.push({
          namespace: ns,
          owner: `daprd in ${o.metadata.name}`,
          source: 'dapr-sidecar',
          replicas,
          ...amounts({ cpuRequest: a['dapr.io/sidecar-cpu-request'], memoryRequest: a['dapr.io/sidecar-memory-request'], cpuLimit: a['dapr.io/sidecar-cpu-limit'], memoryLimit: a['dapr.io/sidecar-memory-limit'] }),
        });
      }
    } else if (group === 'kafka.strimzi.io' && o.kind === 'KafkaNodePool') {
      out.push({ namespace: ns, owner: `Kafka node pool ${o.metadata.name}`, source: 'operand', replicas: { min: o.spec.replicas, max: o.spec.replicas }, ...sumContainers([o.spec]) });
    } else if (group === 'kafka.strimzi.io' && o.kind === 'Kafka') {
      const eo = o.spec.entityOperator;
      if (eo) out.push({ namespace: ns, owner: 'Kafka entity operator', source: 'operand', replicas: { min: 1, max: 1 }, ...sumContainers([eo.topicOperator ?? {}, eo.userOperator ?? {}]) });
      if (o.spec.kafkaExporter) out.push({ namespace: ns, owner: 'Kafka exporter', source: 'operand', replicas: { min: 1, max: 1 }, ...sumContainers([o.spec.kafkaExporter]) });
    } else if (group === 'postgresql.cnpg.io' && o.kind === 'Cluster') {
      const n = o.spec.instances ?? 1;
      out.push({ namespace: ns, owner: `PostgreSQL ${o.metadata.name}`, source: 'operand', replicas: { min: n, max: n }, ...sumContainers([o.spec]) });
    } else if (group === 'gateway.envoyproxy.io' && o.kind === 'EnvoyProxy') {
      const d = o.spec.provider?.kubernetes?.envoyDeployment ?? {};
      const n = d.replicas ?? 1;
      const proxy = sumContainers([d.container ?? {}]);
      const shutdown = amounts(ENVOY_SHUTDOWN_MANAGER);
      out.push({ namespace: ns, owner: `Envoy proxy ${o.metadata.name}`, source: 'operand', replicas: { min: n, max: n }, requests: add(proxy.requests, shutdown.requests), limits: add(proxy.limits, shutdown.limits) });
    }
  }
  return out;
}

function addonDemand(namespace: string, addon: string, c: AddonComponent, nodes: number): PodDemand {
  const n = c.replicas === 'per-node' ? nodes : c.replicas;
  let requests = ZERO;
  let limits = ZERO;
  for (const k of c.containers) {
    const a = amounts(k.resources);
    requests = add(requests, a.requests);
    limits = add(limits, a.limits);
  }
  return { namespace, owner: `${addon} ${c.name}`, source: 'add-on', replicas: { min: n, max: n }, requests, limits };
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

/** Everything that runs in an environment: manifests, add-ons (steady state, hooks excluded) and the system reserve. */
export function environmentDemands(env: Environment, objects: readonly KubeObject[]): PodDemand[] {
  const addons = addonsOf(env).flatMap((a) => a.components(env).filter((c) => !c.transient).map((c) => addonDemand(a.namespace, a.name, c, env.capacity.nodes)));
  const reserve = env.capacity.systemReserve;
  const system: PodDemand = {
    namespace: 'kube-system',
    owner: 'system reserve',
    source: 'system-reserve',
    replicas: { min: 1, max: 1 },
    requests: { cpu: parseQuantity(reserve.cpu), memory: parseQuantity(reserve.memory) },
    limits: { cpu: parseQuantity(reserve.cpu), memory: parseQuantity(reserve.memory) },
  };
  return [...manifestDemands(objects), ...addons, system];
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

/** Per-namespace sums, at minimum and at maximum replicas, with the namespace's volumes. */
export function totalsByNamespace(demands: readonly PodDemand[], volumes: readonly VolumeClaim[] = []): NamespaceTotals[] {
  const byNs = new Map<string, PodDemand[]>();
  for (const d of demands) byNs.set(d.namespace, [...(byNs.get(d.namespace) ?? []), d]);
  for (const v of volumes) if (!byNs.has(v.namespace)) byNs.set(v.namespace, []);
  return [...byNs.entries()]
    .map(([namespace, ds]) => {
      const scale = (a: Amount, n: number): Amount => ({ cpu: a.cpu * n, memory: a.memory * n });
      const pods = ds.filter((d) => d.source !== 'dapr-sidecar' && d.source !== 'system-reserve');
      const ownVolumes = volumes.filter((v) => v.namespace === namespace);
      return {
        namespace,
        requestsMin: ds.reduce((acc, d) => add(acc, scale(d.requests, d.replicas.min)), ZERO),
        requestsMax: ds.reduce((acc, d) => add(acc, scale(d.requests, d.replicas.max)), ZERO),
        limitsMax: ds.reduce((acc, d) => add(acc, scale(d.limits, d.replicas.max)), ZERO),
        podsMax: pods.reduce((n, d) => n + d.replicas.max, 0),
        volumes: ownVolumes.length,
        volumeGb: ownVolumes.reduce((n, v) => n + v.requestedGb, 0),
      };
    })
    .sort((a, b) => a.namespace.localeCompare(b.namespace));
}
