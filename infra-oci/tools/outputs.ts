/**
 * `npm run outputs -- oke [--check] [--from <dir>]`: reads `terraform output -json` of every applied
 * stack (or <dir>/<stack>.json files with the same content), validates the result against
 * InfraOutputsSchema and writes k8s/contract/outputs/oke.json, which `npm run synth` renders
 * the manifests from. `stacks` records the SHA-256 of each stack's cdk.tf.json and
 * `fingerprints` the fingerprint of what each stack applies (stackFingerprint), so the preflight
 * can tell when the outputs are older than the code.
 *
 * `--check` (what CI's apply runs after applying the stacks that produce outputs) writes nothing
 * to commit: it fails, naming each field, when the applied values differ from the committed
 * file, and otherwise refreshes only the recorded hashes in the workspace, so the preflight that
 * follows accepts stacks that changed without changing any output (an allow-list, a tag).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../../k8s/contract/errors';
import { type InfraOutputs, InfraOutputsSchema, outputsFiles } from '../../k8s/contract/infra-outputs';
import { repoRoot } from '../../k8s/contract/repo-root';
import { STACK_IDS, type StackId } from '../stacks/index';
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

/** The stacks whose outputs feed the outputs file (the others, bootstrap, consume it). */
export const OUTPUT_STACKS: readonly StackId[] = STACK_IDS.filter((id) => OUTPUT_MAP.some(([stack]) => stack === id));

/**
 * Builds and validates the outputs file content; throws naming each missing output and its stack.
 * `stackHashes`: SHA-256 of each cdk.tf.json; `fingerprints`: stackFingerprint of each.
 */
export function infraOutputs(
  outputs: Readonly<Record<string, TerraformOutputs>>,
  stackHashes: Readonly<Record<string, string>>,
  fingerprints?: Readonly<Record<string, string>>,
): InfraOutputs {
  const result: Record<string, unknown> = { source: 'terraform', stacks: { ...stackHashes }, ...(fingerprints ? { fingerprints: { ...fingerprints } } : {}) };
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

/** JSON with object keys sorted at every level: the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Provider arguments that say how Terraform signs in, not what it creates. */
const SIGN_IN_ARGUMENTS = ['config_file_profile', 'auth'];

/**
 * Fingerprint of what a stack applies, as far as the outputs file can depend on it: SHA-256 of
 * its cdk.tf.json (parsed) without what only says where state lives or how Terraform signs in —
 * the `terraform.backend` block, the connection settings of `terraform_remote_state` data
 * sources, the providers' profile and auth method, cdktf's top-level metadata (which names the
 * backend type) — and without the outputs `npm run outputs` does not read (commands such as
 * `kubeconfig_command` that name the profile). A workstation with local state or another OCI
 * CLI profile and CI with remote state thus agree, while any change to a resource, data source,
 * local, region, provider version or read output changes it. "v1" is hashed in: a change of this
 * definition makes every recorded fingerprint stale, never wrongly fresh.
 */
export function stackFingerprint(id: string, stack: unknown): string {
  const s = structuredClone(stack) as Record<string, any>;
  delete s['//'];
  if (s.terraform) delete s.terraform.backend;
  for (const remote of Object.values<Record<string, unknown>>(s.data?.terraform_remote_state ?? {})) {
    for (const key of ['backend', 'config', 'workspace']) delete remote[key];
  }
  for (const blocks of Object.values<unknown>(s.provider ?? {})) {
    for (const block of Array.isArray(blocks) ? blocks : [blocks]) for (const key of SIGN_IN_ARGUMENTS) delete (block as Record<string, unknown>)[key];
  }
  const read = new Set<string>(OUTPUT_MAP.filter(([stackId]) => stackId === id).map(([, output]) => output));
  if (s.output) s.output = Object.fromEntries(Object.entries(s.output).filter(([name]) => read.has(name)));
  return createHash('sha256').update(`stack-fingerprint-v1\n${canonical(s)}`).digest('hex');
}

/** Fields whose applied value differs from the committed file (the recorded hashes aside). */
export function changedOutputs(committed: InfraOutputs, applied: InfraOutputs): string[] {
  const out: string[] = [];
  for (const [, , field] of OUTPUT_MAP) {
    const [group, key] = field.split('.') as [string, string];
    const before = (committed as Record<string, any>)[group]?.[key];
    const after = (applied as Record<string, any>)[group]?.[key];
    if (JSON.stringify(before) !== JSON.stringify(after)) out.push(`${field}: committed ${JSON.stringify(before)}, applied ${JSON.stringify(after)}`);
  }
  return out;
}

function main(argv: string[]): void {
  const check = argv.includes('--check');
  const [environment, flag, dir] = argv.filter((a) => a !== '--check');
  if (environment !== 'oke') throw new Error('usage: npm run outputs -- oke [--check] [--from <dir with <stack>.json files>] (only the oke environment runs on OCI)');
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
  const files = STACK_IDS.map((id) => [id, path.join(stackDir(id, root), 'cdk.tf.json')] as const).filter(([, file]) => fs.existsSync(file));
  const hashes = Object.fromEntries(files.map(([id, file]) => [id, sha256(file)]));
  const fingerprints = Object.fromEntries(files.map(([id, file]) => [id, stackFingerprint(id, JSON.parse(fs.readFileSync(file, 'utf8')))]));
  const content = infraOutputs(outputs, hashes, fingerprints);
  const target = outputsFiles(environment, root).actual;
  if (check) {
    if (!fs.existsSync(target)) throw new Error(`${path.relative(root, target)} is not committed — run npm run outputs -- oke on a workstation, npm run synth, and commit both`);
    const changed = changedOutputs(parseConfig(InfraOutputsSchema, JSON.parse(fs.readFileSync(target, 'utf8')), path.relative(root, target)), content);
    if (changed.length > 0) {
      throw new Error(`the applied stacks changed what the manifests are rendered from:\n${changed.map((c) => `  - ${c}`).join('\n')}\n  fix: run npm run outputs -- oke && npm run synth, commit dist/ and the outputs file; the next run deploys them`);
    }
    fs.writeFileSync(target, `${JSON.stringify(content, null, 2)}\n`);
    console.log(`${path.relative(root, target)}: the applied outputs are the committed ones (hashes refreshed in this workspace only)`);
    return;
  }
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
