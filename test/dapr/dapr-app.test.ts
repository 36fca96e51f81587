import { Testing } from 'cdk8s';
import { testChart } from '../temp';
import { DaprApp, type DaprAppProps } from '../../k8s/dapr/dapr-app';

const props: DaprAppProps = {
  appId: 'backend',
  namespace: 'todo-app',
  image: 'fra.ocir.io/ns/todo-chatbot/backend:0123abc',
  port: 8000,
  daprConfig: 'todo-chatbot',
  resources: { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
  sidecar: { cpuRequest: '50m', cpuLimit: '300m', memoryRequest: '64Mi', memoryLimit: '256Mi' },
};

function synth(overrides: Partial<DaprAppProps> = {}) {
  const chart = testChart();
  new DaprApp(chart, 'app', { ...props, ...overrides });
  const objects = Testing.synth(chart);
  return { objects, byKind: (k: string) => objects.find((o) => o.kind === k) };
}

describe('DaprApp', () => {
  const { objects, byKind } = synth();
  const deployment = byKind('Deployment');
  const pod = deployment.spec.template;
  const container = pod.spec.containers[0];

  it('creates a ServiceAccount without an API token, a Deployment and a ClusterIP Service', () => {
    expect(objects.map((o) => o.kind)).toEqual(['ServiceAccount', 'Deployment', 'Service']);
    expect(byKind('ServiceAccount')).toMatchObject({ metadata: { name: 'backend' }, automountServiceAccountToken: false });
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    expect(byKind('Service').spec).toMatchObject({ type: 'ClusterIP', selector: { 'app.kubernetes.io/name': 'backend' }, ports: [{ port: 8000, targetPort: 'http' }] });
  });

  it('sets every Dapr annotation', () => {
    expect(pod.metadata.annotations).toEqual({
      'dapr.io/enabled': 'true',
      'dapr.io/app-id': 'backend',
      'dapr.io/app-port': '8000',
      'dapr.io/app-protocol': 'http',
      'dapr.io/config': 'todo-chatbot',
      'dapr.io/log-level': 'info',
      'dapr.io/log-as-json': 'true',
      'dapr.io/enable-metrics': 'true',
      'dapr.io/metrics-port': '9090',
      'dapr.io/sidecar-cpu-request': '50m',
      'dapr.io/sidecar-cpu-limit': '300m',
      'dapr.io/sidecar-memory-request': '64Mi',
      'dapr.io/sidecar-memory-limit': '256Mi',
      'dapr.io/sidecar-seccomp-profile-type': 'RuntimeDefault',
      'dapr.io/enable-app-health-check': 'true',
      'dapr.io/app-health-check-path': '/readyz',
      'dapr.io/app-health-probe-interval': '5',
      'dapr.io/app-health-probe-timeout': '1000',
      'dapr.io/app-health-threshold': '3',
      'dapr.io/graceful-shutdown-seconds': '20',
      'dapr.io/disable-builtin-k8s-secret-store': 'true',
    });
    expect(pod.spec.terminationGracePeriodSeconds).toBe(30);
  });

  it('rolls out without losing capacity', () => {
    expect(deployment.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
  });

  it('runs restricted: non-root, read-only root filesystem with a /tmp emptyDir, no capabilities, RuntimeDefault seccomp', () => {
    expect(pod.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } });
    expect(container.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } });
    expect(container.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
    expect(pod.spec.volumes).toEqual([{ name: 'tmp', emptyDir: { sizeLimit: '128Mi' } }]);
  });

  it('states requests and limits, and has startup, liveness (10 s) and readiness (5 s) probes', () => {
    expect(container.resources).toEqual({ requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } });
    expect(container.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.livenessProbe).toMatchObject({ httpGet: { path: '/healthz' }, periodSeconds: 10 });
    expect(container.readinessProbe).toMatchObject({ httpGet: { path: '/readyz' }, periodSeconds: 5 });
  });

  it('spreads and protects replicas only when there can be more than one', () => {
    expect(pod.spec.topologySpreadConstraints).toBeUndefined();
    expect(objects.find((o) => o.kind === 'PodDisruptionBudget')).toBeUndefined();
    const scaled = synth({ replicas: { min: 1, max: 3 } });
    expect(scaled.byKind('Deployment').spec.replicas).toBeUndefined();
    expect(scaled.byKind('Deployment').spec.template.spec.topologySpreadConstraints[0]).toMatchObject({ maxSkew: 1, topologyKey: 'kubernetes.io/hostname' });
    expect(scaled.byKind('PodDisruptionBudget')).toBeUndefined();
    const ha = synth({ replicas: { min: 2, max: 3 } });
    expect(ha.byKind('PodDisruptionBudget').spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'backend' } } });
  });

  it('refuses an unpinned image and impossible replica bounds', () => {
    expect(() => synth({ image: 'ghcr.io/acme/backend' })).toThrow(/must be pinned/);
    expect(() => synth({ replicas: { min: 3, max: 2 } })).toThrow(/1 ≤ min ≤ max/);
  });
});
