/**
 * `npx tsx .github/scripts/ocir-retention/main.ts`: applies the retention rule of policy.ts to every
 * application repository in OCIR. Environment: OCI_COMPARTMENT_OCID, OCIR_REGISTRY
 * (<region-key>.ocir.io/<namespace>), KEEP_LAST, MAX_AGE_DAYS, DRY_RUN ('false' deletes).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { APP_NAMES } from '../../../k8s/apps/catalog';
import { REPOSITORY_PREFIX } from '../../../infra-oci/stacks/registry-stack';
import { deleteImage, indexChildren, listImages } from './oci-cli';
import { pinnedByRepository, type RegistryImage, selectTagged, selectUntagged } from './policy';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`ocir-retention: set ${name}`);
  return value;
};
const policy = { keepLast: Number(env('KEEP_LAST')), maxAgeDays: Number(env('MAX_AGE_DAYS')) };
if (!Number.isInteger(policy.keepLast) || policy.keepLast < 1 || !Number.isInteger(policy.maxAgeDays) || policy.maxAgeDays < 1) {
  throw new Error('ocir-retention: KEEP_LAST and MAX_AGE_DAYS must be whole numbers ≥ 1');
}
const dryRun = process.env.DRY_RUN !== 'false';
const registry = env('OCIR_REGISTRY');
const now = new Date();

// Never delete what the oke environment runs: the promoted tags (or digests) of k8s/environments/images/oke.json.
const okeImages = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../k8s/environments/images/oke.json'), 'utf8')) as Record<string, string>;
const pinned = pinnedByRepository(okeImages, REPOSITORY_PREFIX);

const images = APP_NAMES.flatMap((app) => listImages(env('OCI_COMPARTMENT_OCID'), `${REPOSITORY_PREFIX}/${app}`));
const { keep, remove } = selectTagged(images, policy, pinned, now);
const referenced = new Set(keep.flatMap((i) => indexChildren(`${registry}/${i.repository}@${i.digest}`)));
const doomed: RegistryImage[] = [...remove, ...selectUntagged(images, policy, pinned, referenced, now)];

console.log(`${images.length} images, keeping ${images.length - doomed.length}, deleting ${doomed.length}${dryRun ? ' (dry run)' : ''}`);
for (const image of doomed) {
  console.log(`delete ${image.repository}:${image.tag ?? '<untagged>'} ${image.digest} (${image.created.toISOString()})`);
  if (!dryRun) deleteImage(image.id);
}
