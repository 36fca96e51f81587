/**
 * `npm run preflight -- <local|oke> [--infra-only]`: refuses a deploy that would use a
 * placeholder, listing every problem at once (field, value, why, fix) and exiting 1. It writes
 * nothing and needs no network or cloud account: it reads the platform configuration with this
 * shell's PLATFORM_* variables, the outputs file and dist/<env>, and synthesizes the stacks
 * into a temporary folder to compare them with the outputs.
 *
 * oke: the committed gitops/edge values (dist/oke is rendered from them), the OCI settings
 *   (identifiers, allow-lists, budget e-mail), the outputs file (present, no placeholders, not
 *   older than the stacks that feed it), the Always Free guard, placeholders left in dist/oke.
 *   `--infra-only`: only what the state, network, cluster and registry stacks use (OCI settings
 *   and the guard), for their first apply — before `npm run outputs` can exist.
 * local: no OCI at all; `gitops.repoURL` (the local flow installs Argo CD, which clones it) and
 *   placeholders left in dist/local.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, parseConfig } from '../../k8s/contract/errors';
import { type Handoff, readHandoff } from '../../k8s/contract/handoff';
import { type InfraOutputs, InfraOutputsSchema, outputsFiles } from '../../k8s/contract/infra-outputs';
import { loadPlatformConfig, type PlatformConfig } from '../../k8s/contract/platform-config';
import { repoRoot } from '../../k8s/contract/repo-root';
import type { OciConfig } from '../config/oci-config';
import { STACK_IDS } from '../stacks/index';
import { HOSTED_ENVIRONMENT, synthesizeOci } from '../synthesize';
import { OUTPUT_STACKS, sha256, stackFingerprint } from './outputs';
import {
  freshnessProblems,
  guardProblems,
  identifiersArePlaceholders,
  missingOutputsProblem,
  ociProblems,
  outputsProblems,
  platformProblems,
  PREFLIGHT_ENVIRONMENTS,
  type PreflightEnvironment,
  type Problem,
  renderedProblems,
  type StackPrint,
} from './preflight-checks';

type Env = Readonly<Record<string, string | undefined>>;

export interface PreflightOptions {
  readonly environment: PreflightEnvironment;
  /** Only what the first apply of state, network, cluster and registry uses (oke). */
  readonly infraOnly?: boolean;
  /** Repository root: outputs files and dist/ are read below it. @default the repository */
  readonly root?: string;
  /** PLATFORM_* variables (OCI settings). @default process.env */
  readonly env?: Env;
  /** The platform configuration instead of the committed k8s/contract/platform.json (tests). */
  readonly platformInput?: unknown;
  /** Synthesizes the stacks and returns each one's print. @default a synth into a temporary folder */
  readonly stackPrints?: (oci: OciConfig, handoff: Handoff) => Readonly<Record<string, StackPrint>>;
}

export interface PreflightResult {
  /** One line per problem; empty when the deploy may go ahead. */
  readonly problems: readonly string[];
  /** Checks that could not run, and why (they run once the problems above are fixed). */
  readonly notes: readonly string[];
  /** What was checked and passed or failed, for the summary. */
  readonly checked: readonly string[];
}

/** The OCI variables that are identifiers: left out to read the rest when the schema refuses them. */
const IDENTIFIER_VARIABLES = ['PLATFORM_OCI_TENANCY_OCID', 'PLATFORM_OCI_COMPARTMENT_OCID'];

/**
 * Loads the platform configuration. When the schema refuses it because real identifiers came with
 * placeholders (its own checks of the API allow-list and the budget e-mail), loads it once more
 * without the identifiers so every other check still runs: every problem at once.
 */
