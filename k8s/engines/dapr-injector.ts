import type { PodSpecLike } from './pod-security';

/**
 * What Dapr 1.18.3's sidecar injector (a mutating webhook on pod CREATE) does to a pod that
 * carries `dapr.io/enabled: "true"`, as read in dapr/dapr@v1.18.3:
 *   - pkg/injector/patcher/sidecar_container.go:236-253 (security context), :42-59 (ports),
 *     :364-382 (SSL_CERT_DIR turns non-root and the read-only root filesystem off);
 *   - pkg/injector/service/config.go:47-53,198-203 (chart values → injector env);
 *   - pkg/injector/patcher/sidecar_volumes.go:71-87 (the projected Sentry token volume);
 *   - pkg/injector/patcher/patch.go:28-34 (it never touches the pod-level security context).
 */

/** The chart values that shape the injected container (charts/dapr/charts/dapr_sidecar_injector/values.yaml). */
export interface InjectorSettings {
  /** `dapr_sidecar_injector.sidecarDropALLCapabilities` (default false). */
  readonly dropAllCapabilities: boolean;
  /** `dapr_sidecar_injector.sidecarRunAsNonRoot` (default true). */
  readonly runAsNonRoot: boolean;
  /** `dapr_sidecar_injector.sidecarReadOnlyRootFilesystem` (default true). */
  readonly readOnlyRootFilesystem: boolean;
}

/** Reads the injector settings from the Dapr chart values we pin (defaults where unset). */
export function injectorSettings(values: Record<string, any>): InjectorSettings {
  const v = values.dapr_sidecar_injector ?? {};
  return {
    dropAllCapabilities: v.sidecarDropALLCapabilities === true,
    runAsNonRoot: v.sidecarRunAsNonRoot !== false,
    readOnlyRootFilesystem: v.sidecarReadOnlyRootFilesystem !== false,
  };
}

/** The daprd container's ports (pkg/injector/consts/consts.go:25-29). */
export const DAPRD_PORTS = [
  { name: 'dapr-http', containerPort: 3500 },
  { name: 'dapr-grpc', containerPort: 50001 },
  { name: 'dapr-internal', containerPort: 50002 },
  { name: 'dapr-metrics', containerPort: 9090 },
] as const;

/** The pod as it exists after the injector ran (unchanged when Dapr is not enabled on it). */
export function injectDaprSidecar(pod: PodSpecLike, annotations: Readonly<Record<string, string>>, settings: InjectorSettings): PodSpecLike {
  if (annotations['dapr.io/enabled'] !== 'true') return pod;
  const sslCertDir = (annotations['dapr.io/env'] ?? '').split(',').some((e) => e.trim().startsWith('SSL_CERT_DIR='));
  const seccomp = annotations['dapr.io/sidecar-seccomp-profile-type'];
  const securityContext: Record<string, unknown> = {
    allowPrivilegeEscalation: false,
    runAsNonRoot: sslCertDir ? false : settings.runAsNonRoot,
    readOnlyRootFilesystem: sslCertDir ? false : settings.readOnlyRootFilesystem,
    ...(seccomp ? { seccompProfile: { type: seccomp } } : {}),
    ...(settings.dropAllCapabilities ? { capabilities: { drop: ['ALL'] } } : {}),
  };
  const resources = {
    requests: { cpu: annotations['dapr.io/sidecar-cpu-request'], memory: annotations['dapr.io/sidecar-memory-request'] },
    limits: { cpu: annotations['dapr.io/sidecar-cpu-limit'], memory: annotations['dapr.io/sidecar-memory-limit'] },
  };
  const daprd = { name: 'daprd', image: 'daprio/daprd', ports: DAPRD_PORTS.map((p) => ({ ...p })), securityContext, resources, volumeMounts: [{ name: 'dapr-identity-token', mountPath: '/var/run/secrets/dapr.io/sentrytoken', readOnly: true }] };
  const token = { name: 'dapr-identity-token', projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 7200 } }] } };
  return { ...pod, containers: [...pod.containers, daprd], volumes: [...(pod.volumes ?? []), token] };
}
