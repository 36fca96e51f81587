import type { Construct } from 'constructs';
import { PodMonitor } from '../../imports/k8s/podmonitor-monitoring.coreos.com';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../../imports/k8s/prometheusrule-monitoring.coreos.com';
import { APP_NAMES } from '../apps/catalog';
import { platformAlerts } from '../observability/alerts';
import { APP_NAMESPACE } from '../platform/namespaces';
import { ENVOY_GATEWAY_NAMESPACE } from './edge-chart';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';
import { KAFKA_NAMESPACE } from './kafka-chart';

export const MONITORING_NAMESPACE = 'monitoring';

interface Target {
  readonly name: string;
  readonly namespace: string;
  readonly selector: { matchLabels?: Record<string, string>; matchExpressions?: Array<{ key: string; operator: string; values: string[] }> };
  readonly port: string;
  readonly path?: string;
}

/**
 * dist/<env>/monitoring.yaml: what Prometheus scrapes (Dapr sidecars, Kafka brokers and the
 * Kafka Exporter for consumer lag, Envoy, PostgreSQL) and the platform's alerts.
 */
export class MonitoringChart extends EnvironmentChart {
  constructor(scope: Construct, id: string, props: EnvironmentChartProps) {
    super(scope, id, props);
    const env = props.env;
    const targets: Target[] = [
      { name: 'dapr-sidecars', namespace: APP_NAMESPACE, selector: { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: [...APP_NAMES].sort() }] }, port: 'dapr-metrics' },
      { name: 'envoy', namespace: ENVOY_GATEWAY_NAMESPACE, selector: { matchLabels: { 'app.kubernetes.io/component': 'proxy', 'app.kubernetes.io/managed-by': 'envoy-gateway' } }, port: 'metrics', path: '/stats/prometheus' },
    ];
    if (env.kafka.backend === 'strimzi') {
      // Brokers (Strimzi metrics reporter) and the Kafka Exporter (consumer-group lag) both serve tcp-prometheus.
      targets.push({ name: 'kafka', namespace: KAFKA_NAMESPACE, selector: { matchLabels: { 'strimzi.io/cluster': env.kafka.clusterName } }, port: 'tcp-prometheus' });
    }
    if (env.database.provider === 'cloudnative-pg') {
      targets.push({ name: 'postgresql', namespace: APP_NAMESPACE, selector: { matchLabels: { 'cnpg.io/cluster': env.database.clusterName } }, port: 'metrics' });
    }
    for (const t of targets) {
      new PodMonitor(this, t.name, {
        metadata: { name: t.name, namespace: MONITORING_NAMESPACE },
        spec: {
          namespaceSelector: { matchNames: [t.namespace] },
          selector: t.selector,
          podMetricsEndpoints: [{ port: t.port, path: t.path ?? '/metrics', interval: '30s' }],
        },
      });
    }
    new PrometheusRule(this, 'alerts', {
      metadata: { name: 'todo-chatbot', namespace: MONITORING_NAMESPACE },
      spec: {
        groups: [
          {
            name: 'todo-chatbot',
            rules: platformAlerts(env).map((a) => ({
              alert: a.name,
              expr: PrometheusRuleSpecGroupsRulesExpr.fromString(a.expr),
              for: a.for,
              labels: { severity: a.severity },
              annotations: { summary: a.summary, runbook: a.runbook },
            })),
          },
        ],
      },
    });
  }
}
