import type { Environment } from '../config/environment';
import { loadEnvironments } from '../environments';
import { type KubeObject, objectId, renderEnvironment } from '../synth/render';
import { type VolumeClaim, volumeClaims } from './demand';

/** What an environment will provision outside the cluster: block volumes and load balancers. */
export interface CloudDemand {
  readonly volumes: readonly VolumeClaim[];
  readonly loadBalancers: readonly string[];
}

/**
 * The cloud demand of an environment's rendered objects: its volumes (the same model the
 * budget uses) and its load balancers — LoadBalancer Services and Gateways (Envoy Gateway
 * creates one LoadBalancer Service per Gateway).
 */
export function cloudDemand(env: Environment, objects: readonly KubeObject[]): CloudDemand {
  const loadBalancers: string[] = [];
  for (const o of objects as Array<KubeObject & { spec?: any }>) {
    if ((o.apiVersion === 'v1' && o.kind === 'Service' && o.spec?.type === 'LoadBalancer') || (o.apiVersion.startsWith('gateway.networking.k8s.io/') && o.kind === 'Gateway')) {
      loadBalancers.push(objectId(o));
    }
  }
  return { volumes: volumeClaims(env, objects), loadBalancers };
}

/** The cloud demand of one committed environment. */
export function environmentCloudDemand(name: string): CloudDemand {
  const env = loadEnvironments().find((e) => e.name === name);
  if (!env) throw new Error(`no environment named "${name}"`);
  return cloudDemand(env, renderEnvironment(env).files.flatMap((f) => [...f.objects]));
}
