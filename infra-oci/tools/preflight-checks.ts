/**
 * The checks of `npm run preflight -- <env>` as pure functions: configuration, outputs and
 * rendered files in, problems out. Each problem is one line in the style of ConfigError
 * (k8s/contract/errors.ts): `field (where it lives): value — why; fix`.
 * infra-oci/tools/preflight.ts reads the files and runs them.
 */
import type { CloudDemand } from '../../k8s/contract/handoff';
import type { InfraOutputs } from '../../k8s/contract/infra-outputs';
import { PLACEHOLDER } from '../../k8s/contract/oci-settings';
import { findPlaceholders, type FieldPlaceholder, placeholderTokens } from '../../k8s/contract/placeholders';
import { overrideVariables, PLATFORM_CONFIG_FILE, type PlatformConfig } from '../../k8s/contract/platform-config';
import { alwaysFreeBudget } from '../always-free/budget';
import type { OciConfig } from '../config/oci-config';
import { OUTPUT_MAP } from './outputs';

/** The environments the preflight knows: `local` (Minikube, no OCI) and `oke`. */
export const PREFLIGHT_ENVIRONMENTS = ['local', 'oke'] as const;
export type PreflightEnvironment = (typeof PREFLIGHT_ENVIRONMENTS)[number];

export interface Problem {
  /** The field (dotted path) or file the problem is about. */
  readonly field: string;
  /** The whole line: `field (where): value — why; fix`. */
  readonly line: string;
  /** Placeholder values this problem accounts for (so the rendered files are not blamed for them again). */
  readonly explains: readonly string[];
}

const show = (value: unknown): string => JSON.stringify(value);

function problem(field: string, where: string | undefined, value: unknown, why: string, fix: string, explains: readonly string[] = []): Problem {
  return { field, line: `${field}${where ? ` (${where})` : ''}: ${show(value)} — ${why}; ${fix}`, explains };
}

/** The values a placeholder finding accounts for (a rendered token is explained when one of them contains it). */
function explained(p: FieldPlaceholder): string[] {
  return typeof p.value === 'string' ? [p.value] : [...p.value];
}

/** What makes it a placeholder: "RFC 5737 documentation address 203.0.113.10", "RFC 2606 example domain example.org", "template word "your-org"". */
function describeHits(p: FieldPlaceholder): string {
  const parts = p.hits.map((h) =>
    h.kind === 'documentation-address' ? `RFC 5737 documentation address ${h.token}` : h.kind === 'example-domain' ? `RFC 2606 example domain ${h.token}` : `template word "${h.token}"`,
  );
  return [...new Set(parts)].join(', ');
}

const RENDER_AND_COMMIT = 'then `npm run synth` and commit dist/ (the manifests are rendered from the committed file: PLATFORM_* variables do not reach them)';

// ---------------------------------------------------------------------------------------
// The committed platform configuration: what dist/<env> is rendered from.

/**
 * `gitops.repoURL` for both environments (Argo CD clones it: README's local flow uses Argo CD
 * too); on `oke` also the public edge (`edge.acmeEmail`, `edge.hostname`). `local` uses a
 * self-signed issuer and a fixed nip.io name, so its edge has nothing to fill in.
 */
