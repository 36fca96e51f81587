import type { Environment } from '../config/environment';
import { grafanaDashboards } from '../observability/dashboards';
import { ALERT_RECEIVER_SECRET, alertmanagerConfig, RECEIVERS_MOUNT } from '../observability/alert-routing';
import { LOKI_URL } from './logging';
import { type Addon, type AddonComponent, CLUSTER_KINDS, kube, OPERATOR_CLUSTER_KINDS, res, resourcesOf } from './types';

const KPS = 'prometheus-community/helm-charts charts/kube-prometheus-stack@kube-prometheus-stack-88.5.3';
const GRAFANA = 'grafana-community/helm-charts charts/grafana@grafana-12.11.1';
const PO = 'prometheus-operator/prometheus-operator@v0.93.0 (the chart ships v0.93.1, not tagged in the snapshot)';
/** How long Prometheus keeps samples on its emptyDir (time and size, whichever comes first). */
export const PROMETHEUS_RETENTION = { time: '2d', size: '1GB' } as const;

const RELOADER = res('5m', '16Mi', '50m', '32Mi');
/** The operator's config-reloader beside Prometheus and Alertmanager; its chart default is unbounded (`=0` flags). */
const RELOADER_CONTAINER = { name: 'config-reloader', resources: RELOADER, sizing: 'a small Go binary that watches one directory and posts /-/reload; no documented minimum' };
const RESTRICTED = (source: string) => ({ level: 'restricted' as const, source });

/** Service names the chart gives (release name kube-prometheus-stack): Grafana's data sources point at them. */
export const PROMETHEUS_URL = 'http://kube-prometheus-stack-prometheus.monitoring:9090';
export const ALERTMANAGER_URL = 'http://kube-prometheus-stack-alertmanager.monitoring:9093';

