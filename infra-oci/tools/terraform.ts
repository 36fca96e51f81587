import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../../k8s/contract/repo-root';

/** cdktf.out/stacks/<id>, where `npm run synth:oci` writes each stack. */
export function stackDir(id: string, root = repoRoot()): string {
  return path.join(root, 'cdktf.out', 'stacks', id);
}

export interface RunResult {
  readonly status: number;
  readonly output: string;
}

/** Runs a command, streaming its output, and returns its status and combined output. */
export function run(command: string, args: readonly string[], options: { cwd?: string; quiet?: boolean } = {}): RunResult {
  const r = spawnSync(command, args, { cwd: options.cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (!options.quiet) process.stdout.write(output);
  if (r.error) throw new Error(`${command}: ${r.error.message} — is it installed and on PATH?`);
  return { status: r.status ?? 1, output };
}

/** `terraform -chdir=cdktf.out/stacks/<id> …` */
export function terraform(id: string, args: readonly string[], quiet = false): RunResult {
  return run('terraform', [`-chdir=${stackDir(id)}`, ...args], { quiet });
}
