import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { imageSelectionLocals, nodeImageCandidates, parseImageName } from '../../infra-oci/cluster/node-image';
import { changedOutputs, infraOutputs, OUTPUT_MAP } from '../../infra-oci/tools/outputs';
import { COMMENT_MARKER, planComment, planGate, redact } from '../../infra-oci/tools/plan';
import { report, sourcesOf } from '../../infra-oci/tools/node-image';
import { backoffDelays, capacityMessage, classifyApply } from '../../infra-oci/tools/retry-node-pool';
import { teardownSteps } from '../../infra-oci/tools/teardown';
import { bootstrapSteps } from '../../infra-oci/tools/bootstrap-state';
import { InfraOutputsSchema } from '../../k8s/contract/infra-outputs';
import { withTempDir } from '../temp';
import example from '../../k8s/contract/outputs/oke.example.json';
import { offlineConfig, synthStacks } from './helpers';

const SOURCES = [
  { source_name: 'Oracle-Linux-8.9-aarch64-2025.09.05-0-OKE-1.34.1-1200', image_id: 'old-8.9' },
  { source_name: 'Oracle-Linux-8.10-aarch64-2025.10.01-0-OKE-1.34.1-1234', image_id: 'new-8.10' },
  { source_name: 'Oracle-Linux-9.6-aarch64-2025.11.01-0-OKE-1.34.1-1300', image_id: 'ol9' },
  { source_name: 'Oracle-Linux-8.10-2025.11.01-0-OKE-1.34.1-1300', image_id: 'x86' },
  { source_name: 'Oracle-Linux-8.10-aarch64-GPU-2025.11.01-0-OKE-1.34.1-1300', image_id: 'gpu' },
  { source_name: 'Oracle-Linux-8.10-aarch64-2025.11.01-0-OKE-1.33.1-1300', image_id: 'other-k8s' },
  { source_name: 'Oracle-Linux-8.10-aarch64-2025.11.01-0', image_id: 'platform' },
];
const FILTER = { kubernetesVersion: 'v1.34.1', osMajor: '8' };

