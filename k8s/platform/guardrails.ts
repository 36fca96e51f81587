import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import type { NamespaceTotals } from '../budget/demand';
import { CONTAINER_LIMITS } from './container-limits';


const MI = 2 ** 20;
const roundUp = (value: number, step: number) => Math.ceil(value / step - 1e-9) * step;
const cpu = (cores: number) => `${roundUp(cores * 1000, 100)}m`;
const memory = (bytes: number) => `${roundUp(bytes / MI, 64)}Mi`;

export interface NamespaceGuardrailsProps {
  readonly namespace: string;
  /**
   * What the namespace runs at maximum replicas (from the budget model). Called when the
   * quota is rendered, after every chart of the environment exists.
   */
  readonly totals: () => NamespaceTotals | undefined;
  /** Load balancers the namespace may create. */
  readonly loadBalancers: number;
}

/** The quota of a namespace that runs `t` at most: its demand × 1.5 plus room for a rolling-update surge and Helm hooks. */
export function quotaFor(t: NamespaceTotals | undefined, loadBalancers: number): Record<string, string> {
  const slackCpu = 0.25;
  const slackMemory = 512 * MI;
  return {
    'requests.cpu': cpu((t?.requestsMax.cpu ?? 0) * 1.5 + slackCpu),
    'requests.memory': memory((t?.requestsMax.memory ?? 0) * 1.5 + slackMemory),
    'limits.cpu': cpu((t?.limitsMax.cpu ?? 0) * 1.5 + 1),
    'limits.memory': memory((t?.limitsMax.memory ?? 0) * 1.5 + 1024 * MI),
    pods: String((t?.podsMax ?? 0) * 2 + 5),
    persistentvolumeclaims: String(t?.volumes ?? 0),
    'requests.storage': `${t?.volumeGb ?? 0}Gi`,
    'services.loadbalancers': String(loadBalancers),
  };
}

/**
 * A ResourceQuota sized from the namespace's budget (its maximum-replica demand × 1.5 plus
 * room for a rolling-update surge and Helm hooks), capping persistent volumes and load
 * balancers at exactly what the platform declares, and a LimitRange giving unsized
 * containers small defaults.
 */
export class NamespaceGuardrails extends Construct {
  constructor(scope: Construct, id: string, props: NamespaceGuardrailsProps) {
    super(scope, id);
    const hard = () => Object.fromEntries(Object.entries(quotaFor(props.totals(), props.loadBalancers)).map(([k, v]) => [k, k8s.Quantity.fromString(v)]));
    new k8s.KubeResourceQuota(this, 'Quota', {
      metadata: { name: 'platform-budget', namespace: props.namespace },
      spec: { hard: Lazy.any({ produce: hard }) },
    });
    const q = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k8s.Quantity.fromString(v)]));
    new k8s.KubeLimitRange(this, 'Limits', {
      metadata: { name: 'container-defaults', namespace: props.namespace },
      spec: { limits: [{ type: 'Container', defaultRequest: q(CONTAINER_LIMITS.defaultRequest), default: q(CONTAINER_LIMITS.default), max: q(CONTAINER_LIMITS.max) }] },
    });
  }
}
