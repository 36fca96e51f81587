import { storageGb } from '../budget/quantity';
import type { Environment } from '../config/environment';
import { type Addon, type AddonComponent, CLUSTER_KINDS, kube, res, resourcesOf } from './types';

const TAG = 'dapr/dapr charts/dapr@v1.18.3';
const DOCS = 'dapr/docs daprdocs/content/en/operations/hosting/kubernetes/kubernetes-production.md:14-20@v1.15 (newest branch in the snapshot; same table on docs.dapr.io)';
const RESTRICTED = { level: 'restricted', source: `${TAG} charts/*/templates (runAsNonRoot, readOnlyRootFilesystem, drop ALL; seccomp from global.seccompProfile)` } as const;
const pod = (app: string) => ({ labels: { app }, source: `${TAG} values.yaml:102-107 and each subchart's deployment/statefulset template` });

function components(env: Environment): AddonComponent[] {
  const s = env.dapr.scheduler;
  return [
    {
      name: 'operator',
      replicas: 1,
      podLabels: pod('dapr-operator'),
      podSecurity: RESTRICTED,
      ports: [
        { port: 6500, clients: ['dapr-sidecars'], source: `${TAG} charts/dapr_operator/templates/dapr_operator_deployment.yaml:104-110` },
        // The Subscription conversion webhook; not declared as a container port.
        { port: 19443, clients: ['api-server'], source: 'dapr/dapr cmd/operator/options/options.go:89@v1.18.3 (--webhook-server-port)' },
        { port: 9090, clients: ['prometheus'], source: `${TAG} charts/dapr_operator/values.yaml (ports.metrics)` },
      ],
      containers: [{ name: 'dapr-operator', resources: res('15m', '64Mi', '200m', '128Mi'), documentedMinimum: { memory: '100Mi', source: DOCS } }],
    },
    {
      name: 'sidecar-injector',
      replicas: 1,
      podLabels: pod('dapr-sidecar-injector'),
      podSecurity: RESTRICTED,
      ports: [
        { port: 4000, clients: ['api-server'], source: `${TAG} charts/dapr_sidecar_injector/templates/dapr_sidecar_injector_deployment.yaml:217-225` },
        { port: 9090, clients: ['prometheus'], source: `${TAG} charts/dapr_sidecar_injector/templates/dapr_sidecar_injector_deployment.yaml:217-225` },
      ],
      containers: [{ name: 'dapr-sidecar-injector', resources: res('10m', '32Mi', '100m', '48Mi'), documentedMinimum: { memory: '30Mi', source: DOCS } }],
    },
    {
      name: 'sentry',
      replicas: 1,
      podLabels: pod('dapr-sentry'),
      podSecurity: RESTRICTED,
      ports: [
        { port: 50001, clients: ['dapr-sidecars', 'same-namespace'], source: `${TAG} charts/dapr_sentry/templates/dapr_sentry_deployment.yaml:136-151` },
        { port: 9090, clients: ['prometheus'], source: `${TAG} charts/dapr_sentry/templates/dapr_sentry_deployment.yaml:136-151` },
      ],
      containers: [{ name: 'dapr-sentry', resources: res('10m', '32Mi', '100m', '48Mi'), documentedMinimum: { memory: '30Mi', source: DOCS } }],
    },
    {
      // Always 3 replicas (embedded etcd); in-memory storage is a tmpfs counted against the memory limit.
      name: 'scheduler',
      replicas: 3,
      podLabels: pod('dapr-scheduler-server'),
      podSecurity: RESTRICTED,
      ports: [
        // Sidecars dial the scheduler pods directly on 50006 (WatchHosts broadcasts pod addresses).
        { port: 50006, clients: ['dapr-sidecars'], source: 'dapr/dapr pkg/scheduler/server/server.go:110-122@v1.18.3' },
        { port: 2379, clients: ['same-namespace'], source: `${TAG} charts/dapr_scheduler/templates/dapr_scheduler_statefulset.yaml:116-126` },
        { port: 2380, clients: ['same-namespace'], source: `${TAG} charts/dapr_scheduler/templates/dapr_scheduler_statefulset.yaml:116-126` },
        { port: 9090, clients: ['prometheus'], source: `${TAG} charts/dapr_scheduler/templates/dapr_scheduler_statefulset.yaml:116-126` },
      ],
      containers: [
        {
          name: 'dapr-scheduler-server',
          resources: res('10m', '64Mi', '100m', '128Mi'),
          sizing: 'no documented minimum (no Scheduler row in the production guide); etcd preallocates 64 MB WAL segments, which in memory storage are RAM, plus the Go heap',
        },
      ],
      volumeGb: s.inMemoryStorage ? undefined : storageGb(s.storageSize),
    },
  ];
}

