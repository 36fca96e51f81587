import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import type { Resources } from '../config/environment';
import { toKubeResources } from '../platform/resources';

/** Port of the daprd metrics endpoint, `dapr-metrics` (dapr/dapr pkg/injector/consts/consts.go:25-29@v1.18.3). */
export const DAPR_METRICS_PORT = 9090;
/** daprd's internal gRPC port for sidecar-to-sidecar service invocation, `dapr-internal` (same file). */
export const DAPR_INTERNAL_PORT = 50002;
/** UID/GID our containers run as (restricted Pod Security: never root). */
export const APP_UID = 10001;

export type EnvVar = { readonly name: string; readonly value: string } | { readonly name: string; readonly secretKeyRef: { readonly name: string; readonly key: string; readonly optional?: boolean } };

export interface ProbePaths {
  /** @default '/healthz' */
  readonly startup?: string;
  /** @default '/healthz' */
  readonly liveness?: string;
  /** Also the Dapr app health check path. @default '/readyz' */
  readonly readiness?: string;
}

export interface DaprAppProps {
  /** Dapr app-id; also the name of the Deployment, Service and ServiceAccount. */
  readonly appId: string;
  readonly namespace: string;
  /** Image reference, pinned (tag or digest). */
  readonly image: string;
  /** Port the app listens on (the Dapr app-port and the Service port). */
  readonly port: number;
  /** @default 'http' */
  readonly appProtocol?: 'http' | 'grpc' | 'h2c';
  /** Name of the Dapr Configuration (tracing, metrics). */
  readonly daprConfig: string;
  /** Requests and limits of the app container. */
  readonly resources: Resources;
  /** Requests and limits of the daprd sidecar. */
  readonly sidecar: Resources;
  /** @default 'info' */
  readonly logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /**
   * Replica bounds. With min < max an autoscaler owns `spec.replicas` (it is not rendered).
   * @default { min: 1, max: 1 }
   */
  readonly replicas?: { readonly min: number; readonly max: number };
  readonly probes?: ProbePaths;
  readonly env?: readonly EnvVar[];
  /**
   * Mount a Kubernetes API token (only for apps that call the API themselves).
   * @default false
   */
  readonly automountServiceAccountToken?: boolean;
  /** Seconds Dapr waits for in-flight work on shutdown. @default 20 */
  readonly gracefulShutdownSeconds?: number;
  /** Size cap of the writable /tmp (the root filesystem is read-only). @default '128Mi' */
  readonly tmpSize?: string;
  /**
   * More writable paths (memory-free emptyDirs with a size cap) the app needs besides /tmp.
   * @default - none
   */
  readonly writablePaths?: ReadonlyArray<{ readonly path: string; readonly sizeLimit: string }>;
  /**
   * docker-registry Secret the ServiceAccount pulls the image with.
   * @default - none (public registry or a local image)
   */
  readonly imagePullSecret?: string;
  /** Extra pod labels. */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * One Dapr-enabled service: a Deployment (zero-downtime rolling updates, probes,
 * restricted security context, explicit resources for the app and its sidecar), a
 * ClusterIP Service and its own ServiceAccount. Every Dapr annotation is set here, once.
 */
export class DaprApp extends Construct {
  public readonly appId: string;
  public readonly namespace: string;
  public readonly port: number;
  /** Labels selecting this app's pods. */
  public readonly selector: Readonly<Record<string, string>>;
  public readonly replicas: { readonly min: number; readonly max: number };
  public readonly deployment: k8s.KubeDeployment;
  public readonly service: k8s.KubeService;
  public readonly serviceAccount: k8s.KubeServiceAccount;
  /** The pod annotations (for tests and policies). */
  public readonly annotations: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: DaprAppProps) {
    super(scope, id);
    const replicas = props.replicas ?? { min: 1, max: 1 };
    if (replicas.min < 1 || replicas.max < replicas.min) throw new Error(`DaprApp ${props.appId}: replicas need 1 ≤ min ≤ max (got ${replicas.min}..${replicas.max})`);
    if (!/[:@]/.test(props.image.split('/').pop() ?? '')) throw new Error(`DaprApp ${props.appId}: image "${props.image}" must be pinned to a tag or digest`);
    this.appId = props.appId;
    this.namespace = props.namespace;
    this.port = props.port;
    this.replicas = replicas;
    this.selector = { 'app.kubernetes.io/name': props.appId };
    const paths = { startup: props.probes?.startup ?? '/healthz', liveness: props.probes?.liveness ?? '/healthz', readiness: props.probes?.readiness ?? '/readyz' };
    const grace = props.gracefulShutdownSeconds ?? 20;

    this.annotations = {
      'dapr.io/enabled': 'true',
      'dapr.io/app-id': props.appId,
      'dapr.io/app-port': String(props.port),
      'dapr.io/app-protocol': props.appProtocol ?? 'http',
      'dapr.io/config': props.daprConfig,
      'dapr.io/log-level': props.logLevel ?? 'info',
      'dapr.io/log-as-json': 'true',
      'dapr.io/enable-metrics': 'true',
      'dapr.io/metrics-port': String(DAPR_METRICS_PORT),
      'dapr.io/sidecar-cpu-request': props.sidecar.cpuRequest,
      'dapr.io/sidecar-cpu-limit': props.sidecar.cpuLimit,
      'dapr.io/sidecar-memory-request': props.sidecar.memoryRequest,
      'dapr.io/sidecar-memory-limit': props.sidecar.memoryLimit,
      'dapr.io/sidecar-seccomp-profile-type': 'RuntimeDefault',
      'dapr.io/enable-app-health-check': 'true',
      'dapr.io/app-health-check-path': paths.readiness,
      'dapr.io/app-health-probe-interval': '5',
      'dapr.io/app-health-probe-timeout': '1000',
      'dapr.io/app-health-threshold': '3',
      'dapr.io/graceful-shutdown-seconds': String(grace),
      // Component secrets are resolved by the operator; apps use the scoped secret store only.
      'dapr.io/disable-builtin-k8s-secret-store': 'true',
    };

    this.serviceAccount = new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: { name: props.appId, namespace: props.namespace },
      automountServiceAccountToken: props.automountServiceAccountToken ?? false,
      ...(props.imagePullSecret ? { imagePullSecrets: [{ name: props.imagePullSecret }] } : {}),
    });
    const writable = [{ name: 'tmp', path: '/tmp', sizeLimit: props.tmpSize ?? '128Mi' }, ...(props.writablePaths ?? []).map((w, i) => ({ name: `writable-${i}`, path: w.path, sizeLimit: w.sizeLimit }))];

    const httpGet = (path: string) => ({ path, port: k8s.IntOrString.fromString('http') });
    const env = (props.env ?? []).map((e) =>
      'value' in e ? { name: e.name, value: e.value } : { name: e.name, valueFrom: { secretKeyRef: { name: e.secretKeyRef.name, key: e.secretKeyRef.key, optional: e.secretKeyRef.optional } } },
    );
    const resources = toKubeResources(props.resources);
    this.deployment = new k8s.KubeDeployment(this, 'Deployment', {
      metadata: { name: props.appId, namespace: props.namespace, labels: { ...this.selector } },
      spec: {
        ...(replicas.min === replicas.max ? { replicas: replicas.min } : {}),
        revisionHistoryLimit: 5,
        selector: { matchLabels: { ...this.selector } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: k8s.IntOrString.fromNumber(1), maxUnavailable: k8s.IntOrString.fromNumber(0) } },
        template: {
          metadata: { labels: { ...this.selector, ...(props.labels ?? {}) }, annotations: { ...this.annotations } },
          spec: {
            serviceAccountName: props.appId,
            automountServiceAccountToken: props.automountServiceAccountToken ?? false,
            enableServiceLinks: false,
            terminationGracePeriodSeconds: grace + 10,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: APP_UID,
              runAsGroup: APP_UID,
              fsGroup: APP_UID,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            ...(replicas.max > 1
              ? {
                  topologySpreadConstraints: [
                    { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { ...this.selector } } },
                  ],
                }
              : {}),
            containers: [
              {
                name: props.appId,
                image: props.image,
                imagePullPolicy: 'IfNotPresent',
                ports: [{ name: 'http', containerPort: props.port, protocol: 'TCP' }],
                env: env.length > 0 ? env : undefined,
                resources: {
                  requests: { cpu: k8s.Quantity.fromString(resources.requests.cpu), memory: k8s.Quantity.fromString(resources.requests.memory) },
                  limits: { cpu: k8s.Quantity.fromString(resources.limits.cpu), memory: k8s.Quantity.fromString(resources.limits.memory) },
                },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  runAsNonRoot: true,
                  capabilities: { drop: ['ALL'] },
                },
                startupProbe: { httpGet: httpGet(paths.startup), periodSeconds: 5, failureThreshold: 30, timeoutSeconds: 2 },
                livenessProbe: { httpGet: httpGet(paths.liveness), periodSeconds: 10, failureThreshold: 3, timeoutSeconds: 2 },
                readinessProbe: { httpGet: httpGet(paths.readiness), periodSeconds: 5, failureThreshold: 3, timeoutSeconds: 2 },
                volumeMounts: writable.map((w) => ({ name: w.name, mountPath: w.path })),
              },
            ],
            volumes: writable.map((w) => ({ name: w.name, emptyDir: { sizeLimit: k8s.Quantity.fromString(w.sizeLimit) } })),
          },
        },
      },
    });

    this.service = new k8s.KubeService(this, 'Service', {
      metadata: { name: props.appId, namespace: props.namespace, labels: { ...this.selector } },
      spec: {
        type: 'ClusterIP',
        selector: { ...this.selector },
        ports: [{ name: 'http', port: props.port, targetPort: k8s.IntOrString.fromString('http'), protocol: 'TCP', appProtocol: 'http' }],
      },
    });

    // A disruption budget only where it cannot deadlock a node drain: with one replica,
    // minAvailable 1 would block every drain forever.
    if (replicas.min > 1) {
      new k8s.KubePodDisruptionBudget(this, 'DisruptionBudget', {
        metadata: { name: props.appId, namespace: props.namespace },
        spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: { ...this.selector } } },
      });
    }
  }
}
