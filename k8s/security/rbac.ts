import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';

export interface SecretReaderProps {
  readonly namespace: string;
  /** The app's ServiceAccount (its Dapr sidecar reads with this identity). */
  readonly serviceAccount: string;
  /** The only Secrets it may read. */
  readonly secrets: readonly string[];
}

/** `get` on named Secrets only — what the Dapr kubernetes secret store needs for one app. */
export class SecretReader extends Construct {
  constructor(scope: Construct, id: string, props: SecretReaderProps) {
    super(scope, id);
    const name = `${props.serviceAccount}-secret-reader`;
    new k8s.KubeRole(this, 'Role', {
      metadata: { name, namespace: props.namespace },
      rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: [...props.secrets].sort(), verbs: ['get'] }],
    });
    new k8s.KubeRoleBinding(this, 'Binding', {
      metadata: { name, namespace: props.namespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: [{ kind: 'ServiceAccount', name: props.serviceAccount, namespace: props.namespace }],
    });
  }
}

/** What the CI deployer may do: watch rollouts and restart or patch workloads — nothing else (FR-H02). */
export const CI_DEPLOYER_RULES = [
  { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list', 'watch', 'patch'] },
  { apiGroups: ['apps'], resources: ['replicasets'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: [''], resources: ['pods', 'services', 'events'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['keda.sh'], resources: ['scaledobjects'], verbs: ['get', 'list', 'watch'] },
] as const;

/**
 * A ServiceAccount for the pipeline's deploy check (rollout status) and emergency
 * restarts, limited to the application namespace's workload kinds. No Secrets, no
 * create/delete: Argo CD applies the manifests, not CI.
 */
export class CiDeployer extends Construct {
  public readonly name = 'ci-deployer';

  constructor(scope: Construct, id: string, props: { readonly namespace: string }) {
    super(scope, id);
    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: { name: this.name, namespace: props.namespace }, automountServiceAccountToken: false });
    new k8s.KubeRole(this, 'Role', {
      metadata: { name: this.name, namespace: props.namespace },
      rules: CI_DEPLOYER_RULES.map((r) => ({ apiGroups: [...r.apiGroups], resources: [...r.resources], verbs: [...r.verbs] })),
    });
    new k8s.KubeRoleBinding(this, 'Binding', {
      metadata: { name: this.name, namespace: props.namespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: this.name },
      subjects: [{ kind: 'ServiceAccount', name: this.name, namespace: props.namespace }],
    });
  }
}