/**
 * Dapr 1.18.3 control plane. Actors (and so the placement service) are off: nothing uses
 * them. The injected sidecar drops every capability, which the `restricted` app namespace
 * requires; no pod annotation can ask for it.
 */
export const dapr: Addon = {
  name: 'dapr',
  namespace: 'dapr-system',
  purpose: 'Dapr control plane (operator, sentry, sidecar injector, scheduler)',
  chart: { repoURL: 'https://dapr.github.io/helm-charts/', chart: 'dapr', version: '1.18.3' },
  syncWave: 1,
  enabled: () => true,
  components,
  callsKubernetesApi: true,
  footprint: () => ({
    // dapr_rbac.secretReader (Role/RoleBinding in `default`) is switched off below.
    foreignObjects: [],
    clusterKinds: [
      CLUSTER_KINDS.clusterRoles,
      CLUSTER_KINDS.clusterRoleBindings,
      CLUSTER_KINDS.mutatingWebhooks,
      CLUSTER_KINDS.crds,
    ],
    crds: ['dapr.io/Component', 'dapr.io/Configuration', 'dapr.io/HTTPEndpoint', 'dapr.io/MCPServer', 'dapr.io/Resiliency', 'dapr.io/Subscription', 'dapr.io/WorkflowAccessPolicy'],
    source: `${TAG} charts/dapr_rbac/templates/*.yaml, charts/dapr_sidecar_injector/templates/dapr_sidecar_injector_webhook_config.yaml, charts/dapr/crds/`,
  }),
  runtimeFields: [
    { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration', name: 'dapr-sidecar-injector', jsonPointers: ['/webhooks/0/clientConfig/caBundle'], source: 'dapr/dapr cmd/injector/app/app.go:181-203@v1.18.3' },
    { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', name: 'subscriptions.dapr.io', jsonPointers: ['/spec/conversion/webhook/clientConfig'], source: 'dapr/dapr pkg/operator/operator.go:311-327@v1.18.3' },
  ],
  values(env) {
    const c = components(env);
    return {
      global: {
        logAsJson: true,
        ha: { enabled: false },
        actors: { enabled: false },
        mtls: { enabled: true },
        prometheus: { enabled: true },
        // Every control-plane container then passes `restricted` (charts/*/templates securityContext).
        seccompProfile: 'RuntimeDefault',
      },
      // Without it the operator's Role/RoleBinding `secret-reader` land in `default` (charts/dapr_rbac/templates/secret-reader.yaml).
      dapr_rbac: { secretReader: { enabled: false } },
      dapr_operator: { resources: kube(resourcesOf(c, 'operator')) },
      dapr_sidecar_injector: {
        resources: kube(resourcesOf(c, 'sidecar-injector')),
        // The only switch that adds capabilities.drop [ALL] to daprd (pkg/injector/patcher/sidecar_container.go:249-253).
        sidecarDropALLCapabilities: true,
      },
      dapr_sentry: { resources: kube(resourcesOf(c, 'sentry')) },
      dapr_scheduler: {
        resources: kube(resourcesOf(c, 'scheduler')),
        cluster: { inMemoryStorage: env.dapr.scheduler.inMemoryStorage, storageSize: env.dapr.scheduler.storageSize },
      },
    };
  },
};
