/**
 * Where alerts go: one Slack-compatible incoming webhook (Slack, Mattermost, Discord's
 * /slack endpoint, ntfy…), whose URL is read from a Secret created out of band
 * (docs/secrets.md). The Secret is mounted optionally, so a missing one never keeps
 * Alertmanager — and with it the monitoring sync — from starting; notifications then fail
 * visibly in Alertmanager's UI and metrics (alertmanager_notifications_failed_total).
 */
export const ALERT_RECEIVER_SECRET = 'alertmanager-receivers';
/** Key of the webhook URL in that Secret. */
export const ALERT_WEBHOOK_KEY = 'slack-webhook-url';
/** Where the Secret is mounted in the Alertmanager pod. */
export const RECEIVERS_MOUNT = '/etc/alertmanager/receivers';

/**
 * Alertmanager configuration (rendered by kube-prometheus-stack into its config Secret). The
 * URL is read from a file at notification time (`api_url_file`, prometheus/alertmanager
 * docs/configuration.md@v0.34.0), so no credential ever appears in Git or in dist/.
 */
export function alertmanagerConfig(): Record<string, unknown> {
  return {
    global: { resolve_timeout: '5m' },
    route: {
      receiver: 'team',
      group_by: ['alertname', 'namespace'],
      group_wait: '30s',
      group_interval: '5m',
      repeat_interval: '12h',
      // The stack's always-firing heartbeat and its inhibition helper are not news.
      routes: [{ receiver: 'null', matchers: ['alertname = "Watchdog"'] }, { receiver: 'null', matchers: ['alertname = "InfoInhibitor"'] }],
    },
    inhibit_rules: [{ source_matchers: ['severity = "critical"'], target_matchers: ['severity = "warning"'], equal: ['alertname', 'namespace'] }],
    receivers: [
      { name: 'null' },
      {
        name: 'team',
        slack_configs: [
          {
            api_url_file: `${RECEIVERS_MOUNT}/${ALERT_WEBHOOK_KEY}`,
            send_resolved: true,
            title: '[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}',
            text: '{{ range .Alerts }}{{ .Annotations.summary }} (runbook: {{ .Annotations.runbook }})\n{{ end }}',
          },
        ],
      },
    ],
  };
}
