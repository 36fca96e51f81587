/**
 * Worker image selection, as terraform-oci-oke does it (root data-images.tf:5-49 and
 * modules/workers/locals.tf:110-125@v5.4.3, research W7-W10): parse each node-pool-option
 * source name, keep the OKE images of the cluster's Kubernetes version, aarch64 (A1), without
 * GPU, of the configured Oracle Linux major version, and take the newest by image date and
 * build. Sorting source names as text would put 8.9 after 8.10 and a 2025.9 build after
 * 2025.10; here the date and build are compared as numbers.
 *
 * The same rules exist twice: in TypeScript (this file: `npm run infra:node-image` and tests)
 * and as the Terraform expression the cluster stack renders (`imageSelectionLocals`), tested
 * against each other with `terraform console`.
 */

export interface NodeImageSource {
  readonly source_name: string;
  readonly image_id: string;
  readonly source_type?: string;
}

export interface ParsedImage {
  readonly os: string;
  readonly osVersion: string;
  readonly osMajor: string;
  readonly arch: 'aarch64' | 'x86_64';
  readonly gpu: boolean;
  readonly kubernetesVersion?: string;
  /** YYYYMMDD + 10-digit build: compares correctly as a string. */
  readonly sortKey?: string;
}

// Name shape: Oracle-Linux-8.10-aarch64-2025.10.01-0-OKE-1.34.1-1234
const OKE = /OKE-([0-9.]+)-([0-9]+)/;
const DATE_BUILD = /-([0-9]{4})\.([01][0-9])\.([0-9]{1,2}).*?-([0-9]+)$/;

export function parseImageName(name: string): ParsedImage {
  const os = (/^[a-zA-Z-]+/.exec(name)?.[0] ?? '').replace(/-+$/, '').replace(/-/g, ' ');
  const osVersion = /[0-9.]+/.exec(name)?.[0]?.replace(/\.$/, '') ?? '';
  const oke = OKE.exec(name);
  const d = DATE_BUILD.exec(name);
  const pad = (v: string, n: number) => v.padStart(n, '0');
  return {
    os,
    osVersion,
    osMajor: osVersion.split('.')[0] ?? '',
    arch: name.includes('aarch64') ? 'aarch64' : 'x86_64',
    gpu: name.includes('GPU'),
    kubernetesVersion: oke?.[1],
    sortKey: d ? `${d[1]}${pad(d[2]!, 2)}${pad(d[3]!, 2)}${pad(d[4]!, 10)}` : undefined,
  };
}

export interface ImageFilter {
  /** "v1.34.1" or "1.34.1". */
  readonly kubernetesVersion: string;
  /** Oracle Linux major, e.g. "8". */
  readonly osMajor: string;
}

/** The candidates, newest first. */
export function nodeImageCandidates(sources: readonly NodeImageSource[], filter: ImageFilter): Array<NodeImageSource & { parsed: ParsedImage }> {
  const version = filter.kubernetesVersion.replace(/^v/, '');
  return sources
    .map((s) => ({ ...s, parsed: parseImageName(s.source_name) }))
    .filter(({ parsed: p }) => p.os === 'Oracle Linux' && p.osMajor === filter.osMajor && p.arch === 'aarch64' && !p.gpu && p.kubernetesVersion === version && p.sortKey)
    .sort((a, b) => (a.parsed.sortKey! < b.parsed.sortKey! ? 1 : a.parsed.sortKey! > b.parsed.sortKey! ? -1 : 0));
}

/** The Terraform regex that keeps one Kubernetes version's Oracle Linux <major> aarch64 OKE images. */
export function imageNamePattern(filter: ImageFilter): string {
  const v = filter.kubernetesVersion.replace(/^v/, '').replace(/\./g, '\\.');
  return `^Oracle-Linux-${filter.osMajor}\\.[0-9.]+-aarch64-.*-OKE-${v}-[0-9]+$`;
}

/**
 * Terraform `locals` that select the image from a list of sources (`sourcesExpr`, e.g.
 * `data.oci_containerengine_node_pool_option.x.sources`): `node_image_candidates` maps a
 * numeric sort key to the image OCID; the newest is the last key after sorting.
 */
export function imageSelectionLocals(sourcesExpr: string, filter: ImageFilter): Record<string, string> {
  const pattern = imageNamePattern(filter).replace(/\\/g, '\\\\');
  const dateBuild = DATE_BUILD.source.replace(/\\/g, '\\\\');
  const key = `format("%s%02d%02d%010d", regex("${dateBuild}", s.source_name)[0], tonumber(regex("${dateBuild}", s.source_name)[1]), tonumber(regex("${dateBuild}", s.source_name)[2]), tonumber(regex("${dateBuild}", s.source_name)[3]))`;
  return {
    node_image_candidates: `\${{ for s in ${sourcesExpr} : ${key} => s.image_id if length(regexall("${pattern}", s.source_name)) > 0 && length(regexall("${dateBuild}", s.source_name)) > 0 && !strcontains(s.source_name, "GPU") }}`,
    selected_node_image_id: '${length(local.node_image_candidates) > 0 ? local.node_image_candidates[reverse(sort(keys(local.node_image_candidates)))[0]] : ""}',
  };
}
