import type { PodSecurityLevel } from '../platform/pod-security';

/**
 * What Pod Security admission (the API server's built-in plugin, policy version v1.28)
 * checks on a pod: the controls of the Baseline and Restricted profiles of
 * https://kubernetes.io/docs/concepts/security/pod-security-standards/ as they apply to
 * v1.28, over the whole pod — every container, init container and volume — as it will exist
 * after every mutating webhook has run.
 */

/** The fields of a pod these checks read (a Kubernetes PodSpec, loosely typed). */
export interface PodSpecLike {
  readonly hostNetwork?: boolean;
  readonly hostPID?: boolean;
  readonly hostIPC?: boolean;
  readonly securityContext?: Record<string, any>;
  readonly containers: ReadonlyArray<Record<string, any>>;
  readonly initContainers?: ReadonlyArray<Record<string, any>>;
  readonly volumes?: ReadonlyArray<Record<string, any>>;
}

/** Capabilities Baseline allows to be added. */
const BASELINE_CAPABILITIES = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);
/** Volume types Restricted allows. */
const RESTRICTED_VOLUMES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
/** Sysctls Baseline allows (safe set, v1.28). */
const SAFE_SYSCTLS = new Set(['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes']);

function containersOf(pod: PodSpecLike): Array<Record<string, any>> {
  return [...(pod.initContainers ?? []), ...pod.containers];
}

/** Baseline violations: each names the control and the container or volume. */
export function baselineViolations(pod: PodSpecLike): string[] {
  const out: string[] = [];
  if (pod.hostNetwork) out.push('hostNetwork: true (Host Namespaces)');
  if (pod.hostPID) out.push('hostPID: true (Host Namespaces)');
  if (pod.hostIPC) out.push('hostIPC: true (Host Namespaces)');
  for (const v of pod.volumes ?? []) if (v.hostPath) out.push(`volume ${v.name}: hostPath (HostPath Volumes)`);
  for (const s of pod.securityContext?.sysctls ?? []) if (!SAFE_SYSCTLS.has(s.name)) out.push(`sysctl ${s.name} (Sysctls)`);
  if (pod.securityContext?.seccompProfile?.type === 'Unconfined') out.push('pod seccompProfile Unconfined (Seccomp)');
  for (const c of containersOf(pod)) {
    const sc = c.securityContext ?? {};
    if (sc.privileged) out.push(`container ${c.name}: privileged (Privileged Containers)`);
    for (const cap of sc.capabilities?.add ?? []) if (!BASELINE_CAPABILITIES.has(cap)) out.push(`container ${c.name}: adds capability ${cap} (Capabilities)`);
    for (const p of c.ports ?? []) if (p.hostPort) out.push(`container ${c.name}: hostPort ${p.hostPort} (Host Ports)`);
    if (sc.seccompProfile?.type === 'Unconfined') out.push(`container ${c.name}: seccompProfile Unconfined (Seccomp)`);
    if (sc.procMount && sc.procMount !== 'Default') out.push(`container ${c.name}: procMount ${sc.procMount} (/proc Mount Type)`);
  }
  return out;
}

/** Restricted violations (Baseline included). */
export function restrictedViolations(pod: PodSpecLike): string[] {
  const out = baselineViolations(pod);
  const podSc = pod.securityContext ?? {};
  for (const v of pod.volumes ?? []) {
    const type = Object.keys(v).find((k) => k !== 'name');
    if (type && !RESTRICTED_VOLUMES.has(type)) out.push(`volume ${v.name}: type ${type} (Volume Types)`);
  }
  if (podSc.runAsUser === 0) out.push('pod runAsUser 0 (Running as Non-root user)');
  for (const c of containersOf(pod)) {
    const sc = c.securityContext ?? {};
    if (sc.allowPrivilegeEscalation !== false) out.push(`container ${c.name}: allowPrivilegeEscalation is not false (Privilege Escalation)`);
    if (!(sc.runAsNonRoot === true || (sc.runAsNonRoot === undefined && podSc.runAsNonRoot === true))) out.push(`container ${c.name}: runAsNonRoot is not true (Running as Non-root)`);
    if (sc.runAsUser === 0) out.push(`container ${c.name}: runAsUser 0 (Running as Non-root user)`);
    const seccomp = sc.seccompProfile?.type ?? podSc.seccompProfile?.type;
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') out.push(`container ${c.name}: no RuntimeDefault or Localhost seccomp profile (Seccomp)`);
    const drop: string[] = sc.capabilities?.drop ?? [];
    if (!drop.includes('ALL')) out.push(`container ${c.name}: does not drop ALL capabilities (Capabilities)`);
    for (const cap of sc.capabilities?.add ?? []) if (cap !== 'NET_BIND_SERVICE') out.push(`container ${c.name}: adds capability ${cap} (Capabilities)`);
  }
  return out;
}

/** What Pod Security admission would refuse for this pod in a namespace enforcing `level`. */
export function podSecurityViolations(pod: PodSpecLike, level: PodSecurityLevel): string[] {
  if (level === 'privileged') return [];
  return level === 'baseline' ? baselineViolations(pod) : restrictedViolations(pod);
}
