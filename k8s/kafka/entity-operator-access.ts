import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { STRIMZI_OPERATOR_RBAC } from './operands';

export interface EntityOperatorAccessProps {
  /** Where the Kafka cluster and its cluster operator's ServiceAccount live. */
  readonly operatorNamespace: string;
  /** The other namespace the Entity Operator watches. */
  readonly watchedNamespace: string;
}

/**
 * Lets the Strimzi cluster operator set up its Entity Operator in a namespace it does not
 * otherwise watch: write the Role and RoleBinding there, and hold the rights it delegates
 * (Kubernetes refuses a Role that grants more than its author has). Narrower than adding the
 * namespace to the chart's `watchNamespaces`, which would also let the operator reconcile
 * `Kafka` resources there (the CVE-2026-55225 path) and manage any pod in it.
 */
export class EntityOperatorAccess extends Construct {
  constructor(scope: Construct, id: string, props: EntityOperatorAccessProps) {
    super(scope, id);
    const subjects = [{ kind: 'ServiceAccount', name: STRIMZI_OPERATOR_RBAC.serviceAccount, namespace: props.operatorNamespace }];
    const rbacRole = `${STRIMZI_OPERATOR_RBAC.serviceAccount}-entity-operator-rbac`;
    new k8s.KubeRole(this, 'Rbac', {
      metadata: { name: rbacRole, namespace: props.watchedNamespace },
      rules: STRIMZI_OPERATOR_RBAC.rbacRules.map((r) => ({ apiGroups: [...r.apiGroups], resources: [...r.resources], verbs: [...r.verbs] })),
    });
    new k8s.KubeRoleBinding(this, 'RbacBinding', {
      metadata: { name: rbacRole, namespace: props.watchedNamespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: rbacRole },
      subjects,
    });
    new k8s.KubeRoleBinding(this, 'Delegation', {
      metadata: { name: `${STRIMZI_OPERATOR_RBAC.serviceAccount}-entity-operator-delegation`, namespace: props.watchedNamespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: STRIMZI_OPERATOR_RBAC.entityOperatorClusterRole.name },
      subjects,
    });
  }
}
