import type { KubeObject } from '../synth/objects';

/**
 * The aggregated metrics APIs the HPA controller reads (kubernetes.io/docs/tasks/run-application/
 * horizontal-pod-autoscale, "Support for metrics APIs": resource metrics from `metrics.k8s.io`,
 * Pods/Object metrics from `custom.metrics.k8s.io`, External from `external.metrics.k8s.io`).
 * A KEDA ScaledObject becomes an HPA with External metrics served by KEDA's metrics apiserver
 * (kedacore/keda pkg/scalers/kafka_scaler.go:732-738@v2.20.2), and Resource metrics for its
 * cpu/memory triggers (cpu_memory_scaler.go:110-120). Without a provider the HPA reports
 * FailedGetResourceMetric and never scales.
 */
const BY_METRIC_TYPE: Readonly<Record<string, string>> = {
  Resource: 'metrics.k8s.io/v1beta1',
  ContainerResource: 'metrics.k8s.io/v1beta1',
  Pods: 'custom.metrics.k8s.io/v1beta2',
  Object: 'custom.metrics.k8s.io/v1beta2',
  External: 'external.metrics.k8s.io/v1beta1',
};

/** `group/version` of every metrics API the autoscalers among `objects` read, with who reads it. */
export function metricsApisNeeded(objects: readonly KubeObject[]): Array<{ readonly api: string; readonly by: string }> {
  const out: Array<{ api: string; by: string }> = [];
  for (const o of objects as Array<KubeObject & { spec?: any }>) {
    const by = `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`;
    if (o.kind === 'HorizontalPodAutoscaler') for (const m of o.spec?.metrics ?? []) out.push({ api: BY_METRIC_TYPE[m.type] ?? `unknown metric type ${m.type}`, by });
    if (o.kind === 'ScaledObject') {
      for (const t of o.spec?.triggers ?? []) out.push({ api: ['cpu', 'memory'].includes(t.type) ? BY_METRIC_TYPE.Resource! : BY_METRIC_TYPE.External!, by });
    }
  }
  return out;
}
