import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { MANIFEST_APPLICATIONS } from '../../k8s/charts/argocd-chart';

const ROOT = path.resolve(__dirname, '..', '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const schema = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'imports', 'schemas', name), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validateWorkflow = ajv.compile(schema('github-workflow.json'));
const validateAction = ajv.compile(schema('github-action.json'));

const files = fs.readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml')).sort();
const workflows = Object.fromEntries(files.map((f) => [f, parse(fs.readFileSync(path.join(WORKFLOWS, f), 'utf8'))]));
const steps = (w: any) => Object.values(w.jobs).flatMap((j: any) => j.steps ?? []);

describe('GitHub Actions workflows', () => {
  it('has the ci, infra, images and deploy-check workflows', () => {
    expect(files).toEqual(['ci.yml', 'deploy-check.yml', 'images.yml', 'infra.yml']);
  });

  it.each(files)('%s validates against the GitHub workflow schema', (f) => {
    expect([f, validateWorkflow(workflows[f]) ? [] : validateWorkflow.errors]).toEqual([f, []]);
  });

  it('the composite OCI credentials action validates against the GitHub action schema', () => {
    const action = parse(fs.readFileSync(path.join(ROOT, '.github', 'actions', 'oci-config', 'action.yml'), 'utf8'));
    expect(validateAction(action) ? [] : validateAction.errors).toEqual([]);
  });

  it.each(files)('%s pins every action to an exact version', (f) => {
    for (const s of steps(workflows[f]) as any[]) {
      if (s.uses && !s.uses.startsWith('./')) expect([f, s.uses]).toEqual([f, expect.stringMatching(/^[\w.-]+\/[\w.-]+@v\d+\.\d+\.\d+$/)]);
    }
  });

  it.each(files)('%s sets least-privilege permissions and a concurrency group', (f) => {
    const w = workflows[f];
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(w.concurrency.group).toBeTruthy();
    for (const job of Object.values(w.jobs) as any[]) {
      for (const [scope, level] of Object.entries(job.permissions ?? {})) expect([scope, level]).toEqual([scope, expect.stringMatching(/^(read|write)$/)]);
      expect(Object.values(job.permissions ?? {}).filter((l) => l === 'write').length).toBeLessThanOrEqual(1);
    }
  });

  it('ci installs, typechecks, lints, tests, synthesizes, fails on drift and uploads the manifests', () => {
    const run = steps(workflows['ci.yml']).map((s: any) => s.run ?? s.uses);
    expect(run).toEqual(
      expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run typecheck', 'npm run lint', 'npm test', 'npm run synth', 'git diff --exit-code -- dist/ docs/', 'actions/upload-artifact@v4.6.2']),
    );
    expect(workflows['ci.yml'].on).toHaveProperty('pull_request');
  });

  it('infra plans on pull requests and applies on main behind a protected environment', () => {
    const w = workflows['infra.yml'];
    expect(w.jobs.plan.if).toContain("'pull_request'");
    expect(w.jobs.plan.strategy.matrix.stack).toEqual(['state', 'network', 'cluster', 'registry', 'bootstrap']);
    expect(w.jobs.plan.permissions['pull-requests']).toBe('write');
    expect(w.jobs.apply.environment).toBe('production');
    expect(w.jobs.apply.if).toContain("refs/heads/main");
    const secrets = JSON.stringify(w);
    for (const s of ['OCI_CLI_USER', 'OCI_CLI_TENANCY', 'OCI_CLI_FINGERPRINT', 'OCI_CLI_KEY_CONTENT', 'OCI_CLI_REGION']) expect(secrets).toContain(`secrets.${s}`);
  });

  it('images is reusable, builds linux/arm64, pushes and promotes only from main', () => {
    const w = workflows['images.yml'];
    expect(w.on).toHaveProperty('workflow_call');
    const build = w.jobs.build.steps.find((s: any) => s.uses?.startsWith('docker/build-push-action'));
    expect(build.with.platforms.split(',')).toContain('linux/arm64');
    expect(build.with.push).toBe("${{ env.PUSH == 'true' }}");
    expect(build.with.tags).toContain('${{ github.sha }}');
    expect(w.jobs.build.env.PUSH).toBe("${{ github.event_name == 'push' && github.ref == 'refs/heads/main' }}");
    expect(w.jobs.promote.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(JSON.stringify(w.jobs.promote)).toContain('npm run -s set-image -- oke');
    expect(steps(w).some((s: any) => s.uses === 'oracle-actions/login-ocir@v1.3.0')).toBe(true);
  });

  it('deploy-check waits for every Application of dist/oke and every rollout', () => {
    const script = steps(workflows['deploy-check.yml']).map((s: any) => s.run ?? '').join('\n');
    expect(script).toContain(`for app in ${MANIFEST_APPLICATIONS.map((a) => a.name).join(' ')}; do`);
    expect(script).toContain('rollout status');
    expect(steps(workflows['deploy-check.yml']).some((s: any) => s.uses === 'oracle-actions/configure-kubectl-oke@v1.5.1')).toBe(true);
  });
});