function loadPlatform(env: Env, input: unknown): { config?: PlatformConfig; schemaProblems: string[]; withoutIdentifiers: boolean } {
  try {
    return { config: loadPlatformConfig({ env, input }), schemaProblems: [], withoutIdentifiers: false };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    const lessEnv = Object.fromEntries(Object.entries(env).filter(([k]) => !IDENTIFIER_VARIABLES.includes(k)));
    let lessInput = input;
    if (input && typeof input === 'object') {
      const clone = structuredClone(input) as { oci?: Record<string, unknown> };
      if (clone.oci) for (const key of ['tenancyOcid', 'compartmentOcid']) delete clone.oci[key];
      lessInput = clone;
    }
    try {
      return { config: loadPlatformConfig({ env: lessEnv, input: lessInput }), schemaProblems: [...err.problems], withoutIdentifiers: true };
    } catch {
      return { schemaProblems: [...err.problems], withoutIdentifiers: true };
    }
  }
}

/** Synthesizes every stack into a temporary folder (removed again) and prints each one. */
export function synthesizedStackPrints(oci: OciConfig, handoff: Handoff): Record<string, StackPrint> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-synth-'));
  try {
    synthesizeOci(oci, dir, handoff);
    const prints: Record<string, StackPrint> = {};
    for (const id of STACK_IDS) {
      const file = path.join(dir, 'stacks', id, 'cdk.tf.json');
      if (fs.existsSync(file)) prints[id] = { sha256: sha256(file), fingerprint: stackFingerprint(id, JSON.parse(fs.readFileSync(file, 'utf8'))) };
    }
    return prints;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every file of dist/<env> (relative to the root → text). */
function renderedFiles(root: string, environment: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(root, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(root, 'dist', environment));
  return out;
}

/** Runs every check of the environment and returns all problems at once. Writes nothing. */
export function preflight(options: PreflightOptions): PreflightResult {
  const { environment, infraOnly = false } = options;
  const root = options.root ?? repoRoot();
  const env = options.env ?? process.env;
  const problems: Problem[] = [];
  const schemaLines: string[] = [];
  const notes: string[] = [];
  const checked: string[] = [];
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const distDir = path.join(root, 'dist');

  // The committed configuration: what dist/<env> is rendered from (the renderer reads no variables).
  if (!infraOnly) {
    const committed = loadPlatform({}, options.platformInput);
    schemaLines.push(...committed.schemaProblems);
    if (committed.config) problems.push(...platformProblems(environment, committed.config));
    checked.push(environment === 'oke' ? 'gitops.repoURL, edge' : 'gitops.repoURL');
  }

  if (environment === 'oke') {
    const platform = loadPlatform(env, options.platformInput);
    schemaLines.push(...platform.schemaProblems.filter((l) => !schemaLines.includes(l)));
    const oci = platform.config?.oci;
    let handoff: Handoff | undefined;
    try {
      handoff = readHandoff(HOSTED_ENVIRONMENT, distDir);
    } catch (err) {
      problems.push({ field: `dist/${HOSTED_ENVIRONMENT}/handoff.json`, line: `dist/${HOSTED_ENVIRONMENT}/handoff.json: ${(err as Error).message}`, explains: [] });
    }
    let ociClean = false;
    if (oci) {
      const found = ociProblems(oci, env).filter((p) => !(platform.withoutIdentifiers && ['oci.tenancyOcid', 'oci.compartmentOcid'].includes(p.field)));
      problems.push(...found);
      checked.push('OCI settings');
      ociClean = found.length === 0 && !platform.withoutIdentifiers && !identifiersArePlaceholders(oci);
    } else {
      notes.push('OCI settings, the Always Free guard and the outputs freshness were not checked: fix the configuration errors first');
    }
    let guardClean = false;
    if (oci && handoff) {
      const guard = guardProblems(oci, handoff.demand);
      problems.push(...guard);
      checked.push('Always Free guard');
      guardClean = guard.length === 0;
    }

    if (!infraOnly) {
      const { actual, example } = outputsFiles(HOSTED_ENVIRONMENT, root);
      let outputs: InfraOutputs | undefined;
      if (!fs.existsSync(actual)) {
        const ex = parseConfig(InfraOutputsSchema, JSON.parse(fs.readFileSync(example, 'utf8')), rel(example));
        problems.push(missingOutputsProblem(rel(actual), ex, path.basename(example), 'missing'));
      } else {
        try {
          outputs = parseConfig(InfraOutputsSchema, JSON.parse(fs.readFileSync(actual, 'utf8')), rel(actual));
        } catch (err) {
          const lines = err instanceof ConfigError ? err.problems.map((p) => `${rel(actual)}: ${p}`) : [`${rel(actual)}: ${(err as Error).message}`];
          problems.push(...lines.map((line) => ({ field: rel(actual), line: `${line} — run \`npm run outputs -- oke\` again`, explains: [] })));
        }
        if (outputs?.source === 'example') {
          problems.push(missingOutputsProblem(rel(actual), outputs, path.basename(example), 'example'));
          outputs = undefined;
        }
      }
      if (outputs) {
        problems.push(...outputsProblems(rel(actual), outputs));
        if (oci && handoff && ociClean && guardClean) {
          const current = (options.stackPrints ?? synthesizedStackPrints)(oci, handoff);
          problems.push(...freshnessProblems(rel(actual), outputs, current, OUTPUT_STACKS));
          checked.push(`outputs not older than the ${OUTPUT_STACKS.join(', ')} stacks`);
        } else {
          notes.push('outputs freshness was not checked: the stacks it compares with are not final until the OCI settings and the Always Free guard pass');
        }
      }
    }
  }

  if (!infraOnly) {
    if (fs.existsSync(path.join(distDir, environment))) {
      problems.push(...renderedProblems(renderedFiles(root, environment), problems));
      checked.push(`dist/${environment}`);
    } else {
      problems.push({ field: `dist/${environment}`, line: `dist/${environment}: missing — run \`npm run synth\` and commit dist/`, explains: [] });
    }
  }

  // The schema's own line for a field is left out when a check above explains the same field.
  const fields = new Set(problems.map((p) => p.field));
  const lines = [...schemaLines.filter((l) => !fields.has(l.slice(0, l.indexOf(':')))), ...problems.map((p) => p.line)];
  return { problems: lines, notes, checked };
}

/** What `npm run preflight` prints when every check passed (docs/getting-started.md quotes it). */
export function okLine(environment: PreflightEnvironment, infraOnly: boolean, checked: readonly string[]): string {
  return `preflight ${environment}${infraOnly ? ' (infra only)' : ''}: ok (${checked.join('; ')})`;
}

/** The command: prints and returns the exit code (2: usage, 1: problems, 0: ok). */
export function runPreflight(argv: readonly string[]): number {
  const environment = argv.find((a) => !a.startsWith('--'));
  const flags = argv.filter((a) => a.startsWith('--'));
  const usage = `usage: npm run preflight -- <${PREFLIGHT_ENVIRONMENTS.join('|')}> [--infra-only]`;
  const unknown = flags.filter((f) => f !== '--infra-only');
  if (!PREFLIGHT_ENVIRONMENTS.includes(environment as PreflightEnvironment) || unknown.length > 0 || (environment === 'local' && flags.length > 0)) {
    console.error(`preflight: ${usage} (--infra-only: oke only, before the first \`npm run outputs\`)`);
    return 2;
  }
  const result = preflight({ environment: environment as PreflightEnvironment, infraOnly: flags.includes('--infra-only') });
  const scope = `${environment}${flags.includes('--infra-only') ? ' (infra only)' : ''}`;
  for (const note of result.notes) console.log(`note: ${note}`);
  if (result.problems.length > 0) {
    console.error(
      `preflight ${scope}: ${result.problems.length} problem(s) — a deploy now would use placeholders or stale values; nothing was written or applied:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    return 1;
  }
  console.log(okLine(environment as PreflightEnvironment, flags.includes('--infra-only'), result.checked));
  return 0;
}

if (require.main === module) {
  try {
    process.exit(runPreflight(process.argv.slice(2)));
  } catch (err) {
    console.error(`preflight: ${(err as Error).message}`);
    process.exit(1);
  }
}
