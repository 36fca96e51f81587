import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { STACK_IDS, STACKS } from '../../infra-oci/stacks/index';
import { OUTPUT_STACKS } from '../../infra-oci/tools/outputs';
import { overrideVariables } from '../../k8s/contract/platform-config';

const ROOT = path.resolve(__dirname, '..', '..');
const infra = parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'infra.yml'), 'utf8'));
const text = (job: string) => JSON.stringify(infra.jobs[job]);

describe('infra workflow', () => {
  it('plans and applies exactly the declared stacks, in the declared order', () => {
    expect(infra.jobs.plan.strategy.matrix.stack).toEqual([...STACK_IDS]);
    const apply = infra.jobs.apply.steps.map((s: any) => s.run ?? '').join('\n');
    const loops = [...apply.matchAll(/for stack in ([a-z ]+); do/g)].map((m) => m[1]!.split(' '));
    expect(loops.flat()).toEqual([...STACK_IDS]);
    // First what the manifests are rendered from, then what deploys them.
    expect(loops[0]).toEqual([...OUTPUT_STACKS]);
    for (const s of STACKS) for (const d of s.dependsOn) expect(STACK_IDS.indexOf(d)).toBeLessThan(STACK_IDS.indexOf(s.id as never));
  });

  // Issue 15 item 5: nothing is applied while a deploy would use a placeholder or stale outputs.
  it('applies nothing before the preflight, and deploys the manifests only when the applied outputs are the committed ones', () => {
    const runs: string[] = infra.jobs.apply.steps.map((s: any) => s.run ?? '');
    const at = (re: RegExp) => {
      const i = runs.findIndex((r) => re.test(r));
      expect([re.source, i]).not.toEqual([re.source, -1]);
      return i;
    };
    const order = [/npm run synth:oci/, /^npm run preflight -- oke --infra-only$/, /for stack in state /, /^npm run outputs -- oke --check$/, /^npm run preflight -- oke$/, /for stack in bootstrap/].map(at);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });

  // Defect 3: the configuration is the committed file; the workflow gives identifiers only, as PLATFORM_* overrides.
  it('passes configuration only as PLATFORM_* overrides of real fields, and requires remote state', () => {
    const known = new Set(overrideVariables().map((v) => v.variable));
    const env = Object.keys(infra.env).filter((k) => k.startsWith('PLATFORM_'));
    for (const k of env) expect([k, known.has(k)]).toEqual([k, true]);
    expect(infra.env.PLATFORM_OCI_STATE_REQUIRE_REMOTE).toBe('true');
    expect(Object.keys(infra.env).filter((k) => k.startsWith('OCI_'))).toEqual([]);
    expect(JSON.stringify(infra)).not.toMatch(/vars\.OCI_(REGION|COMPARTMENT|STATE|API)/);
  });

  // Issue 13 item 6.
  it('plans with a read-only principal and without the lock; only the production environment holds the apply credentials', () => {
    expect(text('plan')).not.toContain('secrets.OCI_CLI_');
    expect(text('plan')).toContain('secrets.OCI_READONLY_USER');
    expect(text('plan')).toContain('-lock=false');
    expect(infra.jobs.plan.permissions.contents).toBe('read');
    expect(infra.jobs.apply.environment).toBe('production');
    expect(text('apply')).toContain('secrets.OCI_CLI_KEY_CONTENT');
    for (const job of Object.keys(infra.jobs).filter((j) => j !== 'apply')) expect([job, text(job).includes('secrets.OCI_CLI_')]).toEqual([job, false]);
  });

  it('skips stacks whose dependencies are not applied, and updates one redacted comment in place', () => {
    expect(text('plan')).toContain('npm run -s infra:plan -- gate ${{ matrix.stack }}');
    expect(text('plan')).toContain("steps.gate.outputs.skip != 'true'");
    expect(text('comment')).toContain('npm run -s infra:plan -- comment plans');
    expect(text('comment')).toContain('updateComment');
    expect(infra.jobs.comment.permissions['pull-requests']).toBe('write');
  });
});
