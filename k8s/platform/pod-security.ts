/** Pod Security Standards levels (https://kubernetes.io/docs/concepts/security/pod-security-standards/), least privileged last. */
export const POD_SECURITY_LEVELS = ['privileged', 'baseline', 'restricted'] as const;
export type PodSecurityLevel = (typeof POD_SECURITY_LEVELS)[number];

/** The more permissive of two levels (what a namespace must enforce for pods at both). */
export function mostPermissive(a: PodSecurityLevel, b: PodSecurityLevel): PodSecurityLevel {
  return POD_SECURITY_LEVELS.indexOf(a) <= POD_SECURITY_LEVELS.indexOf(b) ? a : b;
}
