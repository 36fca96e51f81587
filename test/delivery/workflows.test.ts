import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { MANIFEST_APPLICATIONS } from '../../k8s/charts/argocd-chart';
import { githubFiles, ROOT, stepsOf, usesOf, workflowsOf } from './github-files';

const schema = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'imports', 'schemas', name), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validate = { workflow: ajv.compile(schema('github-workflow.json')), action: ajv.compile(schema('github-action.json')) };

const files = githubFiles();
const workflows = workflowsOf(files);
const byName = Object.fromEntries(workflows.map((f) => [path.basename(f.path), f]));
const wf = (name: string) => byName[name]!.doc;
const jobSteps = (job: any): any[] => job.steps ?? [];
const action = (steps: any[], name: string) => steps.find((s) => s.uses?.startsWith(`${name}@`));
const uses = (job: any) => jobSteps(job).flatMap((s) => (s.uses ? [s.uses.split('@')[0]] : []));
const scripts = (job: any) => jobSteps(job).map((s) => s.run ?? '').join('\n');

/** A write scope is granted only to a job with a step that needs it (least privilege per job). */
const WRITE_SCOPE_NEEDED_BY: Record<string, (job: any) => boolean> = {
  contents: (job) => uses(job).includes('peter-evans/create-pull-request') || /\bgit push\b/.test(scripts(job)),
  'pull-requests': (job) => ['actions/github-script', 'peter-evans/create-pull-request'].some((a) => uses(job).includes(a)) || /\bgh pr\b/.test(scripts(job)),
  statuses: (job) => uses(job).includes('actions/github-script') || /\bgh api\b/.test(scripts(job)),
  // OIDC: attestations, or a token exchange with a cloud (a local action or an explicit request).
  'id-token': (job) => uses(job).includes('actions/attest') || uses(job).some((u) => u.startsWith('./')) || /ACTIONS_ID_TOKEN_REQUEST/.test(scripts(job)),
  attestations: (job) => uses(job).includes('actions/attest'),
  'artifact-metadata': (job) => uses(job).includes('actions/attest'),
};

describe('GitHub Actions files', () => {
  it('has the ci, infra, images, deploy-check, ocir-retention and renovate-config workflows', () => {
    expect(Object.keys(byName)).toEqual(expect.arrayContaining(['ci.yml', 'infra.yml', 'images.yml', 'deploy-check.yml', 'ocir-retention.yml', 'renovate-config.yml']));
  });

  it.each(files.map((f) => [f.path, f] as const))('%s validates against the GitHub schema', (_p, f) => {
    const check = validate[f.kind];
    expect(check(f.doc) ? [] : check.errors).toEqual([]);
  });

  it.each(workflows.map((f) => [f.path, f] as const))('%s reads the repository only, unless a job needs more, and has a concurrency group', (_p, f) => {
    expect(f.doc.permissions).toEqual({ contents: 'read' });
    expect(f.doc.concurrency.group).toBeTruthy();
    for (const [id, job] of Object.entries<any>(f.doc.jobs)) {
      if (job.uses) continue; // a called workflow declares its own
      expect([id, typeof job.permissions]).toEqual([id, 'object']);
      for (const [scope, level] of Object.entries(job.permissions)) {
        expect([id, scope, level]).toEqual([id, scope, expect.stringMatching(/^(read|write|none)$/)]);
        if (level === 'write') expect([id, scope, WRITE_SCOPE_NEEDED_BY[scope]?.(job) ?? false]).toEqual([id, scope, true]);
      }
    }
  });

  it('rejects a write scope that no step of the job needs', () => {
    const job = { steps: [{ uses: 'actions/checkout@x' }, { run: 'npm test' }] };
    expect(Object.values(WRITE_SCOPE_NEEDED_BY).some((needed) => needed(job))).toBe(false);
  });
});

describe('ci', () => {
  const ci = wf('ci.yml');

  it('tests on the supported LTS and on Node 20, then renders on the LTS and fails on drift', () => {
    expect(ci.jobs.test.strategy.matrix.node).toEqual([24, 20]);
    expect(action(jobSteps(ci.jobs.test), 'actions/setup-node').with['node-version']).toBe('${{ matrix.node }}');
    expect(jobSteps(ci.jobs.test).map((s: any) => s.run)).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run typecheck', 'npm run lint', 'npm test']));
    expect(ci.jobs.render.needs).toBe('test');
    expect(scripts(ci.jobs.render)).toContain('npm run synth');
    expect(scripts(ci.jobs.render)).toContain('git diff --exit-code --stat -- dist/ docs/');
    expect(uses(ci.jobs.render)).toContain('actions/upload-artifact');
    expect(ci.on).toHaveProperty('pull_request');
  });
});

describe('infra', () => {
  it('plans on pull requests and applies on main behind the protected production environment', () => {
    const { plan, apply } = wf('infra.yml').jobs;
    expect(plan.if).toContain("'pull_request'");
    expect(apply.if).toContain('refs/heads/main');
    expect(apply.environment).toBe('production');
  });
});

