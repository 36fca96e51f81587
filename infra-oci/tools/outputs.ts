/**
 * `npm run outputs -- oke [--from <dir>]`: reads `terraform output -json` of every applied
 * stack (or <dir>/<stack>.json files with the same content), validates the result against
 * InfraOutputsSchema and writes k8s/contract/outputs/oke.json, which `npm run synth` renders
 * the manifests from. `stacks` records the SHA-256 of each stack's cdk.tf.json so the
 * preflight can tell when the outputs are older than the code.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../../k8s/contract/errors';
import { type InfraOutputs, InfraOutputsSchema, outputsFiles } from '../../k8s/contract/infra-outputs';
import { repoRoot } from '../../k8s/contract/repo-root';
import { STACK_IDS } from '../stacks/index';
import { stackDir, terraform } from './terraform';

/** `terraform output -json`: name → { value, type, sensitive }. */
export type TerraformOutputs = Record<string, { readonly value: unknown }>;

/** Which stack output feeds which field (data: one line per fact). */
export const OUTPUT_MAP = [
  ['registry', 'repository_prefix', 'registry.repositoryPrefix'],
  ['network', 'load_balancer_public_ip', 'edge.publicIp'],
  ['network', 'api_endpoint_subnet_cidr', 'network.apiEndpointCidr'],
  ['network', 'worker_subnet_cidr', 'network.workerSubnetCidr'],
  ['network', 'load_balancer_subnet_cidr', 'network.loadBalancerSubnetCidr'],
  ['cluster', 'node_availability_domain', 'cluster.nodeAvailabilityDomain'],
  ['state', 'backup_bucket', 'backup.bucket'],
  ['state', 'backup_s3_endpoint', 'backup.s3Endpoint'],
  ['state', 'backup_region', 'backup.region'],
] as const;

/** Builds and validates the outputs file content; throws naming each missing output and its stack. */
export function infraOutputs(outputs: Readonly<Record<string, TerraformOutputs>>, stackHashes: Readonly<Record<string, string>>): InfraOutputs {
  const result: Record<string, unknown> = { source: 'terraform', stacks: { ...stackHashes } };
  const missing: string[] = [];
  for (const [stack, output, field] of OUTPUT_MAP) {
    const entry = outputs[stack]?.[output];
    if (entry === undefined) {
      missing.push(`${field}: output "${output}" of stack ${stack} is missing — apply it (cdktf deploy ${stack}) and run npm run outputs again`);
      continue;
    }
    const [group, key] = field.split('.') as [string, string];
    result[group] = { ...((result[group] as object) ?? {}), [key]: entry.value };
  }
  if (missing.length > 0) throw new Error(`cannot write the outputs file:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  return parseConfig(InfraOutputsSchema, result, 'terraform outputs');
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function main(argv: string[]): void {
  const [environment, flag, dir] = argv;
  if (environment !== 'oke') throw new Error('usage: npm run outputs -- oke [--from <dir with <stack>.json files>] (only the oke environment runs on OCI)');
  const root = repoRoot();
  const stacks = [...new Set(OUTPUT_MAP.map(([s]) => s))];
  const outputs: Record<string, TerraformOutputs> = {};
  for (const id of stacks) {
    if (flag === '--from') outputs[id] = JSON.parse(fs.readFileSync(path.join(dir ?? '.', `${id}.json`), 'utf8'));
    else {
      const r = terraform(id, ['output', '-json'], true);
      if (r.status !== 0) throw new Error(`terraform output of ${id} failed (run npm run synth:oci and terraform init in cdktf.out/stacks/${id}):\n${r.output}`);
      outputs[id] = JSON.parse(r.output.slice(r.output.indexOf('{')));
    }
  }
  const hashes = Object.fromEntries(STACK_IDS.filter((id) => fs.existsSync(path.join(stackDir(id, root), 'cdk.tf.json'))).map((id) => [id, sha256(path.join(stackDir(id, root), 'cdk.tf.json'))]));
  const content = infraOutputs(outputs, hashes);
  const target = outputsFiles(environment, root).actual;
  fs.writeFileSync(target, `${JSON.stringify(content, null, 2)}\n`);
  console.log(`${path.relative(root, target)} written from ${stacks.join(', ')}; commit it and run npm run synth`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(`outputs: ${(err as Error).message}`);
    process.exit(1);
  }
}
