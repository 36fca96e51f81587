/**
 * `npm run infra:bootstrap-state`: the one-time bootstrap of remote state, from a workstation
 * with tenancy-administrator credentials:
 *   1. synth without a namespace and apply `state` with local state (creates the bucket, the
 *      quota, the budget);
 *   2. read the namespace from its output, synth again with it: every stack, `state` too, now
 *      uses the `oci` backend;
 *   3. `terraform init -migrate-state -force-copy` moves state's own local state into the bucket.
 * Then set PLATFORM_OCI_STATE_NAMESPACE (locally and as a CI variable). Terraform ≥ 1.12.
 */
import { run, terraform } from './terraform';

export interface BootstrapStep {
  readonly why: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

export function bootstrapSteps(namespace = '<namespace>'): BootstrapStep[] {
  const tf = (...args: string[]) => ['-chdir=cdktf.out/stacks/state', ...args];
  return [
    { why: 'synthesize with local state', command: 'npm', args: ['run', '-s', 'synth:oci'], env: { PLATFORM_OCI_STATE_NAMESPACE: '' } },
    { why: 'create the state bucket, quota and budget (local state)', command: 'terraform', args: tf('init', '-input=false') },
    { why: '', command: 'terraform', args: tf('apply', '-input=false') },
    { why: 'synthesize again with the oci backend for every stack', command: 'npm', args: ['run', '-s', 'synth:oci'], env: { PLATFORM_OCI_STATE_NAMESPACE: namespace } },
    { why: 'move the state stack’s own state into the bucket', command: 'terraform', args: tf('init', '-input=false', '-migrate-state', '-force-copy') },
  ];
}

function main(): void {
  const [synth, init, apply, resynth, migrate] = bootstrapSteps();
  const exec = (s: { command: string; args: readonly string[]; env?: Readonly<Record<string, string>> }) => {
    Object.assign(process.env, s.env ?? {});
    if (run(s.command, s.args).status !== 0) throw new Error(`${s.command} ${s.args.join(' ')} failed`);
  };
  for (const s of [synth!, init!, apply!]) exec(s);
  const out = terraform('state', ['output', '-raw', 'state_namespace'], true);
  const namespace = out.output.trim();
  if (out.status !== 0 || !/^[a-z0-9]+$/.test(namespace)) throw new Error(`could not read output state_namespace: ${out.output}`);
  exec({ ...resynth!, env: { PLATFORM_OCI_STATE_NAMESPACE: namespace } });
  exec(migrate!);
  console.log(`\nremote state ready. From now on: export PLATFORM_OCI_STATE_NAMESPACE=${namespace} (and set it as the CI variable); the local terraform.state.tfstate can be deleted.`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`bootstrap-state: ${(err as Error).message}`);
    process.exit(1);
  }
}
