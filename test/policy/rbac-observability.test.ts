import * as fs from 'node:fs';
import * as path from 'node:path';
import { platformAlerts } from '../../k8s/observability/alerts';
import { loadEnvironments } from '../../k8s/environments';
import { ENVIRONMENTS, environment, find, objectsOf } from '../helpers';

describe.each(ENVIRONMENTS)('RBAC (%s)', (env) => {
  it('lets the backend read only the Secrets it reads through Dapr, by name', () => {
    const role = find(env, 'Role', 'backend-secret-reader', 'todo-app') as any;
    expect(role.rules).toEqual([{ apiGroups: [''], resources: ['secrets'], resourceNames: ['app-secrets'], verbs: ['get'] }]);
    const binding = find(env, 'RoleBinding', 'backend-secret-reader', 'todo-app') as any;
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'backend', namespace: 'todo-app' }]);
    expect((find(env, 'ServiceAccount', 'backend', 'todo-app') as any).automountServiceAccountToken).toBe(true);
    expect((find(env, 'ServiceAccount', 'audit', 'todo-app') as any).automountServiceAccountToken).toBe(false);
  });

  it('limits the CI deployer to the app namespace’s workloads: no Secrets, no create or delete', () => {
    const role = find(env, 'Role', 'ci-deployer', 'todo-app') as any;
    const resources = role.rules.flatMap((r: any) => r.resources);
    expect(resources).not.toContain('secrets');
    expect(role.rules.flatMap((r: any) => r.verbs)).not.toEqual(expect.arrayContaining(['create']));
    expect(role.rules.flatMap((r: any) => r.verbs)).not.toContain('delete');
    expect(resources).toEqual(expect.arrayContaining(['deployments', 'replicasets', 'pods']));
  });

  it('renders no ClusterRole or ClusterRoleBinding of its own', () => {
    expect((objectsOf(env) as any[]).filter((o) => o.kind === 'ClusterRole' || o.kind === 'ClusterRoleBinding')).toEqual([]);
  });
});

describe.each(ENVIRONMENTS)('observability (%s)', (env) => {
  it('scrapes Dapr sidecars, Kafka (brokers and the lag exporter), Envoy and PostgreSQL', () => {
    const monitors = (objectsOf(env) as any[]).filter((o) => o.kind === 'PodMonitor');
    expect(monitors.map((m) => [m.metadata.name, m.spec.namespaceSelector.matchNames[0], m.spec.podMetricsEndpoints[0].port])).toEqual([
      ['dapr-sidecars', 'todo-app', 'dapr-metrics'],
      ['envoy', 'envoy-gateway-system', 'metrics'],
      ['kafka', 'kafka', 'tcp-prometheus'],
      ['postgresql', 'todo-app', 'metrics'],
    ]);
    const kafka = find(env, 'Kafka', 'events', 'kafka') as any;
    expect(kafka.spec.kafkaExporter).toMatchObject({ groupRegex: '.*', topicRegex: '.*' });
    expect(kafka.spec.kafka.metricsConfig.type).toBe('strimziMetricsReporter');
  });

  it('alerts on crash loops, sustained consumer lag, dead letters, publish failures, autoscalers at max and certificates', () => {
    const rule = find(env, 'PrometheusRule', 'todo-chatbot', 'monitoring') as any;
    const alerts = Object.fromEntries(rule.spec.groups[0].rules.map((r: any) => [r.alert, r]));
    const backups = Boolean((environment(env).database as { backup?: unknown }).backup);
    expect(Object.keys(alerts)).toEqual([
      'PodCrashLooping',
      'KafkaConsumerLagHigh',
      'DeadLetterMessages',
      'DaprPublishFailures',
      'AutoscalerAtMaximum',
      'CertificateExpiringSoon',
      'CertificateNotReady',
      ...(backups ? ['PostgreSQLArchivingFailing'] : []),
    ]);
    expect(alerts.KafkaConsumerLagHigh.for).toBe('10m');
    expect(alerts.KafkaConsumerLagHigh.expr).toContain('kafka_consumergroup_lag');
    expect(alerts.DeadLetterMessages.expr).toContain('topic=~"dlq\\\\..*"');
    // Every alert points at a section that exists (GitHub's anchor of a "## " heading).
    const anchors = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'runbook.md'), 'utf8').split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3).toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-'));
    for (const r of Object.values(alerts) as any[]) expect(anchors).toContain(r.annotations.runbook.replace(/^docs\/runbook\.md#/, ''));
  });

  it('logs JSON from every sidecar', () => {
    for (const d of (objectsOf(env) as any[]).filter((o) => o.kind === 'Deployment')) expect(d.spec.template.metadata.annotations['dapr.io/log-as-json']).toBe('true');
  });
});

it('declares the log aggregation per environment (Loki on oke)', () => {
  const [local, oke] = loadEnvironments();
  expect([local!.observability.logs, oke!.observability.logs]).toEqual(['none', 'loki']);
  expect(platformAlerts(oke!).find((a) => a.name === 'KafkaConsumerLagHigh')!.expr).toMatch(/> 100$/);
});

it('links every alert to an existing runbook section', () => {
  const runbook = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'runbook.md'), 'utf8');
  const anchors = runbook.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3).toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-'));
  for (const alert of platformAlerts(loadEnvironments()[1]!)) expect(anchors).toContain(alert.runbook.split('#')[1]);
});
