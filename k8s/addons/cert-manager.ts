import { type Addon, type AddonComponent, CLUSTER_KINDS, kube, OPERATOR_CLUSTER_KINDS, res, resourcesOf } from './types';

const TAG = 'cert-manager/cert-manager deploy/charts/cert-manager@v1.21.1';
const RESTRICTED = { level: 'restricted' as const, source: `${TAG} values.yaml:424-437,825-838,1233-1246 (runAsNonRoot, seccomp RuntimeDefault, drop ALL, readOnlyRootFilesystem)` };
const NO_MINIMUM = 'no documented minimum ("The Helm chart does not include resource requests and limits", cert-manager/website content/docs/installation/best-practice.md:451-507)';
const labelled = (name: string) => ({ labels: { 'app.kubernetes.io/name': name }, source: `${TAG} templates/_helpers.tpl:46,84,118; deployment.yaml:33-38` });

const COMPONENTS: AddonComponent[] = [
  {
    name: 'controller',
    replicas: 1,
    podLabels: labelled('cert-manager'),
    podSecurity: RESTRICTED,
    ports: [{ port: 9402, clients: ['prometheus'], source: `${TAG} templates/deployment.yaml:158-164` }],
    containers: [{ name: 'cert-manager-controller', resources: res('10m', '48Mi', '100m', '80Mi'), sizing: `${NO_MINIMUM}; one ClusterIssuer, one Certificate` }],
  },
  {
    name: 'webhook',
    replicas: 1,
    podLabels: labelled('webhook'),
    podSecurity: RESTRICTED,
    ports: [
      { port: 10250, clients: ['api-server'], source: `${TAG} templates/webhook-deployment.yaml:127-148; values.yaml:1090 (webhook.securePort)` },
      { port: 9402, clients: ['prometheus'], source: `${TAG} templates/webhook-deployment.yaml:127-148` },
    ],
    containers: [{ name: 'cert-manager-webhook', resources: res('10m', '24Mi', '100m', '48Mi'), sizing: NO_MINIMUM }],
  },
  {
    name: 'cainjector',
    replicas: 1,
    podLabels: labelled('cainjector'),
    podSecurity: RESTRICTED,
    ports: [{ port: 9402, clients: ['prometheus'], source: `${TAG} templates/cainjector-deployment.yaml:107-115` }],
    containers: [{ name: 'cert-manager-cainjector', resources: res('10m', '48Mi', '100m', '64Mi'), sizing: NO_MINIMUM }],
  },
];

/** The HTTP-01 solver pod cert-manager creates in the Certificate's namespace while a challenge is open. */
export const ACME_SOLVER = {
  /** Labels of every solver pod (cert-manager pkg/issuer/acme/http/pod.go:35-47@v1.21.1). */
  labels: { 'acme.cert-manager.io/http01-solver': 'true' },
  /** Container port `http` (pkg/issuer/acme/http/http.go:49@v1.21.1). */
  port: 8089,
  /** Controller defaults (internal/apis/config/controller/v1alpha1/defaults.go:95-98@v1.21.1). */
  resources: res('10m', '64Mi', '100m', '64Mi'),
  /** runAsNonRoot, seccomp RuntimeDefault, drop ALL, no token (pkg/issuer/acme/http/pod.go:197-270@v1.21.1). */
  podSecurity: { level: 'restricted' as const, source: 'cert-manager/cert-manager pkg/issuer/acme/http/pod.go:197-270@v1.21.1' },
} as const;

/**
 * cert-manager v1.21.1 with its CRDs and the Gateway API integration (HTTP-01 through the
 * Gateway). Leader election stays in its own namespace (the chart default is kube-system).
 */
export const certManager: Addon = {
  name: 'cert-manager',
  namespace: 'cert-manager',
  purpose: 'cert-manager controller, webhook and CA injector',
  chart: { repoURL: 'https://charts.jetstack.io', chart: 'cert-manager', version: 'v1.21.1' },
  syncWave: 1,
  enabled: () => true,
  components: () => COMPONENTS,
  callsKubernetesApi: true,
  // The controller crash-loops if the Gateway API CRDs are missing when it starts
  // (pkg/controller/context.go:450-482@v1.21.1); its ServiceMonitor needs the Prometheus Operator's CRD.
  requiresCrds: () => ['gateway.networking.k8s.io/Gateway', 'gateway.networking.k8s.io/HTTPRoute', 'monitoring.coreos.com/ServiceMonitor'],
  footprint: () => ({
    foreignObjects: [],
    clusterKinds: [
      ...OPERATOR_CLUSTER_KINDS,
      CLUSTER_KINDS.mutatingWebhooks,
      CLUSTER_KINDS.validatingWebhooks,
    ],
    crds: ['cert-manager.io/Certificate', 'cert-manager.io/CertificateRequest', 'cert-manager.io/ClusterIssuer', 'cert-manager.io/Issuer', 'acme.cert-manager.io/Challenge', 'acme.cert-manager.io/Order'],
    source: `${TAG} templates/rbac.yaml:3-44, cainjector-rbac.yaml:55-101 (leader election in global.leaderElection.namespace), webhook-*-webhook.yaml, crd-*.yaml`,
  }),
  runtimeFields: [
    { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration', name: 'cert-manager-webhook', jsonPointers: ['/webhooks/0/clientConfig/caBundle'], source: `${TAG} templates/webhook-validating-webhook.yaml (cert-manager.io/inject-ca-from-secret)` },
    { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration', name: 'cert-manager-webhook', jsonPointers: ['/webhooks/0/clientConfig/caBundle'], source: `${TAG} templates/webhook-mutating-webhook.yaml (cert-manager.io/inject-ca-from-secret)` },
  ],
  values: () => ({
    crds: { enabled: true, keep: true },
    global: { leaderElection: { namespace: 'cert-manager' } },
    resources: kube(resourcesOf(COMPONENTS, 'controller')),
    webhook: { resources: kube(resourcesOf(COMPONENTS, 'webhook')) },
    cainjector: { resources: kube(resourcesOf(COMPONENTS, 'cainjector')) },
    // A post-install hook that only re-checks the webhook; the sync's health checks do that.
    startupapicheck: { enabled: false },
    config: { apiVersion: 'controller.config.cert-manager.io/v1alpha1', kind: 'ControllerConfiguration', gatewayAPI: { enabled: true } },
    prometheus: { enabled: true, servicemonitor: { enabled: true } },
  }),
};