const COMPONENTS: AddonComponent[] = [
  {
    name: 'prometheus-operator',
    replicas: 1,
    podLabels: { labels: { app: 'kube-prometheus-stack-operator' }, source: `${KPS} templates/prometheus-operator/deployment.yaml (rendered)` },
    podSecurity: RESTRICTED(`${KPS} values.yaml prometheusOperator.securityContext / containerSecurityContext`),
    // The admission webhooks (PrometheusRule validation) and the operator's own metrics, over TLS.
    ports: [{ port: 10250, clients: ['api-server', 'prometheus'], source: `${KPS} values.yaml:2841-2846 (tls.internalPort)` }],
    containers: [{ name: 'kube-prometheus-stack', resources: res('10m', '32Mi', '200m', '64Mi'), sizing: 'no documented minimum; a Go controller watching a handful of CRs' }],
  },
  {
    name: 'prometheus',
    replicas: 1,
    podLabels: { labels: { 'app.kubernetes.io/name': 'prometheus' }, source: `${PO} pkg/prometheus/statefulset.go (rendered labels)` },
    podSecurity: RESTRICTED(`${KPS} values.yaml prometheusSpec.securityContext (runAsNonRoot, seccomp RuntimeDefault)`),
    ports: [
      { port: 9090, clients: ['prometheus', 'same-namespace'], source: `${PO} pkg/prometheus/statefulset.go` },
      { port: 8080, clients: ['prometheus'], source: `${PO} pkg/operator/config_reloader.go:30` },
    ],
    containers: [
      {
        name: 'prometheus',
        resources: res('50m', '384Mi', '500m', '384Mi'),
        sizing: 'no documented minimum (prometheus docs give disk, not memory, per sample); one node with ~45 pods and no API-server scraping keeps the head well under 100k series',
      },
      RELOADER_CONTAINER,
    ],
  },
  {
    name: 'alertmanager',
    replicas: 1,
    podLabels: { labels: { 'app.kubernetes.io/name': 'alertmanager' }, source: `${PO} pkg/alertmanager/statefulset.go makeSelectorLabels` },
    podSecurity: RESTRICTED(`${KPS} values.yaml alertmanagerSpec.securityContext`),
    ports: [
      { port: 9093, clients: ['prometheus', 'same-namespace'], source: `${PO} pkg/alertmanager/statefulset.go:65-68` },
      { port: 8080, clients: ['prometheus'], source: `${PO} pkg/operator/config_reloader.go:30` },
    ],
    containers: [{ name: 'alertmanager', resources: res('5m', '32Mi', '50m', '64Mi'), sizing: 'no documented minimum; one replica routing a few alerts' }, RELOADER_CONTAINER],
  },
  {
    name: 'grafana',
    replicas: 1,
    podLabels: { labels: { 'app.kubernetes.io/name': 'grafana' }, source: `${GRAFANA} templates/_helpers.tpl (rendered)` },
    podSecurity: RESTRICTED(`${GRAFANA} values.yaml securityContext / containerSecurityContext (472, drop ALL, seccomp RuntimeDefault)`),
    // Reached only through `kubectl port-forward` (the kubelet, i.e. the node).
    ports: [{ port: 3000, clients: [], source: `${GRAFANA} values.yaml (service.targetPort)` }],
    containers: [
      {
        name: 'grafana',
        resources: res('20m', '256Mi', '250m', '512Mi'),
        documentedMinimum: { memory: '512M', source: 'grafana/grafana docs/sources/setup-grafana/installation/_index.md ("Minimum recommended memory: 512 MB"; stored copy, Grafana 13 tag not resolved)' },
      },
    ],
  },
  {
    name: 'kube-state-metrics',
    replicas: 1,
    podLabels: { labels: { 'app.kubernetes.io/name': 'kube-state-metrics' }, source: 'prometheus-community/helm-charts charts/kube-state-metrics@kube-state-metrics-8.4.0 (rendered)' },
    podSecurity: RESTRICTED('prometheus-community/helm-charts charts/kube-state-metrics/values.yaml@kube-state-metrics-8.4.0 (65534, seccomp, drop ALL)'),
    ports: [{ port: 8080, clients: ['prometheus'], source: 'prometheus-community/helm-charts charts/kube-state-metrics/values.yaml:88@kube-state-metrics-8.4.0' }],
    containers: [{ name: 'kube-state-metrics', resources: res('10m', '32Mi', '100m', '64Mi'), sizing: 'no documented minimum ("we usually recommend not to specify default resources"); one node, a few hundred objects' }],
  },
  {
    name: 'node-exporter',
    replicas: 'per-node',
    hostNetwork: true,
    podLabels: { labels: { 'app.kubernetes.io/name': 'prometheus-node-exporter' }, source: 'prometheus-community/helm-charts charts/prometheus-node-exporter@prometheus-node-exporter-4.56.1 (rendered)' },
    podSecurity: {
      level: 'privileged',
      why: 'host network and PID namespaces and hostPath mounts, to read the node’s metrics',
      source: 'prometheus-community/helm-charts charts/prometheus-node-exporter/values.yaml:382,390@prometheus-node-exporter-4.56.1',
    },
    ports: [{ port: 9100, clients: ['prometheus'], source: 'prometheus-community/helm-charts charts/prometheus-node-exporter/values.yaml@prometheus-node-exporter-4.56.1' }],
    containers: [{ name: 'node-exporter', resources: res('10m', '16Mi', '100m', '32Mi'), sizing: 'no documented minimum ("recommend not to specify default resources")' }],
  },
  {
    name: 'admission-webhook-jobs',
    replicas: 1,
    transient: true,
    podSecurity: RESTRICTED(`${KPS} templates/prometheus-operator/admission-webhooks/job-patch/*.yaml (runAsUser 2000, seccomp RuntimeDefault)`),
    containers: [{ name: 'create', resources: res('10m', '32Mi', '100m', '64Mi'), sizing: 'a hook Job (kube-webhook-certgen) that writes one TLS Secret and exits' }],
  },
];

/**
 * kube-prometheus-stack 88.5.3 (Prometheus Operator v0.93.1): Prometheus on an emptyDir
 * (2 days; no volume in the free storage budget), Alertmanager, Grafana, kube-state-metrics,
 * node-exporter. It selects every ServiceMonitor, PodMonitor and PrometheusRule, not only
 * those carrying its release label. Grafana runs without its config sidecars: the data
 * sources (Prometheus, Alertmanager, Loki) and dashboards are provisioned from these values.
 */
