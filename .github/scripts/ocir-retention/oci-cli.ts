/**
 * The OCI CLI and docker calls of the retention job, and the parsing of their JSON. The CLI reads
 * its credentials from the OCI_CLI_* environment variables; docker must be logged in to OCIR.
 */
import { execFileSync } from 'node:child_process';
import { z } from 'zod';
import type { RegistryImage } from './policy';

// `oci artifacts container image list --all` prints { data: { items: [...] } } (kebab-case keys).
const ImageList = z.object({
  data: z.object({
    items: z.array(
      z.object({
        id: z.string(),
        'repository-name': z.string(),
        digest: z.string(),
        version: z.string().nullish(),
        'time-created': z.string(),
        'lifecycle-state': z.string(),
      }),
    ),
  }),
});

/** Parses the CLI's listing; images being deleted already are left out. */
export function parseImageList(json: string): RegistryImage[] {
  if (json.trim() === '') return []; // the CLI prints nothing when a repository is empty
  return ImageList.parse(JSON.parse(json))
    .data.items.filter((i) => i['lifecycle-state'] === 'AVAILABLE')
    .map((i) => ({ id: i.id, repository: i['repository-name'], digest: i.digest, tag: i.version ?? null, created: new Date(i['time-created']) }));
}

/** Digests an image index refers to (per-architecture images and attestation manifests). */
export function parseIndexChildren(rawManifest: string): string[] {
  const manifest = JSON.parse(rawManifest) as { manifests?: { digest: string }[] };
  return (manifest.manifests ?? []).map((m) => m.digest);
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

export function listImages(compartmentId: string, repository: string): RegistryImage[] {
  return parseImageList(run('oci', ['artifacts', 'container', 'image', 'list', '--compartment-id', compartmentId, '--repository-name', repository, '--all']));
}

export function indexChildren(reference: string): string[] {
  return parseIndexChildren(run('docker', ['buildx', 'imagetools', 'inspect', '--raw', reference]));
}

export function deleteImage(imageId: string): void {
  run('oci', ['artifacts', 'container', 'image', 'delete', '--image-id', imageId, '--force']);
}
