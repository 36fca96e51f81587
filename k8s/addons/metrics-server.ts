import { type Addon, type AddonComponent, CLUSTER_KINDS, kube, res, resourcesOf } from './types';

const CHART = 'kubernetes-sigs/metrics-server charts/metrics-server@metrics-server-helm-chart-3.13.1';

const COMPONENTS: AddonComponent[] = [
  {
    name: 'metrics-server',
    replicas: 1,
    podLabels: { labels: { 'app.kubernetes.io/name': 'metrics-server' }, source: `${CHART} templates/_helpers.tpl:51-53` },
    podSecurity: { level: 'restricted', source: `${CHART} values.yaml:50-78 (runAsNonRoot, drop ALL, seccomp RuntimeDefault)` },
    // The resource metrics API (APIService → Service 443 → 10250); it scrapes every kubelet on 10250.
    ports: [{ port: 10250, clients: ['api-server'], source: `${CHART} values.yaml:95-101 (--secure-port=10250)` }],
    containers: [{ name: 'metrics-server', resources: res('10m', '64Mi', '100m', '200Mi'), documentedMinimum: { memory: '200Mi', source: `${CHART} README.md:112-136 (100m CPU and 200MiB of memory up to 100 nodes)` } }],
  },
];

/**
 * metrics-server 0.8.1 (chart 3.13.1): the `metrics.k8s.io` API the backend's CPU autoscaler
 * reads. A BASIC OKE cluster has no managed add-ons, and OKE documents installing it as a
 * standalone program (docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengworkingwithmetricsserver_standalone.htm).
 * It runs in kube-system, where its auth-reader RoleBinding must live anyway.
 */
export const metricsServer: Addon = {
  name: 'metrics-server',
  namespace: 'kube-system',
  purpose: 'metrics-server (the resource metrics API)',
  chart: { repoURL: 'https://kubernetes-sigs.github.io/metrics-server/', chart: 'metrics-server', version: '3.13.1' },
  syncWave: 0,
  enabled: () => true,
  components: () => COMPONENTS,
  callsKubernetesApi: true,
  // The HPA controller reads CPU use from it (APIService v1beta1.metrics.k8s.io, templates/apiservice.yaml).
  servesApis: ['metrics.k8s.io/v1beta1'],
  footprint: () => ({
    foreignObjects: [],
    clusterKinds: [
      CLUSTER_KINDS.clusterRoles,
      CLUSTER_KINDS.clusterRoleBindings,
      CLUSTER_KINDS.apiServices,
    ],
    crds: [],
    source: `${CHART} templates/rolebinding.yaml:1-16 (kube-system), clusterrole*.yaml, apiservice.yaml`,
  }),
  values: (env) => ({
    resources: kube(resourcesOf(COMPONENTS, 'metrics-server')),
    // Minikube's kubelets serve self-signed certificates (kubeadm default, README.md:49);
    // OKE's standalone install guide applies the release manifest without this flag.
    ...(env.cluster.distribution === 'minikube' ? { args: ['--kubelet-insecure-tls'] } : {}),
  }),
};