// Defect 10.
describe('worker image selection', () => {
  it('parses OS, version, arch and a numeric date/build key as the reference module does', () => {
    expect(parseImageName(SOURCES[1]!.source_name)).toEqual({ os: 'Oracle Linux', osVersion: '8.10', osMajor: '8', arch: 'aarch64', gpu: false, kubernetesVersion: '1.34.1', sortKey: '202510010000001234' });
  });

  it('keeps the OS major, aarch64, non-GPU OKE images of the version, newest first (8.10 of October before 8.9 of September)', () => {
    expect(nodeImageCandidates(SOURCES, FILTER).map((c) => c.image_id)).toEqual(['new-8.10', 'old-8.9']);
    expect(nodeImageCandidates(SOURCES, { ...FILTER, osMajor: '9' }).map((c) => c.image_id)).toEqual(['ol9']);
  });

  it('prints the candidate to pin from the CLI’s JSON', () => {
    const cli = { data: { sources: SOURCES.map((s) => ({ 'source-name': s.source_name, 'image-id': s.image_id, 'source-type': 'IMAGE' })) } };
    expect(report(offlineConfig(), sourcesOf(cli))).toMatch(/^newest: Oracle-Linux-8\.10-aarch64-2025\.10\.01-0-OKE-1\.34\.1-1234\n {8}new-8\.10\n.*\npin it: set "oci\.nodePool\.imageOcid": "new-8\.10"/s);
  });

  // The engine: Terraform itself evaluates the rendered expression (offline, no provider).
  const terraformBin = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0;
  (terraformBin ? it : it.skip)('selects the same image when Terraform evaluates the rendered locals', () => {
    const locals = imageSelectionLocals('local.sources', FILTER);
    const body = (e: string) => e.slice(2, -1);
    withTempDir('tf-image-', (dir) => {
      fs.writeFileSync(path.join(dir, 'main.tf'), `locals {\n  sources = ${JSON.stringify(SOURCES)}\n  node_image_candidates = ${body(locals.node_image_candidates!)}\n  selected = ${body(locals.selected_node_image_id!)}\n}\n`);
      const r = spawnSync('terraform', ['console', '-no-color'], { cwd: dir, input: 'local.selected\n', encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
      expect(r.stdout.trim()).toBe('"new-8.10"');
    });
  });
});

// Must-have 14.
describe('node pool retry', () => {
  it('backs off exponentially up to a cap', () => {
    expect(backoffDelays({ attempts: 6, initialSeconds: 60, maxSeconds: 600 })).toEqual([60, 120, 240, 480, 600]);
    expect(backoffDelays({ attempts: 1, initialSeconds: 60, maxSeconds: 600 })).toEqual([]);
  });

  it('retries only on capacity errors', () => {
    expect(classifyApply(1, 'Error: 500-InternalError, Out of host capacity.')).toBe('capacity');
    expect(classifyApply(1, 'Out of capacity for shape VM.Standard.A1.Flex in availability domain AD-1')).toBe('capacity');
    expect(classifyApply(1, 'Error: 401-NotAuthenticated')).toBe('error');
    expect(classifyApply(0, '')).toBe('ok');
  });

  it('says what happened, when it retries and what else to try', () => {
    const msg = capacityMessage(offlineConfig(), 2, 8, 120);
    expect(msg).toMatch(/^Out of host capacity for VM\.Standard\.A1\.Flex in AD-1 of eu-frankfurt-1 \(attempt 2\/8\)\.\nRetrying in 2 min 0 s\./);
    expect(msg).toContain('PLATFORM_OCI_NODE_POOL_AVAILABILITY_DOMAIN=2');
    expect(capacityMessage(offlineConfig(), 8, 8, undefined)).toContain('No attempts left.');
  });
});

// Defect 12.
describe('teardown', () => {
  const steps = teardownSteps(offlineConfig());
  const text = steps.map((s) => `${s.command} ${s.args.join(' ')}`);
  const first = (re: RegExp) => text.findIndex((t) => re.test(t));

  it('removes Argo CD apps, the Gateway’s load balancer and the PVCs, waits for OCI, then destroys the stacks in reverse order', () => {
    expect(first(/applications\.argoproj\.io/)).toBe(0);
    expect(first(/delete gateways/)).toBeLessThan(first(/oci lb load-balancer list/));
    expect(first(/delete pvc/)).toBeLessThan(first(/oci bv volume list/));
    expect(steps.filter((s) => s.untilEmpty).map((s) => s.command)).toEqual(['oci', 'oci']);
    const destroys = text.filter((t) => t.includes(' destroy ')).map((t) => /stacks\/(\w+)/.exec(t)![1]);
    expect(destroys).toEqual(['bootstrap', 'registry', 'cluster', 'network']);
    expect(first(/ destroy /)).toBeGreaterThan(first(/oci bv volume list/));
  });

  it('keeps the state stack (state, backups, quota, budget)', () => {
    expect(text.some((t) => t.includes('stacks/state'))).toBe(false);
  });
});

// Defect 2.
describe('state bootstrap', () => {
  it('applies state locally, then re-synthesizes with the namespace and migrates its own state into the bucket', () => {
    const steps = bootstrapSteps('axaxnpcrorw5').map((s) => `${s.env ? Object.entries(s.env).map(([k, v]) => `${k}=${v} `).join('') : ''}${s.command} ${s.args.join(' ')}`);
    expect(steps).toEqual([
      'PLATFORM_OCI_STATE_NAMESPACE= npm run -s synth:oci',
      'terraform -chdir=cdktf.out/stacks/state init -input=false',
      'terraform -chdir=cdktf.out/stacks/state apply -input=false',
      'PLATFORM_OCI_STATE_NAMESPACE=axaxnpcrorw5 npm run -s synth:oci',
      'terraform -chdir=cdktf.out/stacks/state init -input=false -migrate-state -force-copy',
    ]);
  });
});

// Issue 13 item 6.
describe('CI plan helpers', () => {
  it('skips a stack whose dependencies have no state yet, with a message that says why and what to do', () => {
    expect(planGate('cluster', () => false)).toEqual({ plan: false, message: expect.stringMatching(/^cluster: skipped — it reads the outputs of network, which has not been applied yet .* Merge to main to apply network first/) });
    expect(planGate('cluster', () => true).plan).toBe(true);
    expect(planGate('network', () => false).plan).toBe(true);
    expect(planGate('bootstrap', () => true)).toEqual({ plan: false, message: expect.stringMatching(/read-only principal/) });
  });

  it('redacts OCIDs and IP addresses, and makes one comment with a marker to update it in place', () => {
    const plan = '  + id = "ocid1.vcn.oc1.eu-frankfurt-1.amaaaaaaexample"\n  + cidr = "10.0.0.0/16"\n  + ip = 203.0.113.10\nPlan: 3 to add, 0 to change, 0 to destroy.';
    expect(redact(plan)).not.toMatch(/ocid1|\d+\.\d+\.\d+\.\d+/);
    const comment = planComment(new Map([['network', plan], ['state', 'No changes. Your infrastructure matches the configuration.']]), 'abcdef1234');
    expect(comment.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment.indexOf('`state`')).toBeLessThan(comment.indexOf('`network`'));
    expect(comment).toContain('#### `network`: Plan: 3 to add, 0 to change, 0 to destroy.');
    expect(comment).not.toMatch(/ocid1|\b\d+\.\d+\.\d+\.\d+\b/);
  });
});

// Issue 15 item 2.
describe('npm run outputs', () => {
  const value = (v: unknown) => ({ value: v });
  const outputs = {
    registry: { repository_prefix: value('fra.ocir.io/axaxnpcrorw5/todo-chatbot') },
    network: { load_balancer_public_ip: value('192.0.2.44'), api_endpoint_subnet_cidr: value('10.0.0.0/28'), worker_subnet_cidr: value('10.0.16.0/20'), load_balancer_subnet_cidr: value('10.0.32.0/24') },
    cluster: { node_availability_domain: value('Uocm:EU-FRANKFURT-1-AD-1') },
    state: { backup_bucket: value('todo-chatbot-pg-backups'), backup_s3_endpoint: value('https://axaxnpcrorw5.compat.objectstorage.eu-frankfurt-1.oraclecloud.com'), backup_region: value('eu-frankfurt-1') },
  };
  const hashes = { network: 'a'.repeat(64) };

  it('maps every stack output into a valid outputs file marked as read from Terraform', () => {
    const file = infraOutputs(outputs, hashes);
    expect(file).toMatchObject({ source: 'terraform', stacks: hashes, edge: { publicIp: '192.0.2.44' }, cluster: { nodeAvailabilityDomain: 'Uocm:EU-FRANKFURT-1-AD-1' } });
    expect(file.backup.s3Endpoint).toBe('https://axaxnpcrorw5.compat.objectstorage.eu-frankfurt-1.oraclecloud.com');
  });

  it('names every missing output and the stack to apply', () => {
    expect(() => infraOutputs({ ...outputs, cluster: {} }, hashes)).toThrow(/cluster\.nodeAvailabilityDomain: output "node_availability_domain" of stack cluster is missing — apply it/);
  });

  it('reads only outputs the stacks declare', () => {
    // Each mapped output exists in the synthesized stack (no silent typo between the two sides).
    const stacks = synthStacks();
    for (const [stack, output] of OUTPUT_MAP) expect([stack, output, output in stacks.get(stack)!.output]).toEqual([stack, output, true]);
  });

  it('keeps the example file valid', () => {
    expect(InfraOutputsSchema.safeParse(example).success).toBe(true);
  });

  it('--check (CI, after applying) accepts stacks that changed without changing an output, and names each output that did change', () => {
    const committed = infraOutputs(outputs, hashes);
    expect(changedOutputs(committed, infraOutputs(outputs, { network: 'b'.repeat(64) }))).toEqual([]);
    const moved = { ...outputs, network: { ...outputs.network, load_balancer_subnet_cidr: value('10.0.48.0/24') } };
    expect(changedOutputs(committed, infraOutputs(moved, hashes))).toEqual(['network.loadBalancerSubnetCidr: committed "10.0.32.0/24", applied "10.0.48.0/24"']);
  });
});
