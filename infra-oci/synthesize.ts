import * as fs from 'node:fs';
import * as path from 'node:path';
import { App } from 'cdktf';
import { buildOciStacks, type OciStacks } from './app';
import type { OciConfig } from './config/oci-config';

/** Synthesizes every OCI stack into `outdir` (cdktf.out layout). */
export function synthesizeOci(config: OciConfig, outdir?: string): { outdir: string; stacks: OciStacks } {
  const app = new App(outdir ? { outdir } : {});
  const stacks = buildOciStacks(app, config);
  app.synth();
  return { outdir: app.outdir, stacks };
}

/** Reads back each synthesized stack: stack id → parsed cdk.tf.json. */
export function readStacks(outdir: string): Map<string, Record<string, unknown>> {
  const stacksDir = path.join(outdir, 'stacks');
  const out = new Map<string, Record<string, unknown>>();
  for (const id of fs.readdirSync(stacksDir).sort()) {
    out.set(id, JSON.parse(fs.readFileSync(path.join(stacksDir, id, 'cdk.tf.json'), 'utf8')));
  }
  return out;
}
