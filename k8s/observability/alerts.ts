import type { Environment } from '../config/environment';
import { DEAD_LETTER_PREFIX } from '../events/topology';
import { APP_NAMESPACE, ownedNamespaces } from '../platform/namespaces';

export interface Alert {
  readonly name: string;
  /** PromQL. */
  readonly expr: string;
  /** How long the condition must hold. */
  readonly for: string;
  readonly severity: 'warning' | 'critical';
  readonly summary: string;
  /** What to do first (points into docs/runbook.md). */
  readonly runbook: string;
}

const dlq = `${DEAD_LETTER_PREFIX}\\\\..*`;

/** The platform's alerts (FR-G08, FR-G11), rendered into one PrometheusRule and docs/observability.md. */
export function platformAlerts(env: Environment): Alert[] {
  const owned = ownedNamespaces(env).join('|');
  return [
    {
      name: 'PodCrashLooping',
      expr: `max by (namespace, pod, container) (max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff", namespace=~"${owned}"}[5m])) >= 1`,
      for: '10m',
      severity: 'warning',
      summary: 'Container {{ $labels.namespace }}/{{ $labels.pod }}/{{ $labels.container }} is crash-looping.',
      runbook: 'docs/runbook.md#pods-pending-or-crash-looping',
    },
    {
      name: 'KafkaConsumerLagHigh',
      expr: `sum by (consumergroup, topic) (kafka_consumergroup_lag{topic!~"${dlq}"}) > ${env.observability.consumerLagAlertThreshold}`,
      for: '10m',
      severity: 'warning',
      summary: 'Consumer group {{ $labels.consumergroup }} is {{ $value }} messages behind on {{ $labels.topic }}.',
      runbook: 'docs/runbook.md#kafka-unreachable-or-lagging',
    },
    {
      name: 'DeadLetterMessages',
      expr: `sum by (topic) (increase(kafka_topic_partition_current_offset{topic=~"${dlq}"}[10m])) > 0`,
      for: '0m',
      severity: 'critical',
      summary: 'Messages were dead-lettered to {{ $labels.topic }}: a consumer failed them after every retry.',
      runbook: 'docs/runbook.md#messages-on-a-dead-letter-topic',
    },
    {
      name: 'DaprPublishFailures',
      expr: 'sum by (app_id, topic) (rate(dapr_component_pubsub_egress_count{success="false"}[5m])) > 0',
      for: '5m',
      severity: 'warning',
      summary: '{{ $labels.app_id }} fails to publish to {{ $labels.topic }}.',
      runbook: 'docs/runbook.md#component-not-ready',
    },
    {
      name: 'AutoscalerAtMaximum',
      expr: `(kube_horizontalpodautoscaler_status_current_replicas{namespace="${APP_NAMESPACE}"} >= kube_horizontalpodautoscaler_spec_max_replicas{namespace="${APP_NAMESPACE}"}) and on (namespace, horizontalpodautoscaler) (kube_horizontalpodautoscaler_spec_max_replicas > kube_horizontalpodautoscaler_spec_min_replicas)`,
      for: '15m',
      severity: 'warning',
      summary: '{{ $labels.horizontalpodautoscaler }} (HPA or KEDA ScaledObject) has been at its maximum for 15 minutes.',
      runbook: 'docs/runbook.md#pods-pending-or-crash-looping',
    },
    {
      name: 'CertificateExpiringSoon',
      expr: 'min by (namespace, name) (certmanager_certificate_expiration_timestamp_seconds - time()) < 14 * 24 * 3600',
      for: '1h',
      severity: 'warning',
      summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in less than 14 days.',
      runbook: 'docs/runbook.md#certificate-pending',
    },
    {
      name: 'CertificateNotReady',
      expr: 'max by (namespace, name) (certmanager_certificate_ready_status{condition!="True"}) == 1',
      for: '30m',
      severity: 'critical',
      summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} is not ready.',
      runbook: 'docs/runbook.md#certificate-pending',
    },
    // Only where WAL is archived: the expression is CloudNativePG's own sample
    // (docs/src/samples/monitoring/prometheusrule.yaml:50@v1.30.0; metrics from config/manager/default-monitoring.yaml pg_stat_archiver).
    ...(env.database.provider === 'cloudnative-pg' && env.database.backup
      ? [
          {
            name: 'PostgreSQLArchivingFailing',
            expr: '(cnpg_pg_stat_archiver_last_failed_time - cnpg_pg_stat_archiver_last_archived_time) > 1',
            for: '15m',
            severity: 'critical' as const,
            summary: 'PostgreSQL {{ $labels.namespace }}/{{ $labels.pod }} fails to archive WAL to Object Storage: point-in-time recovery stops at the last archived segment.',
            runbook: 'docs/runbook.md#postgresql-backups-failing',
          },
        ]
      : []),
  ];
}
