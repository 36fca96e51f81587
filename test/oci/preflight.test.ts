// Issue 15 items 4–6: `npm run preflight -- <env>` refuses a deploy that would use a placeholder.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { STACK_IDS } from '../../infra-oci/stacks/index';
import { infraOutputs, OUTPUT_STACKS, stackFingerprint } from '../../infra-oci/tools/outputs';
import { sharedResult } from '../helpers';
import { okLine, preflight, type PreflightOptions, runPreflight, synthesizedStackPrints } from '../../infra-oci/tools/preflight';
import type { StackPrint } from '../../infra-oci/tools/preflight-checks';
import type { Handoff } from '../../k8s/contract/handoff';
import { type InfraOutputs, InfraOutputsSchema, OUTPUTS_DIR } from '../../k8s/contract/infra-outputs';
import { deepMerge } from '../../k8s/contract/merge';
import type { OciConfig } from '../../k8s/contract/oci-settings';
import { loadPlatformConfig } from '../../k8s/contract/platform-config';
import committedPlatform from '../../k8s/contract/platform.json';
import example from '../../k8s/contract/outputs/oke.example.json';
import { environmentInputs, loadEnvironments } from '../../k8s/environments';
import { renderEnvironment, serializeEnvironment } from '../../k8s/synth/render';
import { tempDirs } from '../temp-dirs';

const ROOT = path.resolve(__dirname, '..', '..');
const tempDir = tempDirs();

/** A fork with its own values: the committed template plus the two values the manifests need. */
const FILLED_PLATFORM = deepMerge(committedPlatform, {
  gitops: { repoURL: 'https://github.com/acme-labs/todo-chatbot-platform.git' },
  edge: { acmeEmail: 'ops@acme-labs.dev' },
});
/** The shell of someone deploying: identifiers and the two values refused once they are real. */
const FILLED_ENV: Record<string, string> = {
  PLATFORM_OCI_TENANCY_OCID: 'ocid1.tenancy.oc1..aaaaaaaa7kq3acmelabs',
  PLATFORM_OCI_COMPARTMENT_OCID: 'ocid1.compartment.oc1..aaaaaaaa2xbacmelabs',
  PLATFORM_OCI_CLUSTER_API_ENDPOINT_ALLOWED_CIDRS: '84.17.42.9/32',
  PLATFORM_OCI_BUDGET_ALERT_EMAIL: 'billing@acme-labs.dev',
};
/** What `npm run outputs -- oke` reads from applied stacks (fingerprints are added per scenario). */
const APPLIED: InfraOutputs = {
  source: 'terraform',
  stacks: {},
  registry: { repositoryPrefix: 'fra.ocir.io/axaxnpcrorw5/todo-chatbot' },
  edge: { publicIp: '130.61.77.20' },
  network: example.network,
  cluster: example.cluster,
  backup: { ...example.backup, s3Endpoint: 'https://axaxnpcrorw5.compat.objectstorage.eu-frankfurt-1.oraclecloud.com' },
};

/** Synthesizing the stacks takes seconds: once per distinct configuration. */
const printCache = new Map<string, Readonly<Record<string, StackPrint>>>();
function prints(oci: OciConfig, handoff: Handoff): Readonly<Record<string, StackPrint>> {
  const key = JSON.stringify(oci);
  if (!printCache.has(key)) printCache.set(key, sharedResult('stack-prints', { oci, handoff }, () => synthesizedStackPrints(oci, handoff)));
  return printCache.get(key)!;
}
const ociOf = (env: Record<string, string>, platform: unknown = FILLED_PLATFORM) => loadPlatformConfig({ env, input: platform }).oci;

