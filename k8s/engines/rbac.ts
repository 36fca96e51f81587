import type { KubeObject } from '../synth/objects';

/**
 * Kubernetes RBAC authorization (rbac.authorization.k8s.io/v1): a request is allowed when a
 * RoleBinding in its namespace, or any ClusterRoleBinding, binds the subject to a role with a
 * rule matching its verb, API group and resource ('*' matches anything). Creating a Role or
 * RoleBinding additionally needs the author to hold every permission it grants, unless it has
 * `escalate`/`bind` (kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping).
 */

export interface Rule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
  readonly resourceNames?: readonly string[];
}

export interface Subject {
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
}

interface Binding {
  /** Unset for a ClusterRoleBinding. */
  readonly namespace?: string;
  readonly roleRef: { readonly kind: string; readonly name: string };
  readonly subjects: readonly Subject[];
}

const matches = (list: readonly string[], value: string) => list.includes('*') || list.includes(value);

export class RbacModel {
  private readonly roles = new Map<string, readonly Rule[]>();
  private readonly bindings: Binding[] = [];

  /** Roles and bindings as objects (rendered manifests or facts about a chart's). */
  add(objects: ReadonlyArray<KubeObject & { readonly rules?: readonly Rule[]; readonly roleRef?: any; readonly subjects?: readonly Subject[] }>): this {
    for (const o of objects) {
      if (o.kind === 'ClusterRole') this.roles.set(`ClusterRole/${o.metadata.name}`, o.rules ?? []);
      if (o.kind === 'Role') this.roles.set(`Role/${o.metadata.namespace}/${o.metadata.name}`, o.rules ?? []);
      if (o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding') {
        this.bindings.push({ namespace: o.kind === 'RoleBinding' ? o.metadata.namespace : undefined, roleRef: o.roleRef, subjects: o.subjects ?? [] });
      }
    }
    return this;
  }

  private rulesFor(subject: Subject, namespace: string | undefined): Rule[] {
    const bound = this.bindings.filter(
      (b) => (b.namespace === undefined || b.namespace === namespace) && b.subjects.some((s) => s.kind === subject.kind && s.name === subject.name && (s.namespace ?? undefined) === subject.namespace),
    );
    return bound.flatMap((b) => [...(this.roles.get(b.roleRef.kind === 'ClusterRole' ? `ClusterRole/${b.roleRef.name}` : `Role/${b.namespace}/${b.roleRef.name}`) ?? [])]);
  }

  /** May `subject` do `verb` on `group`/`resource` in `namespace` (undefined: cluster-wide)? */
  can(subject: Subject, verb: string, group: string, resource: string, namespace?: string): boolean {
    return this.rulesFor(subject, namespace).some((r) => matches(r.verbs, verb) && matches(r.apiGroups, group) && matches(r.resources, resource) && !r.resourceNames?.length);
  }

  /** Does `subject` hold every permission of `rules` in `namespace` (so it may grant them)? */
  holds(subject: Subject, rules: readonly Rule[], namespace: string): boolean {
    return rules.every((r) => r.verbs.every((v) => r.apiGroups.every((g) => r.resources.every((res) => this.can(subject, v, g, res, namespace)))));
  }

  /** Every subject bound to anything, for "who can…" questions. */
  subjects(): Subject[] {
    const seen = new Map<string, Subject>();
    for (const b of this.bindings) for (const s of b.subjects) seen.set(`${s.kind}/${s.namespace ?? ''}/${s.name}`, s);
    return [...seen.values()];
  }
}
