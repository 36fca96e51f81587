import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import type { DaprApp } from '../dapr/dapr-app';

export interface CpuAutoscalerProps {
  readonly app: DaprApp;
  /** Average CPU utilisation (of requests) to hold. @default 70 */
  readonly targetUtilization?: number;
}

/** An `autoscaling/v2` HorizontalPodAutoscaler on CPU, bounded by the app's replicas. */
export class CpuAutoscaler extends Construct {
  constructor(scope: Construct, id: string, props: CpuAutoscalerProps) {
    super(scope, id);
    const { app } = props;
    new k8s.KubeHorizontalPodAutoscalerV2(this, 'Resource', {
      metadata: { name: app.appId, namespace: app.namespace },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: app.appId },
        minReplicas: app.replicas.min,
        maxReplicas: app.replicas.max,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: props.targetUtilization ?? 70 } } }],
        // Scale in slowly: a chat burst should not bounce replicas.
        behavior: { scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } },
      },
    });
  }
}
