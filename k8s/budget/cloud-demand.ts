import type { Environment } from '../config/environment';
import type { CloudDemand } from '../contract/handoff';
import { type KubeObject, objectId } from '../synth/objects';
import { volumeClaims } from './demand';

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
