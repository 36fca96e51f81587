import { type Addon, type AddonComponent, kube, res, resourcesOf } from './types';

const RELOADER = res('10m', '16Mi', '100m', '48Mi');
const COMPONENTS: AddonComponent[] = [
  { name: 'prometheus-operator', replicas: 1, containers: [{ name: 'kube-prometheus-stack', resources: res('25m', '64Mi', '200m', '256Mi') }] },
  {
    name: 'prometheus',
    replicas: 1,
    containers: [
      { name: 'prometheus', resources: res('150m', '768Mi', '1', '1536Mi') },
      { name: 'config-reloader', resources: RELOADER },
    ],
  },
  {
    name: 'alertmanager',
    replicas: 1,
    containers: [
      { name: 'alertmanager', resources: res('10m', '48Mi', '100m', '128Mi') },
      { name: 'config-reloader', resources: RELOADER },
    ],
  },
  {
    name: 'grafana',
    replicas: 1,
    containers: [
      { name: 'grafana', resources: res('25m', '128Mi', '250m', '256Mi') },
      { name: 'grafana-sc-dashboard', resources: res('10m', '48Mi', '100m', '96Mi') },
      { name: 'grafana-sc-datasources', resources: res('10m', '48Mi', '100m', '96Mi') },
    ],
  },
  { name: 'kube-state-metrics', replicas: 1, containers: [{ name: 'kube-state-metrics', resources: res('10m', '48Mi', '100m', '128Mi') }] },
  { name: 'node-exporter', replicas: 'per-node', containers: [{ name: 'node-exporter', resources: res('10m', '24Mi', '100m', '64Mi') }] },
  { name: 'admission-webhook-patch', replicas: 1, transient: true, containers: [{ name: 'patch', resources: res('10m', '32Mi', '100m', '64Mi') }] },
];

/**
 * kube-prometheus-stack 88.5.3 (Prometheus Operator v0.93.1): Prometheus on an emptyDir
 * (3 days; no volume in the free storage budget), Alertmanager, Grafana, kube-state-metrics,
 * node-exporter. It selects every ServiceMonitor, PodMonitor and PrometheusRule, not only
 * those carrying its release label.
 */
export const monitoring: Addon = {
  name: 'kube-prometheus-stack',
  namespace: 'monitoring',
  chart: { repoURL: 'https://prometheus-community.github.io/helm-charts', chart: 'kube-prometheus-stack', version: '88.5.3' },
  syncWave: 0,
  enabled: () => true,
  components: () => COMPONENTS,
  values: () => ({
    crds: { enabled: true },
    prometheusOperator: {
      resources: kube(resourcesOf(COMPONENTS, 'prometheus-operator')),
      prometheusConfigReloader: { resources: kube(RELOADER) },
      admissionWebhooks: { patch: { resources: kube(resourcesOf(COMPONENTS, 'admission-webhook-patch')) } },
    },
    prometheus: {
      prometheusSpec: {
        resources: kube(resourcesOf(COMPONENTS, 'prometheus', 'prometheus')),
        retention: '3d',
        retentionSize: '4GB',
        ruleSelectorNilUsesHelmValues: false,
        serviceMonitorSelectorNilUsesHelmValues: false,
        podMonitorSelectorNilUsesHelmValues: false,
        probeSelectorNilUsesHelmValues: false,
        scrapeConfigSelectorNilUsesHelmValues: false,
      },
    },
    alertmanager: { alertmanagerSpec: { resources: kube(resourcesOf(COMPONENTS, 'alertmanager', 'alertmanager')) } },
    grafana: {
      resources: kube(resourcesOf(COMPONENTS, 'grafana', 'grafana')),
      sidecar: { resources: kube(resourcesOf(COMPONENTS, 'grafana', 'grafana-sc-dashboard')) },
    },
    'kube-state-metrics': { resources: kube(resourcesOf(COMPONENTS, 'kube-state-metrics')) },
    'prometheus-node-exporter': { resources: kube(resourcesOf(COMPONENTS, 'node-exporter')) },
    // Managed control plane (OKE) / not reachable: do not scrape it.
    kubeEtcd: { enabled: false },
    kubeScheduler: { enabled: false },
    kubeControllerManager: { enabled: false },
    kubeProxy: { enabled: false },
  }),
};
