import type { Environment, Resources } from '../config/environment';

/** A Helm chart pinned to an exact version. */
export interface HelmChart {
  /** Helm repository URL, or an OCI registry path without `oci://` (Argo CD's form). */
  readonly repoURL: string;
  readonly chart: string;
  readonly version: string;
}

/** Something an add-on runs, with the resources our values give it. */
export interface AddonComponent {
  readonly name: string;
  /** Pod count; 'per-node' for DaemonSets. */
  readonly replicas: number | 'per-node';
  readonly containers: ReadonlyArray<{ readonly name: string; readonly resources: Resources }>;
  /** Persistent volumes per replica, in GB (each costs at least 50 GB on OCI). */
  readonly volumeGb?: number;
  /** A Helm hook Job that runs briefly at install/upgrade (not part of the steady state). */
  readonly transient?: boolean;
}

/** A platform add-on installed from a pinned Helm chart by Argo CD. */
export interface Addon {
  /** Argo CD Application name. */
  readonly name: string;
  readonly namespace: string;
  readonly chart: HelmChart;
  /** Sync wave: CRD providers first. */
  readonly syncWave: number;
  /** Whether this environment installs it. */
  enabled(env: Environment): boolean;
  components(env: Environment): readonly AddonComponent[];
  /** Helm values; resources come from components(), so values and budget cannot disagree. */
  values(env: Environment): Record<string, unknown>;
}

export const res = (cpuRequest: string, memoryRequest: string, cpuLimit: string, memoryLimit: string): Resources => ({ cpuRequest, memoryRequest, cpuLimit, memoryLimit });

/** Kubernetes `resources` for Helm values (the same shape containers use). */
export { toKubeResources as kube } from '../platform/resources';

/** The resources of a named container of a component (throws if the table has no such entry). */
export function resourcesOf(components: readonly AddonComponent[], component: string, container?: string): Resources {
  const c = components.find((x) => x.name === component);
  const k = c?.containers.find((x) => container === undefined || x.name === container);
  if (!k) throw new Error(`add-on component ${component}${container ? `/${container}` : ''} is not declared`);
  return k.resources;
}