describe('images', () => {
  const images = wf('images.yml');
  const { build, publish, promote } = images.jobs;
  const inputs = images.on.workflow_call.inputs;
  const buildPush = action(jobSteps(build), 'docker/build-push-action');
  const pushOnMain = "${{ github.event_name == 'push' && github.ref == 'refs/heads/main' }}";

  it('builds arm64 always and amd64 only when the caller asks (Minikube on x86)', () => {
    expect(inputs.amd64).toMatchObject({ type: 'boolean', default: false });
    const m = /^\$\{\{ fromJSON\(inputs\.amd64 && '(.+)' \|\| '(.+)'\) \}\}$/.exec(build.strategy.matrix.arch)!;
    expect([JSON.parse(m[1]!), JSON.parse(m[2]!)]).toEqual([['arm64', 'amd64'], ['arm64']]);
    expect(buildPush.with.platforms).toBe('linux/${{ matrix.arch }}');
  });

  it('builds arm64 natively on ubuntu-24.04-arm, with QEMU only when the runner is of another architecture', () => {
    expect(inputs['arm64-runner'].default).toBe('ubuntu-24.04-arm');
    expect(build['runs-on']).toBe("${{ matrix.arch == 'arm64' && inputs.arm64-runner || 'ubuntu-24.04' }}");
    expect(action(jobSteps(build), 'docker/setup-qemu-action').if).toBe("(matrix.arch == 'arm64') != (runner.arch == 'ARM64')");
  });

  it('pushes by digest with SBOM and max provenance only from main, and joins the architectures under the SHA tag', () => {
    expect(images.env.PUSH).toBe(pushOnMain);
    expect(buildPush.with.sbom).toBe("${{ env.PUSH == 'true' }}");
    expect(buildPush.with.provenance).toBe("${{ env.PUSH == 'true' && 'mode=max' || 'false' }}");
    expect(buildPush.with.outputs).toContain('push-by-digest=true');
    expect(publish.if).toBe(pushOnMain.slice(4, -3));
    expect(scripts(publish)).toContain('docker buildx imagetools create --tag "$IMAGE:$GITHUB_SHA"');
    const attest = action(jobSteps(publish), 'actions/attest');
    expect(attest.with['subject-digest']).toBe('${{ steps.index.outputs.digest }}');
    expect(attest.if).toBe('inputs.github-attestation');
  });

  it('logs in to OCIR with an auth token only: no OCI API key reaches the image jobs', () => {
    for (const job of [build, publish]) expect(action(jobSteps(job), 'docker/login-action').with).toMatchObject({ username: '${{ secrets.OCIR_USERNAME }}', password: '${{ secrets.OCI_AUTH_TOKEN }}' });
    expect(Object.keys(images.on.workflow_call.secrets).sort()).toEqual(['OCIR_USERNAME', 'OCI_AUTH_TOKEN', 'PLATFORM_REPO_TOKEN']);
  });

  it('promotes the published tag to oke through a pull request', () => {
    expect(promote.needs).toBe('publish');
    expect(scripts(promote)).toContain('npm run -s set-image -- oke "$APP" "$GITHUB_SHA"');
    expect(uses(promote)).toContain('peter-evans/create-pull-request');
  });
});

describe('deploy-check', () => {
  const rollout = wf('deploy-check.yml').jobs.rollout;

  it('runs only when enabled, on a self-hosted runner inside the API allow-list', () => {
    expect(rollout.if).toBe("vars.DEPLOY_CHECK_ENABLED == 'true'");
    expect(rollout['runs-on']).toContain('"self-hosted"');
    expect(JSON.stringify(rollout)).not.toContain('secrets.');
  });

  it('waits for every Application of dist/oke and every rollout', () => {
    expect(scripts(rollout)).toContain(`for app in ${MANIFEST_APPLICATIONS.map((a) => a.name).join(' ')}; do`);
    expect(scripts(rollout)).toContain('rollout status');
  });
});

describe('ocir-retention', () => {
  const w = wf('ocir-retention.yml');

  it('runs weekly and on demand as a dry run, with credentials scoped to its environment', () => {
    expect(w.on.schedule).toHaveLength(1);
    expect(w.on.workflow_dispatch.inputs['dry-run'].default).toBe(true);
    expect(w.jobs.prune.env.DRY_RUN).toBe("${{ github.event_name == 'workflow_dispatch' && inputs.dry-run }}");
    expect(w.jobs.prune.environment).toBe('ocir-retention');
    expect(scripts(w.jobs.prune)).toContain('npx tsx .github/scripts/ocir-retention/main.ts');
  });
});

describe('composite actions', () => {
  it.each(files.filter((f) => f.kind === 'action').map((f) => [f.path, f] as const))('%s runs only pinned code', (_p, f) => {
    expect(stepsOf(f).length).toBeGreaterThan(0);
    expect(usesOf(f).every((u) => u.startsWith('./') || /@[0-9a-f]{40}$/.test(u))).toBe(true);
  });
});
