/**
 * `npm run infra:node-image [-- <node-pool-options.json>]`: shows the newest worker image
 * candidate for the configured Kubernetes version and OS major, so it can be pinned
 * (nodePool.imageOcid). Without a file it prints the OCI CLI command that writes one (and a
 * jq filter for a quick look); nothing here calls the network itself.
 */
import * as fs from 'node:fs';
import type { OciConfig } from '../config/oci-config';
import { loadOciConfig } from '../config/oci-config';
import { imageNamePattern, nodeImageCandidates, type NodeImageSource } from '../cluster/node-image';

export function fetchCommand(config: OciConfig): string {
  return `oci ce node-pool-options get --node-pool-option-id all --compartment-id ${config.compartmentOcid} --region ${config.region} --profile ${config.configFileProfile} --auth ${config.auth} > node-pool-options.json`;
}

export function jqFilter(config: OciConfig): string {
  const pattern = imageNamePattern({ kubernetesVersion: config.cluster.kubernetesVersion, osMajor: config.nodePool.imageOsVersion });
  return `jq -r '.data.sources[] | select(.["source-name"] | test("${pattern.replace(/\\/g, '\\\\')}")) | select(.["source-name"] | contains("GPU") | not) | "\\(.["source-name"]) \\(.["image-id"])"' node-pool-options.json`;
}

/** Reads the CLI's JSON (`data.sources[]` with kebab-case keys) or Terraform's (`sources[]`, snake_case). */
export function sourcesOf(json: unknown): NodeImageSource[] {
  const j = json as { data?: { sources?: unknown[] }; sources?: unknown[] };
  return (j.data?.sources ?? j.sources ?? []).map((s) => {
    const o = s as Record<string, string>;
    return { source_name: o['source-name'] ?? o.source_name ?? '', image_id: o['image-id'] ?? o.image_id ?? '' };
  });
}

export function report(config: OciConfig, sources: readonly NodeImageSource[]): string {
  const filter = { kubernetesVersion: config.cluster.kubernetesVersion, osMajor: config.nodePool.imageOsVersion };
  const [newest, ...older] = nodeImageCandidates(sources, filter);
  if (!newest) return `No Oracle Linux ${filter.osMajor} aarch64 OKE image for Kubernetes ${filter.kubernetesVersion} in the file; try nodePool.imageOsVersion "9".`;
  const pinned = config.nodePool.imageOcid;
  return [
    `newest: ${newest.source_name}`,
    `        ${newest.image_id}`,
    ...older.slice(0, 3).map((o) => `older:  ${o.source_name}`),
    pinned === newest.image_id ? 'nodePool.imageOcid already pins it.' : `pin it: set "oci.nodePool.imageOcid": "${newest.image_id}" in k8s/contract/platform.json (replaces the nodes on the next apply${pinned ? `; now ${pinned}` : ''})`,
  ].join('\n');
}

if (require.main === module) {
  const config = loadOciConfig();
  const file = process.argv[2];
  if (!file) {
    console.log(`1. ${fetchCommand(config)}\n2. npm run infra:node-image -- node-pool-options.json\n   (or look yourself: ${jqFilter(config)})`);
  } else {
    console.log(report(config, sourcesOf(JSON.parse(fs.readFileSync(file, 'utf8')))));
  }
}