export function platformProblems(environment: PreflightEnvironment, platform: PlatformConfig): Problem[] {
  const out: Problem[] = [];
  for (const p of findPlaceholders({ gitops: platform.gitops }).filter((x) => x.field === 'gitops.repoURL')) {
    const withoutArgo = environment === 'local' ? '; installing without Argo CD (docs/install-without-argocd.md) needs no repository' : '';
    out.push(
      problem(
        'gitops.repoURL',
        PLATFORM_CONFIG_FILE,
        p.value,
        `Argo CD would sync a repository that is not yours (${describeHits(p)})`,
        `set it to the https URL of your fork, ${RENDER_AND_COMMIT}${withoutArgo}`,
        explained(p),
      ),
    );
  }
  if (environment === 'oke') {
    for (const p of findPlaceholders({ edge: platform.edge })) {
      if (p.field === 'edge.acmeEmail') {
        out.push(
          problem(
            p.field,
            PLATFORM_CONFIG_FILE,
            p.value,
            `Let's Encrypt refuses such an account address, so the certificate would stay pending and HTTPS would never work (${describeHits(p)})`,
            `set it to an address you read (expiry notices go there), ${RENDER_AND_COMMIT}`,
            explained(p),
          ),
        );
      } else if (p.field === 'edge.hostname') {
        out.push(
          problem(
            p.field,
            PLATFORM_CONFIG_FILE,
            p.value,
            `it does not resolve to your load balancer, so the HTTP-01 challenge would fail (${describeHits(p)})`,
            `set it to a DNS name whose A record is the load balancer's address, or remove it to use todo.<address>.nip.io; ${RENDER_AND_COMMIT}`,
            explained(p),
          ),
        );
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The OCI settings: the committed `oci` section with the PLATFORM_* variables of this shell.

/** Where an `oci.…` field is set: its variable when this shell sets it, else the file or the variable. */
function ociWhere(field: string, env: Readonly<Record<string, string | undefined>>): { where: string; variable: string } {
  const path = field.split('.');
  const v = overrideVariables()
    .filter((o) => o.path.every((k, i) => path[i] === k))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const variable = v?.variable ?? 'PLATFORM_…';
  return { variable, where: env[variable] ? variable : `${PLATFORM_CONFIG_FILE} or ${variable}` };
}

const OCI_ADVICE: Readonly<Record<string, { why: string; fix: (variable: string) => string }>> = {
  'oci.tenancyOcid': {
    why: 'a placeholder OCID: OCI would reject every request of the stacks',
    fix: (v) => `export ${v}=<your tenancy OCID> (OCI console: Profile → Tenancy; in CI a repository variable, never committed)`,
  },
  'oci.compartmentOcid': {
    why: 'a placeholder OCID: there is no compartment to create the resources in',
    fix: (v) => `export ${v}=<compartment OCID> (the tenancy OCID uses the root compartment; in CI a repository variable)`,
  },
  'oci.cluster.apiEndpoint.allowedCidrs': {
    why: 'documentation addresses are never routed on the internet, so nobody (not you, not CI) could reach the Kubernetes API',
    fix: (v) => `export ${v}="$(curl -s ifconfig.me)/32" (plus the CI runners' egress ranges if CI applies the bootstrap stack), and drop the documentation range`,
  },
  'oci.network.loadBalancerAllowedCidrs': {
    why: 'documentation addresses are never routed on the internet, so nobody could reach the app through the load balancer',
    fix: (v) => `set ${v} to the ranges allowed to reach ports 80 and 443 (the default is 0.0.0.0/0)`,
  },
  'oci.budget.alertEmail': {
    why: 'budget alerts sent there reach nobody, so a charge would go unnoticed',
    fix: (v) => `export ${v}=<an address you read>`,
  },
};

/** Placeholders in the OCI settings a deploy would use: identifiers, allow-lists, addresses, e-mail. */
export function ociProblems(oci: OciConfig, env: Readonly<Record<string, string | undefined>>): Problem[] {
  return findPlaceholders(oci, ['oci']).map((p) => {
    const { where, variable } = ociWhere(p.field, env);
    const advice = OCI_ADVICE[p.field];
    return advice
      ? problem(p.field, where, p.value, `${advice.why} (${describeHits(p)})`, advice.fix(variable), explained(p))
      : problem(p.field, where, p.value, `a placeholder a deploy would use (${describeHits(p)})`, `set ${variable} (or the field in ${PLATFORM_CONFIG_FILE}) to your real value`, explained(p));
  });
}

/** True when the OCI identifiers are still the offline placeholders (nothing real to compare with yet). */
export function identifiersArePlaceholders(oci: OciConfig): boolean {
  return [oci.tenancyOcid, oci.compartmentOcid].some((id) => id.includes(PLACEHOLDER));
}

// ---------------------------------------------------------------------------------------
// The outputs of the applied stacks (k8s/contract/outputs/oke.json).

const APPLY_AND_READ = 'apply the stacks (docs/getting-started.md), then `npm run outputs -- oke && npm run synth` and commit k8s/contract/outputs/oke.json and dist/';

/** The outputs file is missing (the manifests were rendered from the example) or still marked as the example. */
export function missingOutputsProblem(file: string, example: InfraOutputs, exampleFile: string, reason: 'missing' | 'example'): Problem {
  const placeholders = findPlaceholders(example);
  const shown = placeholders.map((p) => `${p.field} ${show(p.value)}`).join(', ');
  return {
    field: file,
    line: `${file}: ${reason === 'missing' ? `missing (only ${exampleFile} exists)` : '"source": "example"'} — dist/oke is rendered from the offline example's placeholders (${shown}); ${APPLY_AND_READ}`,
    explains: placeholders.flatMap(explained),
  };
}

/** Placeholders inside an outputs file read from Terraform (hand edits, or stacks applied with placeholders). */
export function outputsProblems(file: string, outputs: InfraOutputs): Problem[] {
  return findPlaceholders({ registry: outputs.registry, edge: outputs.edge, network: outputs.network, cluster: outputs.cluster, backup: outputs.backup }).map((p) => {
    const source = OUTPUT_MAP.find(([, , field]) => field === p.field);
    const from = source ? `output ${source[1]} of the ${source[0]} stack` : 'the stacks';
    return problem(
      p.field,
      file,
      p.value,
      `the manifests would use a placeholder instead of what ${from} says (${describeHits(p)})`,
      `run \`npm run outputs -- oke\` again against the applied stacks (never edit the file by hand), then \`npm run synth\` and commit`,
      explained(p),
    );
  });
}

/** What a fresh synth of one stack gives: its file's SHA-256 and its fingerprint (stackFingerprint). */
export interface StackPrint {
  readonly sha256: string;
  readonly fingerprint: string;
}

const short = (hash: string | undefined) => (hash ? `${hash.slice(0, 12)}…` : 'none');

/**
 * Outputs older than the stacks: for each stack that feeds the outputs, the fingerprint recorded
 * by `npm run outputs` must equal the one of the stack the code synthesizes now (files written
 * before fingerprints existed: the SHA-256 of cdk.tf.json).
 */
export function freshnessProblems(file: string, outputs: InfraOutputs, current: Readonly<Record<string, StackPrint>>, stacks: readonly string[]): Problem[] {
  const out: Problem[] = [];
  const byFingerprint = outputs.fingerprints !== undefined;
  for (const id of stacks) {
    const recorded = byFingerprint ? outputs.fingerprints![id] : outputs.stacks[id];
    const now = byFingerprint ? current[id]?.fingerprint : current[id]?.sha256;
    const field = `${byFingerprint ? 'fingerprints' : 'stacks'}.${id}`;
    if (recorded === undefined) {
      out.push(problem(field, file, null, `the outputs record nothing of the ${id} stack, so they cannot be shown to match it`, `apply ${id}, then run \`npm run outputs -- oke\` after \`npm run synth:oci\` (it fingerprints cdktf.out/stacks/${id}), \`npm run synth\` and commit`));
    } else if (recorded !== now) {
      out.push(
        problem(
          field,
          file,
          short(recorded),
          `the outputs were read from a ${id} stack that differs from the one the code synthesizes now (${short(now)}): the outputs are older than the stacks${byFingerprint ? '' : ' (this file predates fingerprints, so even another state backend or OCI CLI profile counts as a change)'}`,
          `apply ${id} (\`npx cdktf deploy ${id}\` or \`terraform -chdir=cdktf.out/stacks/${id} apply\`), then \`npm run outputs -- oke && npm run synth\` and commit — or, if nothing was meant to change, synthesize with the PLATFORM_OCI_* values used when the outputs were written`,
        ),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The Always Free guard (infra-oci/always-free/budget.ts), reused as it is.

/** Every Always Free violation of the configuration plus what dist/oke asks for, as problems. */
export function guardProblems(oci: OciConfig, demand: CloudDemand): Problem[] {
  return alwaysFreeBudget(oci, demand).flatMap((l) => (l.violation ? [{ field: l.resource, line: `Always Free guard — ${l.violation}`, explains: [] }] : []));
}

// ---------------------------------------------------------------------------------------
// The rendered files: what is actually deployed.

/**
 * Placeholders in dist/<env> that no problem above accounts for: the files were rendered
 * from placeholders the sources no longer hold (edited, but not synthesized and committed).
 */
export function renderedProblems(files: ReadonlyMap<string, string>, explainedBy: readonly Problem[]): Problem[] {
  const known = explainedBy.flatMap((p) => p.explains).map((e) => e.toLowerCase());
  const out: Problem[] = [];
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const unexplained = placeholderTokens(text).filter((t) => !known.some((k) => k.includes(t)));
    if (unexplained.length === 0) continue;
    out.push({
      field: file,
      line: `${file}: ${unexplained.map(show).join(', ')} — rendered from placeholders that ${PLATFORM_CONFIG_FILE} and the outputs file no longer hold: dist/ is older than its sources; run \`npm run synth\` and commit dist/ (\`npm run drift\` lists every stale file)`,
      explains: unexplained,
    });
  }
  return out;
}