/** dist/ rendered (in memory, then written) from a platform configuration and outputs, as `npm run synth` would. */
function renderDist(platformInput: unknown, outputs: InfraOutputs): string {
  const dir = tempDir('preflight-dist-');
  const envs = loadEnvironments(environmentInputs({ platform: loadPlatformConfig({ input: platformInput }), outputs }));
  for (const env of envs) {
    for (const [file, content] of serializeEnvironment(renderEnvironment(env))) {
      const target = path.join(dir, env.name, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
  }
  return dir;
}
const FILLED_DIST = renderDist(FILLED_PLATFORM, APPLIED);
const handoffOf = (dist: string): Handoff => JSON.parse(fs.readFileSync(path.join(dist, 'oke', 'handoff.json'), 'utf8'));

/** Outputs as `npm run outputs` writes them right after applying with `env`: fingerprints of those stacks. */
function freshOutputs(env: Record<string, string> = FILLED_ENV): InfraOutputs {
  const p = prints(ociOf(env), handoffOf(FILLED_DIST));
  return {
    ...APPLIED,
    stacks: Object.fromEntries(Object.entries(p).map(([id, x]) => [id, x.sha256])),
    fingerprints: Object.fromEntries(Object.entries(p).map(([id, x]) => [id, x.fingerprint])),
  };
}

interface Scenario {
  readonly environment?: 'local' | 'oke';
  readonly infraOnly?: boolean;
  readonly platform?: Record<string, unknown>;
  readonly env?: Record<string, string | undefined>;
  /** The outputs file's content; `null`: no file (only the example). */
  readonly outputs?: unknown;
  /** The dist/ folder to copy in (default: rendered from the filled configuration). */
  readonly dist?: string;
  readonly editDist?: (root: string) => void;
}

/** A repository root in a temp folder (outputs file, example, dist/), and the preflight's problems for it. */
function run(s: Scenario = {}): ReturnType<typeof preflight> {
  const root = tempDir('preflight-root-');
  fs.mkdirSync(path.join(root, OUTPUTS_DIR), { recursive: true });
  fs.copyFileSync(path.join(ROOT, OUTPUTS_DIR, 'oke.example.json'), path.join(root, OUTPUTS_DIR, 'oke.example.json'));
  const outputs = s.outputs === undefined ? freshOutputs() : s.outputs;
  if (outputs !== null) fs.writeFileSync(path.join(root, OUTPUTS_DIR, 'oke.json'), `${JSON.stringify(outputs, null, 2)}\n`);
  // Read-only scenarios share one dist/ (a link); only an edited one gets its own copy.
  if (s.editDist) fs.cpSync(s.dist ?? FILLED_DIST, path.join(root, 'dist'), { recursive: true });
  else fs.symlinkSync(s.dist ?? FILLED_DIST, path.join(root, 'dist'), 'dir');
  s.editDist?.(root);
  const env = Object.fromEntries(Object.entries({ ...FILLED_ENV, ...s.env }).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const options: PreflightOptions = { environment: s.environment ?? 'oke', infraOnly: s.infraOnly, root, env, platformInput: s.platform ?? FILLED_PLATFORM, stackPrints: prints };
  return preflight(options);
}
const problemsOf = (s: Scenario = {}) => run(s).problems;

const withPlatform = (over: Record<string, unknown>) => deepMerge(FILLED_PLATFORM, over);
const withOutputs = (over: Record<string, unknown>) => deepMerge(freshOutputs() as unknown as Record<string, unknown>, over);

describe('preflight: a fully filled configuration with fresh outputs', () => {
  const guide = fs.readFileSync(path.join(ROOT, 'docs', 'getting-started.md'), 'utf8');

  it('passes on oke, having checked the configuration, the outputs against the stacks, the guard and dist/oke', () => {
    const result = run();
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.checked).toEqual(expect.arrayContaining([`outputs not older than the ${OUTPUT_STACKS.join(', ')} stacks`, 'Always Free guard', 'dist/oke']));
    expect(guide).toContain(okLine('oke', false, result.checked)); // what the guide says you will see
  });

  it('passes on local without any OCI variable or outputs file (local uses no OCI)', () => {
    const result = run({ environment: 'local', env: Object.fromEntries(Object.keys(FILLED_ENV).map((k) => [k, undefined])), outputs: null });
    expect(result.problems).toEqual([]);
    expect(guide).toContain(okLine('local', false, result.checked));
  });

  it('passes before the first `npm run outputs` with --infra-only, which checks only what the first stacks use', () => {
    const result = run({ infraOnly: true, outputs: null, platform: withPlatform({ gitops: { repoURL: committedPlatform.gitops.repoURL } }) });
    expect(result.problems).toEqual([]);
    expect(guide).toContain(okLine('oke', true, result.checked));
  });

  it('agrees with outputs written under another state backend and OCI CLI profile (CI vs workstation)', () => {
    const ci = { PLATFORM_OCI_STATE_NAMESPACE: 'axaxnpcrorw5', PLATFORM_OCI_CONFIG_FILE_PROFILE: 'ci', PLATFORM_OCI_AUTH: 'security_token' };
    const written = freshOutputs(); // local state, DEFAULT profile
    expect(freshOutputs({ ...FILLED_ENV, ...ci }).stacks.network).not.toBe(written.stacks.network); // the raw files differ…
    expect(problemsOf({ env: ci, outputs: written })).toEqual([]); // …what they apply does not
  });
});

describe('preflight: one problem per placeholder, naming the field, its value and the fix', () => {
  const TEMPLATE_REPO = committedPlatform.gitops.repoURL;
  it.each<[string, Scenario, string, string]>([
    ['the template repository (your-org)', { platform: withPlatform({ gitops: { repoURL: TEMPLATE_REPO } }) }, 'gitops.repoURL (k8s/contract/platform.json)', TEMPLATE_REPO],
    ['a repoURL placeholder on local too', { environment: 'local', platform: withPlatform({ gitops: { repoURL: 'https://github.com/replace-me/todo.git' } }) }, 'gitops.repoURL', 'replace-me'],
    ['the template ACME e-mail (replace-me)', { platform: withPlatform({ edge: { acmeEmail: 'replace-me@acme-labs.dev' } }) }, 'edge.acmeEmail', 'replace-me@acme-labs.dev'],
    ['an ACME e-mail at example.org', { platform: withPlatform({ edge: { acmeEmail: 'ops@example.org' } }) }, 'edge.acmeEmail', 'ops@example.org'],
    ['an ACME e-mail at example.com', { platform: withPlatform({ edge: { acmeEmail: 'ops@example.com' } }) }, 'edge.acmeEmail', 'ops@example.com'],
    ['an ACME e-mail at example.net', { platform: withPlatform({ edge: { acmeEmail: 'ops@mail.example.net' } }) }, 'edge.acmeEmail', 'ops@mail.example.net'],
    ['a host name under example.com', { platform: withPlatform({ edge: { hostname: 'todo.example.com' } }) }, 'edge.hostname', 'todo.example.com'],
    ['the placeholder tenancy OCID', { env: { PLATFORM_OCI_TENANCY_OCID: undefined } }, 'oci.tenancyOcid (k8s/contract/platform.json or PLATFORM_OCI_TENANCY_OCID)', 'placeholder-set-platform-oci-tenancy-ocid'],
    ['the placeholder compartment OCID', { env: { PLATFORM_OCI_COMPARTMENT_OCID: undefined } }, 'oci.compartmentOcid', 'placeholder-set-platform-oci-compartment-ocid'],
    ['the template API allow-list 203.0.113.0/24', { env: { PLATFORM_OCI_CLUSTER_API_ENDPOINT_ALLOWED_CIDRS: undefined } }, 'oci.cluster.apiEndpoint.allowedCidrs', '203.0.113.0/24'],
    ['an API allow-list of 198.51.100.0/24 only', { env: { PLATFORM_OCI_CLUSTER_API_ENDPOINT_ALLOWED_CIDRS: '198.51.100.0/24' } }, 'oci.cluster.apiEndpoint.allowedCidrs (PLATFORM_OCI_CLUSTER_API_ENDPOINT_ALLOWED_CIDRS)', '198.51.100.0/24'],
    ['a documentation address among real ones', { env: { PLATFORM_OCI_CLUSTER_API_ENDPOINT_ALLOWED_CIDRS: '84.17.42.9/32,192.0.2.10/32' } }, 'oci.cluster.apiEndpoint.allowedCidrs', '192.0.2.10/32'],
    ['a load balancer allow-list of documentation addresses', { env: { PLATFORM_OCI_NETWORK_LOAD_BALANCER_ALLOWED_CIDRS: '203.0.113.0/24' } }, 'oci.network.loadBalancerAllowedCidrs', '203.0.113.0/24'],
    ['the placeholder budget e-mail', { env: { PLATFORM_OCI_BUDGET_ALERT_EMAIL: undefined } }, 'oci.budget.alertEmail', 'budget-alerts-placeholder@example.org'],
    ['a budget e-mail at example.net', { env: { PLATFORM_OCI_BUDGET_ALERT_EMAIL: 'alerts@example.net' } }, 'oci.budget.alertEmail (PLATFORM_OCI_BUDGET_ALERT_EMAIL)', 'alerts@example.net'],
    ['a documentation load balancer address in the outputs', { outputs: withOutputs({ edge: { publicIp: '192.0.2.44' } }) }, 'edge.publicIp (k8s/contract/outputs/oke.json)', '192.0.2.44'],
    ['the template OCIR tenancy namespace in the outputs', { outputs: withOutputs({ registry: { repositoryPrefix: 'fra.ocir.io/your-tenancy-namespace/todo-chatbot' } }) }, 'registry.repositoryPrefix (k8s/contract/outputs/oke.json)', 'your-tenancy-namespace'],
    ['the template namespace in the backup endpoint', { outputs: withOutputs({ backup: { s3Endpoint: example.backup.s3Endpoint } }) }, 'backup.s3Endpoint', 'yourtenancynamespace'],
  ])('%s', (_label, scenario, field, value) => {
    const problems = problemsOf(scenario);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.startsWith(field)).toBe(true);
    expect(problems[0]).toMatch(/^[\w.]+( \([^)]+\))?: /);
    expect(problems[0]).toContain(value);
    expect(problems[0]).toMatch(/ — .+; .+/); // why; fix
  });
});

