import { loadEnvironments } from '../environments';
import { type KubeObject, renderEnvironment } from '../synth/render';
import { storageGb } from './quantity';

/** A persistent volume the cluster will ask the cloud for. */
export interface VolumeClaim {
  /** Which object asks for it, e.g. "postgresql.cnpg.io/Cluster todo-app/todo-db (instance 1)". */
  readonly owner: string;
  /** Requested size in GB (before the provider's minimum is applied). */
  readonly requestedGb: number;
}

/** What the rendered manifests will provision outside the cluster: block volumes and load balancers. */
export interface CloudDemand {
  readonly volumes: readonly VolumeClaim[];
  readonly loadBalancers: readonly string[];
}

type Obj = KubeObject & { spec?: any };

const id = (o: Obj) => `${o.apiVersion}/${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

function claims(o: Obj, count: number, size: string | undefined, what: string): VolumeClaim[] {
  if (!size) return [];
  return Array.from({ length: count }, (_, i) => ({ owner: `${id(o)} (${what}${count > 1 ? ` ${i + 1}` : ''})`, requestedGb: storageGb(size) }));
}

/**
 * Reads the volumes and load balancers that a set of rendered objects will make the
 * cloud provision: PersistentVolumeClaims, StatefulSet claim templates, CloudNativePG
 * and Strimzi persistent storage, LoadBalancer Services and Gateways (Envoy Gateway
 * creates one LoadBalancer Service per Gateway).
 */
export function cloudDemand(objects: readonly KubeObject[]): CloudDemand {
  const volumes: VolumeClaim[] = [];
  const loadBalancers: string[] = [];
  for (const o of objects as Obj[]) {
    const spec = o.spec ?? {};
    switch (`${o.apiVersion.split('/')[0]}|${o.kind}`) {
      case 'v1|PersistentVolumeClaim':
        volumes.push(...claims(o, 1, spec.resources?.requests?.storage, 'claim'));
        break;
      case 'apps|StatefulSet':
        for (const t of spec.volumeClaimTemplates ?? []) volumes.push(...claims(o, spec.replicas ?? 1, t.spec?.resources?.requests?.storage, `claim ${t.metadata?.name}`));
        break;
      case 'postgresql.cnpg.io|Cluster':
        volumes.push(...claims(o, spec.instances ?? 1, spec.storage?.size, 'data'));
        volumes.push(...claims(o, spec.instances ?? 1, spec.walStorage?.size, 'WAL'));
        break;
      case 'kafka.strimzi.io|KafkaNodePool': {
        const storage = spec.storage ?? {};
        const disks = storage.type === 'jbod' ? storage.volumes ?? [] : [storage];
        for (const d of disks) if (d.type === 'persistent-claim') volumes.push(...claims(o, spec.replicas ?? 1, d.size, 'broker volume'));
        break;
      }
      case 'v1|Service':
        if (spec.type === 'LoadBalancer') loadBalancers.push(id(o));
        break;
      case 'gateway.networking.k8s.io|Gateway':
        loadBalancers.push(id(o));
        break;
    }
  }
  return { volumes, loadBalancers };
}

/** The cloud demand of one committed environment's rendered manifests. */
export function environmentCloudDemand(name: string): CloudDemand {
  const env = loadEnvironments().find((e) => e.name === name);
  if (!env) throw new Error(`no environment named "${name}"`);
  return cloudDemand(renderEnvironment(env).files.flatMap((f) => [...f.objects]));
}
