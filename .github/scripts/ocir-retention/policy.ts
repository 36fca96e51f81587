/**
 * OCIR retention rule, as pure functions so it is tested without a registry. OCI has no retention
 * setting for container repositories (none in the Terraform provider 7.1.0 either), so a scheduled
 * workflow applies this rule with the OCI CLI (main.ts).
 *
 * Per repository: keep the `keepLast` newest tagged images, every image younger than `maxAgeDays`,
 * and every image whose tag or digest the oke environment pins; delete the other tagged images.
 * Untagged images are the per-architecture manifests and attestations of a multi-arch index: delete
 * one only when it is old enough and no kept index refers to it.
 */
export interface RegistryImage {
  readonly id: string;
  readonly repository: string;
  readonly digest: string;
  /** The tag (OCIR "version"), or null for an untagged manifest. */
  readonly tag: string | null;
  readonly created: Date;
}

export interface RetentionPolicy {
  readonly keepLast: number;
  readonly maxAgeDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isOld = (image: RegistryImage, policy: RetentionPolicy, now: Date) => now.getTime() - image.created.getTime() >= policy.maxAgeDays * DAY_MS;
const newestFirst = (a: RegistryImage, b: RegistryImage) => b.created.getTime() - a.created.getTime() || a.id.localeCompare(b.id);

/** Repository name → the tags and digests an environment pins (`{ app: tag-or-digest }`). */
export function pinnedByRepository(pins: Readonly<Record<string, string>>, repositoryPrefix: string): Map<string, Set<string>> {
  return new Map(Object.entries(pins).map(([app, version]) => [`${repositoryPrefix}/${app}`, new Set([version])]));
}

/** Splits the tagged images into those to keep (their children must survive too) and those to delete. */
export function selectTagged(images: readonly RegistryImage[], policy: RetentionPolicy, pinned: ReadonlyMap<string, ReadonlySet<string>>, now: Date) {
  const keep: RegistryImage[] = [];
  const remove: RegistryImage[] = [];
  const repositories = [...new Set(images.map((i) => i.repository))].sort();
  for (const repository of repositories) {
    const pins = pinned.get(repository) ?? new Set<string>();
    const tagged = images.filter((i) => i.repository === repository && i.tag !== null).sort(newestFirst);
    tagged.forEach((image, rank) => {
      const kept = rank < policy.keepLast || !isOld(image, policy, now) || pins.has(image.tag!) || pins.has(image.digest);
      (kept ? keep : remove).push(image);
    });
  }
  return { keep, remove };
}

/** The untagged images to delete: old enough, not pinned by digest and not referenced by any kept index. */
export function selectUntagged(
  images: readonly RegistryImage[],
  policy: RetentionPolicy,
  pinned: ReadonlyMap<string, ReadonlySet<string>>,
  referenced: ReadonlySet<string>,
  now: Date,
): RegistryImage[] {
  const isPinned = (i: RegistryImage) => pinned.get(i.repository)?.has(i.digest) ?? false;
  return images.filter((i) => i.tag === null && isOld(i, policy, now) && !isPinned(i) && !referenced.has(i.digest)).sort(newestFirst);
}
