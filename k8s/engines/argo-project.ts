/**
 * How Argo CD 3.5.1 decides whether an Application may create an object (controller/sync.go
 * validateSyncPermissions, pkg/apis/application/v1alpha1/app_project_types.go
 * IsDestinationPermitted / IsGroupKindNamePermitted @v3.5.1): a namespaced object's
 * namespace must match a destination of the project (globs, `!` negation); a cluster-scoped
 * kind must match the clusterResourceWhitelist (an omitted or empty list permits none). One
 * object that is not permitted fails the whole sync before anything is applied.
 */

export interface ProjectSpec {
  readonly sourceRepos?: readonly string[];
  readonly destinations?: ReadonlyArray<{ readonly server?: string; readonly namespace?: string }>;
  readonly clusterResourceWhitelist?: ReadonlyArray<{ readonly group: string; readonly kind: string }>;
  readonly namespaceResourceBlacklist?: ReadonlyArray<{ readonly group: string; readonly kind: string }>;
}

/** What an Application will create: namespaced objects by namespace, and cluster-scoped kinds. */
export interface PlannedObject {
  readonly group: string;
  readonly kind: string;
  /** Undefined for a cluster-scoped object. */
  readonly namespace?: string;
  /** Where the fact comes from (a rendered file, or a chart's templates). */
  readonly source: string;
}

/** Glob match as Argo CD does it (gobwas glob: `*` matches any run of characters). */
export function globMatch(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(value);
}

function matchesWithNegation(patterns: readonly string[], value: string): boolean {
  const allow = patterns.filter((p) => !p.startsWith('!'));
  const deny = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return allow.some((p) => globMatch(p, value)) && !deny.some((p) => globMatch(p, value));
}

/** Argo CD's repository normalisation: lower case, no trailing `.git` (util/git/git.go:63-80@v3.5.1). */
export function normalizeRepo(url: string): string {
  return url.toLowerCase().replace(/\.git$/, '');
}

/** Why Argo CD would refuse an object of the Application, or undefined if permitted. */
export function refusal(project: ProjectSpec, projectName: string, server: string, o: PlannedObject): string | undefined {
  if (o.namespace === undefined) {
    const permitted = (project.clusterResourceWhitelist ?? []).some((k) => globMatch(k.group, o.group) && globMatch(k.kind, o.kind));
    return permitted ? undefined : `resource ${o.group}:${o.kind} is not permitted in project ${projectName} (${o.source})`;
  }
  if ((project.namespaceResourceBlacklist ?? []).some((k) => globMatch(k.group, o.group) && globMatch(k.kind, o.kind))) {
    return `resource ${o.group}:${o.kind} is blacklisted in project ${projectName} (${o.source})`;
  }
  const destinations = project.destinations ?? [];
  const ok = destinations.some((d) => matchesWithNegation([d.server ?? '*'], server) && matchesWithNegation(destinations.filter((x) => (x.server ?? '*') === (d.server ?? '*')).map((x) => x.namespace ?? '*'), o.namespace!));
  return ok ? undefined : `namespace ${o.namespace} is not permitted in project '${projectName}' (${o.group}:${o.kind}, ${o.source})`;
}

/** Whether the project lets the Application use this source repository. */
export function repoPermitted(project: ProjectSpec, repoURL: string): boolean {
  return matchesWithNegation((project.sourceRepos ?? []).map(normalizeRepo), normalizeRepo(repoURL));
}