describe('preflight: outputs missing or older than the stacks', () => {
  it('fails when only the example exists, naming the file and the example placeholders dist/oke would carry', () => {
    const problems = problemsOf({ outputs: null });
    expect(problems).toEqual([expect.stringMatching(/^k8s\/contract\/outputs\/oke\.json: missing \(only oke\.example\.json exists\) — .*203\.0\.113\.10.*; apply the stacks .*npm run outputs -- oke/)]);
  });

  it('fails when the outputs file is still marked as the example', () => {
    expect(problemsOf({ outputs: example })).toEqual([expect.stringMatching(/^k8s\/contract\/outputs\/oke\.json: "source": "example" — /)]);
  });

  it('fails when a stack that feeds the outputs changed since they were read (another load balancer subnet)', () => {
    const problems = problemsOf({ env: { PLATFORM_OCI_NETWORK_LOAD_BALANCER_SUBNET_CIDR: '10.0.33.0/24' } });
    expect(problems).toEqual([expect.stringMatching(/^fingerprints\.network \(k8s\/contract\/outputs\/oke\.json\): "[0-9a-f]{12}…" — the outputs were read from a network stack that differs .*; apply network .*npm run outputs -- oke/)]);
  });

  it('fails when the outputs record no fingerprint of a stack that feeds them', () => {
    const outputs = freshOutputs();
    const { registry: _dropped, ...rest } = outputs.fingerprints!;
    expect(problemsOf({ outputs: { ...outputs, fingerprints: rest } })).toEqual([expect.stringMatching(/^fingerprints\.registry .*record nothing of the registry stack/)]);
  });

  it('still reads files written before fingerprints existed, comparing the SHA-256 of each cdk.tf.json', () => {
    const { fingerprints: _none, ...old } = freshOutputs();
    expect(InfraOutputsSchema.safeParse(old).success).toBe(true);
    expect(problemsOf({ outputs: old })).toEqual([]);
    expect(problemsOf({ outputs: { ...old, stacks: { ...old.stacks, cluster: 'c'.repeat(64) } } })).toEqual([expect.stringMatching(/^stacks\.cluster .*predates fingerprints/)]);
  });

  it('ignores the bootstrap stack, which consumes the outputs instead of producing them', () => {
    const outputs = freshOutputs();
    expect(OUTPUT_STACKS).not.toContain('bootstrap');
    expect(problemsOf({ outputs: { ...outputs, fingerprints: { ...outputs.fingerprints, bootstrap: 'b'.repeat(64) } } })).toEqual([]);
  });
});

