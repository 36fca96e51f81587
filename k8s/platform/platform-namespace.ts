import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { KEEP_ON_DELETE } from '../gitops/argo-application';
import type { NamespaceSpec } from './namespaces';
import type { PodSecurityLevel } from './pod-security';

/** The Kubernetes minor version the Pod Security labels are pinned to (matches the API types). */
export const POD_SECURITY_VERSION = 'v1.28';

export interface PlatformNamespaceProps {
  /** The namespace's declaration from k8s/platform/namespaces.ts. */
  readonly spec: NamespaceSpec;
  /**
   * The level audited and warned about, to surface pods that could run tighter.
   * @default 'restricted'
   */
  readonly auditLevel?: PodSecurityLevel;
}

/**
 * A namespace with Pod Security admission labels: `enforce` at the declared level,
 * `audit` and `warn` at `restricted`, all pinned to the cluster's minor version so a
 * control-plane upgrade cannot silently change what is allowed.
 */
export class PlatformNamespace extends Construct {
  public readonly name: string;
  public readonly podSecurity: PodSecurityLevel;

  constructor(scope: Construct, id: string, props: PlatformNamespaceProps) {
    super(scope, id);
    const audit = props.auditLevel ?? 'restricted';
    this.name = props.spec.name;
    this.podSecurity = props.spec.podSecurity;
    if (this.podSecurity !== 'restricted' && !props.spec.exception) {
      throw new Error(`namespace "${this.name}": podSecurity "${this.podSecurity}" needs an "exception" saying why restricted is not possible`);
    }
    new k8s.KubeNamespace(this, 'Resource', {
      metadata: {
        name: this.name,
        labels: {
          'app.kubernetes.io/component': props.spec.addons[0]?.name ?? 'app',
          'pod-security.kubernetes.io/enforce': this.podSecurity,
          'pod-security.kubernetes.io/enforce-version': POD_SECURITY_VERSION,
          'pod-security.kubernetes.io/audit': audit,
          'pod-security.kubernetes.io/audit-version': POD_SECURITY_VERSION,
          'pod-security.kubernetes.io/warn': audit,
          'pod-security.kubernetes.io/warn-version': POD_SECURITY_VERSION,
        },
        annotations: {
          // Deleting or pruning an Application must never delete a namespace and all it holds.
          ...KEEP_ON_DELETE,
          'todo-chatbot/purpose': props.spec.purpose,
          ...(props.spec.exception ? { 'todo-chatbot/pod-security-exception': props.spec.exception } : {}),
        },
      },
    });
  }
}