export const monitoring: Addon = {
  name: 'kube-prometheus-stack',
  namespace: 'monitoring',
  purpose: 'Prometheus, Alertmanager, Grafana, kube-state-metrics, node-exporter',
  chart: { repoURL: 'https://prometheus-community.github.io/helm-charts', chart: 'kube-prometheus-stack', version: '88.5.3' },
  syncWave: 0,
  enabled: () => true,
  components: () => COMPONENTS,
  callsKubernetesApi: true,
  footprint: () => ({
    // The CoreDNS metrics Service is rendered into kube-system (templates/exporters/core-dns/service.yaml);
    // the operator itself creates the kubelet Service there at runtime (not part of the sync).
    foreignObjects: [{ namespace: 'kube-system', kind: 'Service', name: 'kube-prometheus-stack-coredns', source: `${KPS} templates/exporters/core-dns/service.yaml` }],
    clusterKinds: [
      ...OPERATOR_CLUSTER_KINDS,
      CLUSTER_KINDS.mutatingWebhooks,
      CLUSTER_KINDS.validatingWebhooks,
    ],
    crds: [
      'monitoring.coreos.com/Alertmanager',
      'monitoring.coreos.com/AlertmanagerConfig',
      'monitoring.coreos.com/PodMonitor',
      'monitoring.coreos.com/Probe',
      'monitoring.coreos.com/Prometheus',
      'monitoring.coreos.com/PrometheusAgent',
      'monitoring.coreos.com/PrometheusRule',
      'monitoring.coreos.com/ScrapeConfig',
      'monitoring.coreos.com/ServiceMonitor',
      'monitoring.coreos.com/ThanosRuler',
    ],
    source: `${KPS} (helm template with these values)`,
  }),
  values: (env: Environment) => ({
    crds: { enabled: true },
    prometheusOperator: {
      resources: kube(resourcesOf(COMPONENTS, 'prometheus-operator')),
      prometheusConfigReloader: { resources: kube(RELOADER) },
      admissionWebhooks: { patch: { resources: kube(resourcesOf(COMPONENTS, 'admission-webhook-jobs')) } },
    },
    prometheus: {
      prometheusSpec: {
        resources: kube(resourcesOf(COMPONENTS, 'prometheus', 'prometheus')),
        retention: PROMETHEUS_RETENTION.time,
        retentionSize: PROMETHEUS_RETENTION.size,
        ruleSelectorNilUsesHelmValues: false,
        serviceMonitorSelectorNilUsesHelmValues: false,
        podMonitorSelectorNilUsesHelmValues: false,
        probeSelectorNilUsesHelmValues: false,
        scrapeConfigSelectorNilUsesHelmValues: false,
      },
    },
    alertmanager: {
      config: alertmanagerConfig(),
      alertmanagerSpec: {
        resources: kube(resourcesOf(COMPONENTS, 'alertmanager', 'alertmanager')),
        // Optional: without the Secret Alertmanager still starts (and shows the failed notifications).
        volumes: [{ name: 'receivers', secret: { secretName: ALERT_RECEIVER_SECRET, optional: true } }],
        volumeMounts: [{ name: 'receivers', mountPath: RECEIVERS_MOUNT, readOnly: true }],
      },
    },
    grafana: {
      resources: kube(resourcesOf(COMPONENTS, 'grafana', 'grafana')),
      // No admin Secret (the chart would render a new random password on every Argo CD render):
      // Grafana is reached only by port-forward, anonymously, as an editor.
      env: { GF_SECURITY_DISABLE_INITIAL_ADMIN_CREATION: 'true' },
      'grafana.ini': { 'auth.anonymous': { enabled: true, org_role: 'Editor' }, auth: { disable_login_form: true }, analytics: { reporting_enabled: false, check_for_updates: false } },
      testFramework: { enabled: false },
      defaultDashboardsEnabled: false,
      sidecar: { dashboards: { enabled: false }, datasources: { enabled: false } },
      datasources: { 'datasources.yaml': { apiVersion: 1, datasources: grafanaDataSources(env) } },
      ...grafanaDashboards(env),
    },
    'kube-state-metrics': { resources: kube(resourcesOf(COMPONENTS, 'kube-state-metrics')) },
    'prometheus-node-exporter': { resources: kube(resourcesOf(COMPONENTS, 'node-exporter')) },
    // Managed control plane (OKE) / not reachable: do not scrape it. The API server's own
    // metrics are the largest series set of a small cluster and are left out too.
    kubeApiServer: { enabled: false },
    kubeEtcd: { enabled: false },
    kubeScheduler: { enabled: false },
    kubeControllerManager: { enabled: false },
    kubeProxy: { enabled: false },
  }),
};

function grafanaDataSources(env: Environment) {
  return [
    { name: 'Prometheus', uid: 'prometheus', type: 'prometheus', access: 'proxy', url: PROMETHEUS_URL, isDefault: true },
    { name: 'Alertmanager', uid: 'alertmanager', type: 'alertmanager', access: 'proxy', url: ALERTMANAGER_URL, jsonData: { implementation: 'prometheus' } },
    ...(env.observability.logs === 'loki' ? [{ name: 'Loki', uid: 'loki', type: 'loki', access: 'proxy', url: LOKI_URL }] : []),
  ];
}
