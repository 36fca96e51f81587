import { addonsOf } from '../addons';
import type { Addon } from '../addons/types';
import type { Environment } from '../config/environment';
import { APP_NAMESPACE } from '../contract/app-namespace';
import { mostPermissive, type PodSecurityLevel } from './pod-security';

export type { PodSecurityLevel };

/** The application namespace: our own workloads (and the operands that serve them), always `restricted`. */
export { APP_NAMESPACE } from '../contract/app-namespace';

/** Namespaces every cluster has and that this platform never owns (add-ons may still install into them). */
export const SYSTEM_NAMESPACES: readonly string[] = ['kube-system'];

export interface NamespaceSpec {
  readonly name: string;
  /** What runs there. */
  readonly purpose: string;
  /** The level the API server enforces: the least privilege its pods can run with. */
  readonly podSecurity: PodSecurityLevel;
  /** Why this level and not `restricted` (set unless it is `restricted`). */
  readonly exception?: string;
  /** The add-ons installed into it (none for the app namespace). */
  readonly addons: readonly Addon[];
  /** Some pod here calls the Kubernetes API. */
  readonly callsKubernetesApi: boolean;
}

const APP: NamespaceSpec = {
  name: APP_NAMESPACE,
  purpose: 'frontend, backend and workers with their Dapr sidecars; PostgreSQL',
  podSecurity: 'restricted',
  addons: [],
  callsKubernetesApi: false,
};

/**
 * Every namespace the platform owns in an environment: the app namespace, then one per
 * add-on namespace, each at the least privileged Pod Security level its pinned charts'
 * pods pass (from the add-on descriptors), with the reason when that is not `restricted`.
 */
export function platformNamespaces(env: Environment): NamespaceSpec[] {
  const byName = new Map<string, Addon[]>();
  for (const a of addonsOf(env)) if (!SYSTEM_NAMESPACES.includes(a.namespace)) byName.set(a.namespace, [...(byName.get(a.namespace) ?? []), a]);
  const addonNamespaces = [...byName.entries()].map(([name, addons]): NamespaceSpec => {
    const components = addons.flatMap((a) => a.components(env));
    const podSecurity = components.reduce<PodSecurityLevel>((level, c) => mostPermissive(level, c.podSecurity.level), 'restricted');
    const reasons = components.filter((c) => c.podSecurity.level !== 'restricted').map((c) => `${c.name}: ${c.podSecurity.why ?? c.podSecurity.level}`);
    return {
      name,
      purpose: addons.map((a) => a.purpose).join('; '),
      podSecurity,
      ...(reasons.length > 0 ? { exception: reasons.join('; ') } : {}),
      addons,
      callsKubernetesApi: addons.some((a) => a.callsKubernetesApi),
    };
  });
  return [APP, ...addonNamespaces];
}

/** The names of the namespaces the platform owns. */
export function ownedNamespaces(env: Environment): string[] {
  return platformNamespaces(env).map((n) => n.name);
}