describe('preflight: the Always Free guard', () => {
  it('fails with the guard’s own message when the node pool would be billed', () => {
    const result = run({ env: { PLATFORM_OCI_NODE_POOL_OCPUS_PER_NODE: '4' } });
    expect(result.problems).toEqual([expect.stringMatching(/^Always Free guard — A1 OCPUs: nodePool\.nodeCount × nodePool\.ocpusPerNode = 1 × 4 = 4 exceeds the Always Free 2/)]);
    expect(result.notes).toEqual([expect.stringMatching(/outputs freshness was not checked/)]);
  });

  it('fails when dist/oke claims more volumes than are free (the guard reads the rendered handoff)', () => {
    const editDist = (root: string) => {
      const file = path.join(root, 'dist', 'oke', 'handoff.json');
      const handoff = JSON.parse(fs.readFileSync(file, 'utf8'));
      handoff.demand.volumes = [1, 2, 3].map((i) => ({ namespace: 'todo-app', owner: `PersistentVolumeClaim todo-app/extra-${i}`, requestedGb: 60 }));
      fs.writeFileSync(file, JSON.stringify(handoff));
    };
    expect(problemsOf({ editDist })).toEqual([expect.stringMatching(/^Always Free guard — block storage: .*/), expect.stringMatching(/^Always Free guard — block volumes: the oke manifests claim 3 persistent volumes/)]);
  });
});

