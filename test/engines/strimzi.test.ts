import { ENTITY_OPERATOR_WATCHES_OTHER_NAMESPACE, strimzi } from '../../k8s/addons/strimzi';
import { RbacModel } from '../../k8s/engines/rbac';
import { STRIMZI_OPERATOR_RBAC } from '../../k8s/kafka/operands';
import { ENVIRONMENTS, environment, objectsOf } from '../helpers';

type Env = (typeof ENVIRONMENTS)[number];

/** The cluster operator's RBAC as the pinned chart renders it (recorded facts), for the release namespace plus `watchNamespaces`. */
function chartRbac(release: string, watchNamespaces: readonly string[]): any[] {
  const subjects = [{ kind: 'ServiceAccount', name: STRIMZI_OPERATOR_RBAC.serviceAccount, namespace: release }];
  const roles = [
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'strimzi-cluster-operator-namespaced' }, rules: STRIMZI_OPERATOR_RBAC.rbacRules },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: STRIMZI_OPERATOR_RBAC.entityOperatorClusterRole.name }, rules: STRIMZI_OPERATOR_RBAC.entityOperatorClusterRole.rules },
  ];
  const bindings = [...new Set([release, ...watchNamespaces])].flatMap((ns) => [
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'strimzi-cluster-operator', namespace: ns }, roleRef: { kind: 'ClusterRole', name: 'strimzi-cluster-operator-namespaced' }, subjects },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'strimzi-cluster-operator-entity-operator-delegation', namespace: ns }, roleRef: { kind: 'ClusterRole', name: STRIMZI_OPERATOR_RBAC.entityOperatorClusterRole.name }, subjects },
  ]);
  return [...roles, ...bindings];
}

/** The Role the operator writes for the User Operator in a watched namespace (EntityOperator.java generateRole, filtered). */
const userOperatorRules = () =>
  STRIMZI_OPERATOR_RBAC.entityOperatorClusterRole.rules
    .map((r) => ({ ...r, resources: r.resources.filter((res) => STRIMZI_OPERATOR_RBAC.userOperatorResources.some((p) => res.startsWith(p))) }))
    .filter((r) => r.resources.length > 0);

/**
 * What the Strimzi cluster operator does with the Kafka resource (EntityOperatorReconciler.java@1.2.0):
 * a watched namespace other than the cluster's needs the flag, or it deletes the Entity Operator;
 * then it writes a Role and RoleBinding there, which RBAC allows only if it may and holds the rights.
 */
function entityOperatorProblems(env: Env, objects: readonly any[], values = strimzi.values(environment(env)) as any): string[] {
  const kafka = objects.find((o) => o.kind === 'Kafka');
  const watched: string | undefined = kafka.spec.entityOperator.userOperator?.watchedNamespace;
  if (!watched || watched === kafka.metadata.namespace) return [];
  const problems: string[] = [];
  const flag = (values.extraEnvs ?? []).find((e: any) => e.name === ENTITY_OPERATOR_WATCHES_OTHER_NAMESPACE)?.value;
  if (flag !== 'true') problems.push(`the operator deletes the Entity Operator: watchedNamespace ${watched} without ${ENTITY_OPERATOR_WATCHES_OTHER_NAMESPACE}=true`);
  const rbac = new RbacModel().add(chartRbac(strimzi.namespace, values.watchNamespaces ?? [])).add(objects);
  const operator = { kind: 'ServiceAccount', name: STRIMZI_OPERATOR_RBAC.serviceAccount, namespace: strimzi.namespace };
  for (const resource of ['roles', 'rolebindings']) if (!rbac.can(operator, 'create', 'rbac.authorization.k8s.io', resource, watched)) problems.push(`the operator may not create ${resource} in ${watched}`);
  if (!rbac.holds(operator, userOperatorRules(), watched)) problems.push(`the operator does not hold the User Operator's rights in ${watched}, so Kubernetes refuses the Role it writes`);
  return problems;
}

describe('RBAC model', () => {
  const sa = { kind: 'ServiceAccount', name: 'a', namespace: 'x' };
  const model = new RbacModel().add([
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r' }, rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }] } as any,
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'b', namespace: 'y' }, roleRef: { kind: 'ClusterRole', name: 'r' }, subjects: [sa] } as any,
  ]);

  it('grants a ClusterRole bound by a RoleBinding only in that namespace', () => {
    expect(model.can(sa, 'get', '', 'secrets', 'y')).toBe(true);
    expect(model.can(sa, 'get', '', 'secrets', 'z')).toBe(false);
    expect(model.can(sa, 'list', '', 'secrets', 'y')).toBe(false);
    expect(model.can({ ...sa, namespace: 'other' }, 'get', '', 'secrets', 'y')).toBe(false);
    expect(model.holds(sa, [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }], 'y')).toBe(true);
    expect(model.holds(sa, [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'delete'] }], 'y')).toBe(false);
  });
});

describe.each(ENVIRONMENTS)('Strimzi cluster operator and the Entity Operator (%s)', (env) => {
  const objects = objectsOf(env) as any[];

  it('can set up the Entity Operator for the namespace it watches', () => {
    expect(entityOperatorProblems(env, objects)).toEqual([]);
  });

  it('would lose the Entity Operator without the flag, or without rights in the watched namespace', () => {
    const kafka = objects.find((o) => o.kind === 'Kafka');
    if (!kafka.spec.entityOperator.userOperator?.watchedNamespace) return;
    const values = strimzi.values(environment(env)) as any;
    const noFlag = { ...values, extraEnvs: values.extraEnvs.filter((e: any) => e.name !== ENTITY_OPERATOR_WATCHES_OTHER_NAMESPACE) };
    expect(entityOperatorProblems(env, objects, noFlag)).toEqual([expect.stringMatching(/deletes the Entity Operator/)]);
    const withoutAccess = objects.filter((o) => !(o.kind.startsWith('Role') && o.metadata.name.startsWith(STRIMZI_OPERATOR_RBAC.serviceAccount)));
    expect(entityOperatorProblems(env, withoutAccess)).toEqual(expect.arrayContaining([expect.stringMatching(/may not create roles/), expect.stringMatching(/does not hold/)]));
  });

  it('keeps the operator watching only its own namespace, where none of our identities may create a Kafka (the CVE-2026-55225 path)', () => {
    const values = strimzi.values(environment(env)) as any;
    expect(values.watchNamespaces).toEqual([]);
    expect(values.watchAnyNamespace).toBe(false);
    const rbac = new RbacModel().add(objects);
    const creators = rbac.subjects().filter((s) => rbac.can(s, 'create', 'kafka.strimzi.io', 'kafkas', strimzi.namespace));
    expect(creators).toEqual([]);
  });
});
