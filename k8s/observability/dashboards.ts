import type { Environment } from '../config/environment';
import { DEAD_LETTER_PREFIX } from '../events/topology';
import { APP_NAMESPACE } from '../contract/app-namespace';

/** The Grafana folder and file provider of the platform's dashboards. */
const PROVIDER = 'todo-chatbot';

export interface Panel {
  readonly title: string;
  readonly expr: string;
  readonly legend: string;
  readonly unit: string;
}

const dlq = `${DEAD_LETTER_PREFIX}\\\\..*`;

/**
 * The event flow at a glance (FR-G08): what each service publishes and consumes (Dapr sidecar
 * metrics), how far each consumer group is behind (Kafka Exporter), what lands on dead-letter
 * topics, and where the time goes at the edge (Envoy).
 */
export const EVENT_FLOW: readonly Panel[] = [
  { title: 'Published messages/s by app and topic', expr: 'sum by (app_id, topic) (rate(dapr_component_pubsub_egress_count[5m]))', legend: '{{app_id}} → {{topic}}', unit: 'ops' },
  { title: 'Publish failures/s', expr: 'sum by (app_id, topic) (rate(dapr_component_pubsub_egress_count{success="false"}[5m]))', legend: '{{app_id}} → {{topic}}', unit: 'ops' },
  { title: 'Consumed messages/s by app, topic and outcome', expr: 'sum by (app_id, topic, process_status) (rate(dapr_component_pubsub_ingress_count[5m]))', legend: '{{app_id}} ← {{topic}} ({{process_status}})', unit: 'ops' },
  { title: 'Consumer lag (messages)', expr: `sum by (consumergroup, topic) (kafka_consumergroup_lag{topic!~"${dlq}"})`, legend: '{{consumergroup}} / {{topic}}', unit: 'short' },
  { title: 'Dead-lettered messages (last hour)', expr: `sum by (topic) (increase(kafka_topic_partition_current_offset{topic=~"${dlq}"}[1h]))`, legend: '{{topic}}', unit: 'short' },
  { title: 'Requests/s at the edge by response class', expr: 'sum by (envoy_response_code_class) (rate(envoy_cluster_upstream_rq_xx[5m]))', legend: '{{envoy_response_code_class}}xx', unit: 'reqps' },
];

function timeseries(p: Panel, i: number) {
  return {
    id: i + 1,
    type: 'timeseries',
    title: p.title,
    datasource: { type: 'prometheus', uid: 'prometheus' },
    gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
    fieldConfig: { defaults: { unit: p.unit }, overrides: [] },
    targets: [{ refId: 'A', expr: p.expr, legendFormat: p.legend }],
  };
}

/** The Loki query of the logs panel: the app namespace's JSON logs, warnings and errors. */
export const APP_LOG_ERRORS = `{namespace="${APP_NAMESPACE}"} | json | level=~"(?i)error|warn"`;

function eventFlowDashboard(env: Environment) {
  const panels: Record<string, unknown>[] = EVENT_FLOW.map(timeseries);
  if (env.observability.logs === 'loki') {
    panels.push({
      id: panels.length + 1,
      type: 'logs',
      title: 'Application logs (errors first)',
      datasource: { type: 'loki', uid: 'loki' },
      gridPos: { h: 10, w: 24, x: 0, y: Math.ceil(EVENT_FLOW.length / 2) * 8 },
      targets: [{ refId: 'A', expr: APP_LOG_ERRORS }],
    });
  }
  return { uid: 'todo-event-flow', title: 'Todo Chatbot — event flow', schemaVersion: 39, time: { from: 'now-3h', to: 'now' }, refresh: '30s', panels };
}

/**
 * Grafana values that provision the platform's dashboards from files (the chart turns each
 * entry into a ConfigMap mounted under /var/lib/grafana/dashboards/<provider>; no sidecar).
 */
export function grafanaDashboards(env: Environment): Record<string, unknown> {
  return {
    dashboardProviders: {
      'dashboardproviders.yaml': {
        apiVersion: 1,
        providers: [{ name: PROVIDER, orgId: 1, folder: 'Todo Chatbot', type: 'file', disableDeletion: true, editable: false, options: { path: `/var/lib/grafana/dashboards/${PROVIDER}` } }],
      },
    },
    dashboards: { [PROVIDER]: { 'event-flow': { json: JSON.stringify(eventFlowDashboard(env)) } } },
  };
}