describe('preflight: every problem at once, nothing written', () => {
  it('lists the placeholders of the template, the OCI settings, the outputs and the guard together', () => {
    const problems = problemsOf({ platform: committedPlatform, env: { ...Object.fromEntries(Object.keys(FILLED_ENV).map((k) => [k, undefined])), PLATFORM_OCI_NODE_POOL_NODE_COUNT: '2' }, outputs: null, dist: path.join(ROOT, 'dist') });
    const fields = problems.map((p) => p.slice(0, p.search(/[ :]/)));
    expect(fields).toEqual(['gitops.repoURL', 'edge.acmeEmail', 'oci.tenancyOcid', 'oci.compartmentOcid', 'oci.cluster.apiEndpoint.allowedCidrs', 'oci.budget.alertEmail', 'Always', 'Always', 'k8s/contract/outputs/oke.json']);
  });

  it('reports schema refusals (real identifiers with template values) together with everything else', () => {
    const problems = problemsOf({ env: { PLATFORM_OCI_CLUSTER_API_ENDPOINT_ALLOWED_CIDRS: undefined, PLATFORM_OCI_BUDGET_ALERT_EMAIL: undefined }, platform: withPlatform({ edge: { acmeEmail: 'ops@example.org' } }) });
    expect(problems.map((p) => p.slice(0, p.search(/[ :]/)))).toEqual(['edge.acmeEmail', 'oci.cluster.apiEndpoint.allowedCidrs', 'oci.budget.alertEmail']);
  });

  it('blames dist/ when it was rendered from placeholders the sources no longer hold (edited, not synthesized)', () => {
    const problems = problemsOf({ dist: path.join(ROOT, 'dist') }); // the committed dist/: the template's values
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^dist\/oke\/argocd\.yaml: "your-org" — .*dist\/ is older than its sources; run `npm run synth`/), expect.stringMatching(/^dist\/oke\/edge\.yaml: "203\.0\.113\.10", "replace-me", "replace-me@example\.org" — /)]));
    expect(problems.every((p) => p.startsWith('dist/oke/'))).toBe(true);
  });

  it('is what `npm run preflight` prints and exits with, leaving no temporary folder behind', () => {
    const tmp = tempDir('preflight-cli-');
    const env = { PATH: process.env.PATH!, HOME: process.env.HOME!, TMPDIR: tmp, ...FILLED_ENV };
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'infra-oci/tools/preflight.ts', 'oke'], { cwd: ROOT, env, encoding: 'utf8' });
    const expected = preflight({ environment: 'oke', env: FILLED_ENV, stackPrints: prints });
    expect(cli.status).toBe(expected.problems.length > 0 ? 1 : 0);
    const printed = cli.stderr.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4));
    expect(printed).toEqual(expected.problems);
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('preflight-'))).toEqual([]);
    const usage = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(runPreflight(['staging'])).toBe(2);
    expect(runPreflight(['local', '--infra-only'])).toBe(2);
    expect(usage.mock.calls[0]![0]).toMatch(/^preflight: usage: npm run preflight -- <local\|oke> \[--infra-only\]/);
    usage.mockRestore();
  });
});

