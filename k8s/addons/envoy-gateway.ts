import { type Addon, type AddonComponent, CLUSTER_KINDS, kube, OPERATOR_CLUSTER_KINDS, res, resourcesOf } from './types';

const TAG = 'envoyproxy/gateway@v1.9.0';
const RESTRICTED = { level: 'restricted' as const, source: `${TAG} charts/gateway-helm/values.tmpl.yaml (pod runAsNonRoot 65532, seccomp RuntimeDefault; container drop ALL, readOnlyRootFilesystem)` };

const COMPONENTS: AddonComponent[] = [
  {
    name: 'controller',
    replicas: 1,
    podLabels: { labels: { 'control-plane': 'envoy-gateway' }, source: `${TAG} charts/gateway-helm/templates/envoy-gateway-deployment.yaml` },
    podSecurity: RESTRICTED,
    ports: [
      // xDS: every Envoy proxy must reach the controller (its readiness listener arrives over xDS).
      { port: 18000, clients: ['proxies'], source: `${TAG} charts/gateway-helm/values.tmpl.yaml (ports grpc 18000)` },
      // The topology injector webhook.
      { port: 9443, clients: ['api-server'], source: `${TAG} charts/gateway-helm/values.tmpl.yaml (ports webhook 9443)` },
      { port: 19001, clients: ['prometheus'], source: `${TAG} charts/gateway-helm/values.tmpl.yaml (ports metrics 19001)` },
    ],
    containers: [{ name: 'envoy-gateway', resources: res('25m', '96Mi', '250m', '128Mi'), sizing: 'no documented minimum (chart default request 256Mi is a default, not a floor); one Gateway, one HTTPRoute' }],
  },
  { name: 'certgen', replicas: 1, transient: true, podSecurity: RESTRICTED, containers: [{ name: 'envoy-gateway-certgen', resources: res('10m', '32Mi', '100m', '64Mi'), sizing: 'a hook Job that writes the control plane\'s TLS Secrets and exits' }] },
];

/** Envoy proxy pods Envoy Gateway creates for a Gateway, in its own namespace. */
export const ENVOY_PROXY = {
  /** internal/infrastructure/kubernetes/proxy/resource.go (labels of every proxy pod)@v1.9.0 */
  labels: { 'app.kubernetes.io/name': 'envoy', 'app.kubernetes.io/component': 'proxy', 'app.kubernetes.io/managed-by': 'envoy-gateway' },
  /** A listener port below 1024 is served on port + 10000 (internal/gatewayapi/listener.go:1420-1421@v1.9.0). */
  containerPort: (listenerPort: number) => (listenerPort < 1024 ? listenerPort + 10000 : listenerPort),
  /** Prometheus endpoint `metrics` (internal/infrastructure/kubernetes/proxy/resource.go@v1.9.0). */
  metricsPort: 19001,
  /**
   * The shutdown-manager container: fixed requests (api/v1alpha1/envoyproxy_helpers.go:175-185@v1.9.0)
   * and no limits, which the namespace's LimitRange then supplies at admission
   * (k8s/platform/guardrails.ts CONTAINER_LIMITS.default).
   */
  shutdownManagerRequests: { cpu: '10m', memory: '32Mi' },
  /** Default container security contexts pass `restricted` (proxy/resource.go:491-522@v1.9.0). */
  podSecurity: { level: 'restricted' as const, source: `${TAG} internal/infrastructure/kubernetes/proxy/resource.go:491-522` },
} as const;

/**
 * Envoy Gateway v1.9.0 (brings the Gateway API CRDs, experimental channel). The Envoy
 * proxies it creates are sized by the EnvoyProxy resource in dist/<env>/edge.yaml.
 */
export const envoyGateway: Addon = {
  name: 'envoy-gateway',
  namespace: 'envoy-gateway-system',
  purpose: 'Envoy Gateway controller and the Envoy proxies behind the load balancer',
  chart: { repoURL: 'docker.io/envoyproxy', chart: 'gateway-helm', version: 'v1.9.0' },
  syncWave: 0,
  enabled: () => true,
  components: () => COMPONENTS,
  callsKubernetesApi: true,
  footprint: () => ({
    foreignObjects: [],
    clusterKinds: [
      ...OPERATOR_CLUSTER_KINDS,
      CLUSTER_KINDS.mutatingWebhooks,
      CLUSTER_KINDS.admissionPolicies,
      CLUSTER_KINDS.admissionPolicyBindings,
    ],
    crds: [
      'gateway.networking.k8s.io/BackendTLSPolicy',
      'gateway.networking.k8s.io/GatewayClass',
      'gateway.networking.k8s.io/Gateway',
      'gateway.networking.k8s.io/GRPCRoute',
      'gateway.networking.k8s.io/HTTPRoute',
      'gateway.networking.k8s.io/ListenerSet',
      'gateway.networking.k8s.io/ReferenceGrant',
      'gateway.networking.k8s.io/TCPRoute',
      'gateway.networking.k8s.io/TLSRoute',
      'gateway.networking.k8s.io/UDPRoute',
      'gateway.envoyproxy.io/Backend',
      'gateway.envoyproxy.io/BackendTrafficPolicy',
      'gateway.envoyproxy.io/ClientTrafficPolicy',
      'gateway.envoyproxy.io/EnvoyExtensionPolicy',
      'gateway.envoyproxy.io/EnvoyPatchPolicy',
      'gateway.envoyproxy.io/EnvoyProxy',
      'gateway.envoyproxy.io/HTTPRouteFilter',
      'gateway.envoyproxy.io/SecurityPolicy',
    ],
    source: `${TAG} charts/gateway-helm/charts/crds/crds/ (gatewayapi-crds.yaml, generated/*), templates/*rbac*.yaml, certgen-rbac.yaml`,
  }),
  values: () => ({
    deployment: { envoyGateway: { resources: kube(resourcesOf(COMPONENTS, 'controller')) } },
    certgen: { job: { resources: kube(resourcesOf(COMPONENTS, 'certgen')) } },
  }),
};
