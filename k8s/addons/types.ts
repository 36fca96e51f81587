import type { Environment, Resources } from '../config/environment';
import type { PodSecurityLevel } from '../platform/pod-security';

/**
 * Where a fact this repository relies on was read: `owner/repo path@tag` (a line or key
 * where it helps) or a documentation URL. Facts are read upstream at the pinned version,
 * never from memory, and recorded next to the value.
 */
export type Source = string;

/** A Helm chart pinned to an exact version. */
export interface HelmChart {
  /** Helm repository URL, or an OCI registry path without `oci://` (Argo CD's form). */
  readonly repoURL: string;
  readonly chart: string;
  readonly version: string;
}

/** One container an add-on runs, with the resources our values give it. */
export interface AddonContainer {
  readonly name: string;
  readonly resources: Resources;
  /**
   * The least memory upstream documents for this container; the memory limit must cover it.
   * @default - upstream documents none (then `sizing` says what the value rests on)
   */
  readonly documentedMinimum?: { readonly memory: string; readonly source: Source };
  /** Why this size, when upstream documents no minimum. */
  readonly sizing?: string;
}

/** Who opens connections to a port a component serves (flows and scrape targets derive from it). */
export type PortClient = 'prometheus' | 'api-server' | 'same-namespace' | 'dapr-sidecars' | 'proxies' | 'kafka-clients' | 'postgres-clients';

export interface ServedPort {
  readonly port: number;
  /** @default 'TCP' */
  readonly protocol?: 'TCP' | 'UDP';
  readonly clients: readonly PortClient[];
  readonly source: Source;
}

/** Something an add-on runs, as its pinned chart renders it with our values. */
export interface AddonComponent {
  readonly name: string;
  /** Pod count; 'per-node' for DaemonSets. */
  readonly replicas: number | 'per-node';
  readonly containers: readonly AddonContainer[];
  /** Labels the chart puts on these pods (selectors of policies and monitors). */
  readonly podLabels?: { readonly labels: Readonly<Record<string, string>>; readonly source: Source };
  /** Ports the pods serve and who calls them. */
  readonly ports?: readonly ServedPort[];
  /** Runs in the node's network namespace: its address is the node's. */
  readonly hostNetwork?: boolean;
  /** The most restrictive Pod Security level these pods pass as rendered, and why. */
  readonly podSecurity: { readonly level: PodSecurityLevel; readonly source: Source; readonly why?: string };
  /** Persistent volumes per replica, in GB (each costs at least 50 GB on OCI). */
  readonly volumeGb?: number;
  /** A Helm hook Job or an operator-made pod that runs briefly (not part of the steady state). */
  readonly transient?: boolean;
}

/** An object a chart renders outside its release namespace. */
export interface ForeignObject {
  readonly namespace: string;
  readonly kind: string;
  readonly name: string;
  readonly source: Source;
}

/** A cluster-scoped kind a chart renders. */
export interface ClusterKind {
  readonly group: string;
  readonly kind: string;
}

/** A field a controller rewrites at runtime, which Argo CD must not fight (ignoreDifferences). */
export interface RuntimeField {
  readonly group: string;
  readonly kind: string;
  readonly name?: string;
  readonly jsonPointers: readonly string[];
  readonly source: Source;
}

/** What a chart writes into the cluster beyond its pods, as read in its templates. */
export interface ChartFootprint {
  readonly foreignObjects: readonly ForeignObject[];
  readonly clusterKinds: readonly ClusterKind[];
  /** CRDs the chart installs, as `<group>/<Kind>`. */
  readonly crds: readonly string[];
  readonly source: Source;
}

/** A platform add-on installed from a pinned Helm chart by Argo CD. */
export interface Addon {
  /** Argo CD Application name and Helm release name. */
  readonly name: string;
  readonly namespace: string;
  /** What it runs, in a few words (namespace annotations and docs). */
  readonly purpose: string;
  readonly chart: HelmChart;
  /** Sync wave: CRD providers first. */
  readonly syncWave: number;
  /** Whether this environment installs it. */
  enabled(env: Environment): boolean;
  components(env: Environment): readonly AddonComponent[];
  /** Helm values; resources come from components(), so values and budget cannot disagree. */
  values(env: Environment): Record<string, unknown>;
  /** What the chart writes (with our values) beyond the release namespace. */
  footprint(env: Environment): ChartFootprint;
  /** Its pods call the Kubernetes API (operators and controllers). */
  readonly callsKubernetesApi: boolean;
  /** Fields its controllers rewrite at runtime. */
  readonly runtimeFields?: readonly RuntimeField[];
  /** Aggregated APIs it serves (`group/version`), which other controllers depend on. */
  readonly servesApis?: readonly string[];
  /**
   * CRDs (`<group>/<Kind>`) that must already exist when it starts: their provider syncs in
   * an earlier wave.
   */
  readonly requiresCrds?: (env: Environment) => readonly string[];
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

/** Cluster-scoped kinds charts write, by what they are (Argo CD projects whitelist them by group and kind). */
export const CLUSTER_KINDS = {
  crds: { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
  clusterRoles: { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
  clusterRoleBindings: { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
  mutatingWebhooks: { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' },
  validatingWebhooks: { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration' },
  admissionPolicies: { group: 'admissionregistration.k8s.io', kind: 'ValidatingAdmissionPolicy' },
  admissionPolicyBindings: { group: 'admissionregistration.k8s.io', kind: 'ValidatingAdmissionPolicyBinding' },
  apiServices: { group: 'apiregistration.k8s.io', kind: 'APIService' },
} as const;

/** What every operator chart writes cluster-wide: its CRDs and the RBAC to watch them everywhere. */
export const OPERATOR_CLUSTER_KINDS = [CLUSTER_KINDS.crds, CLUSTER_KINDS.clusterRoles, CLUSTER_KINDS.clusterRoleBindings] as const;