describe('the synth the preflight compares with', () => {
  it('prints every stack from a temporary folder that it removes again', () => {
    const leftovers = () => new Set(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('preflight-synth-')));
    const before = leftovers();
    const printed = synthesizedStackPrints(ociOf(FILLED_ENV), handoffOf(FILLED_DIST));
    expect(Object.keys(printed)).toEqual([...STACK_IDS]);
    expect([...leftovers()].filter((d) => !before.has(d))).toEqual([]);
  });
});

describe('stack fingerprints (written by npm run outputs)', () => {
  const stack = {
    '//': { metadata: { backend: 'local' } },
    terraform: { backend: { local: { path: '../../../terraform.cluster.tfstate' } }, required_providers: { oci: { version: '~> 7.1' } } },
    provider: { oci: [{ config_file_profile: 'DEFAULT', region: 'eu-frankfurt-1' }] },
    data: { terraform_remote_state: { net: { backend: 'local', config: { path: 'x' }, workspace: '${terraform.workspace}' } } },
    resource: { oci_containerengine_node_pool: { arm: { node_shape: 'VM.Standard.A1.Flex' } } },
    output: {
      node_availability_domain: { value: '${local.ad}' },
      kubeconfig_command: { value: 'oci ce cluster create-kubeconfig --profile DEFAULT --auth api_key' },
    },
  };
  const print = (s: unknown) => stackFingerprint('cluster', s);

  it('ignores where state lives, how Terraform signs in and the outputs npm run outputs does not read', () => {
    const remote = deepMerge(stack, {
      '//': { metadata: { backend: 'oci' } },
      terraform: { backend: { oci: { bucket: 'todo-chatbot-tfstate' } }, required_providers: { oci: { version: '~> 7.1' } } },
      provider: { oci: [{ config_file_profile: 'ci', auth: 'SecurityToken', region: 'eu-frankfurt-1' }] },
      data: { terraform_remote_state: { net: { backend: 'oci', config: { bucket: 'b' } } } },
      output: { kubeconfig_command: { value: 'oci ce cluster create-kubeconfig --profile ci --auth security_token' } },
    });
    expect(print(remote)).toBe(print(stack));
  });

  it('changes with a resource, the region or an output that is read', () => {
    expect(print(deepMerge(stack, { resource: { oci_containerengine_node_pool: { arm: { node_shape: 'VM.Standard.E4.Flex' } } } }))).not.toBe(print(stack));
    expect(print(deepMerge(stack, { provider: { oci: [{ config_file_profile: 'DEFAULT', region: 'eu-amsterdam-1' }] } }))).not.toBe(print(stack));
    expect(print(deepMerge(stack, { output: { node_availability_domain: { value: '${local.other_ad}' } } }))).not.toBe(print(stack));
  });

  it('is recorded in the outputs file next to the SHA-256 of each stack', () => {
    const v = (value: unknown) => ({ value });
    const tf = {
      registry: { repository_prefix: v(APPLIED.registry.repositoryPrefix) },
      network: { load_balancer_public_ip: v('130.61.77.20'), api_endpoint_subnet_cidr: v('10.0.0.0/28'), worker_subnet_cidr: v('10.0.16.0/20'), load_balancer_subnet_cidr: v('10.0.32.0/24') },
      cluster: { node_availability_domain: v(example.cluster.nodeAvailabilityDomain) },
      state: { backup_bucket: v(example.backup.bucket), backup_s3_endpoint: v(APPLIED.backup.s3Endpoint), backup_region: v('eu-frankfurt-1') },
    };
    expect(infraOutputs(tf, { network: 'a'.repeat(64) }, { network: 'b'.repeat(64) })).toMatchObject({ stacks: { network: 'a'.repeat(64) }, fingerprints: { network: 'b'.repeat(64) } });
    expect(infraOutputs(tf, {})).not.toHaveProperty('fingerprints');
  });
});
