/** Pod Security Standards levels (https://kubernetes.io/docs/concepts/security/pod-security-standards/). */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

export interface NamespaceSpec {
  readonly name: string;
  /** What runs there. */
  readonly purpose: string;
  /** The level the API server enforces: the least privilege its pods can run with. */
  readonly podSecurity: PodSecurityLevel;
  /** Why this level and not `restricted` (required unless it is `restricted`). */
  readonly exception?: string;
  /** `app` for our workloads, otherwise the add-on that owns the namespace. */
  readonly owner: 'app' | 'kafka' | 'dapr' | 'monitoring' | 'cert-manager' | 'envoy-gateway' | 'keda' | 'cloudnative-pg' | 'argo-cd';
}

/** The application namespace: our own workloads, always `restricted`. */
export const APP_NAMESPACE = 'todo-app';

/**
 * Every namespace the platform owns. Add-ons get the least privileged level their
 * pinned charts run under; anything short of `restricted` states why.
 */
export const PLATFORM_NAMESPACES: readonly NamespaceSpec[] = [
  { name: APP_NAMESPACE, owner: 'app', podSecurity: 'restricted', purpose: 'frontend, backend and workers with their Dapr sidecars' },
  {
    name: 'kafka',
    owner: 'kafka',
    podSecurity: 'restricted',
    purpose: 'Strimzi operator and the KRaft Kafka cluster',
  },
  {
    name: 'dapr-system',
    owner: 'dapr',
    podSecurity: 'baseline',
    exception: 'the Dapr 1.18 chart sets no seccomp profile unless global.seccompProfile is set; restricted is audited and warned',
    purpose: 'Dapr control plane (operator, sentry, sidecar injector, scheduler, placement)',
  },
  {
    name: 'monitoring',
    owner: 'monitoring',
    podSecurity: 'privileged',
    exception: 'node-exporter and the log collector need host namespaces and hostPath mounts to read node metrics and logs',
    purpose: 'Prometheus, Alertmanager, Grafana, log aggregation',
  },
  { name: 'cert-manager', owner: 'cert-manager', podSecurity: 'restricted', purpose: 'cert-manager controller, webhook and CA injector' },
  {
    name: 'envoy-gateway-system',
    owner: 'envoy-gateway',
    podSecurity: 'baseline',
    exception: 'the Envoy data-plane pods that Envoy Gateway creates set no seccomp profile by default; restricted is audited and warned',
    purpose: 'Envoy Gateway controller and the Envoy proxies behind the load balancer',
  },
  { name: 'keda', owner: 'keda', podSecurity: 'restricted', purpose: 'KEDA operator, metrics API server and webhooks' },
  { name: 'cnpg-system', owner: 'cloudnative-pg', podSecurity: 'restricted', purpose: 'CloudNativePG operator' },
  {
    name: 'argocd',
    owner: 'argo-cd',
    podSecurity: 'baseline',
    exception: 'the Argo CD chart leaves some init containers without a seccomp profile; restricted is audited and warned',
    purpose: 'Argo CD, which syncs dist/<environment> into the cluster',
  },
];
