import * as fs from 'node:fs';
import * as path from 'node:path';
import { App } from 'cdktf';
import { type Handoff, readHandoff } from '../k8s/contract/handoff';
import { alwaysFreeBudget, assertAlwaysFree, type BudgetLine } from './always-free/budget';
import { buildOciStacks, type OciStacks } from './app';
import { removeTemporaryFiles } from './stacks/bootstrap-stack';
import type { OciConfig } from './config/oci-config';

/** The Kubernetes environment the OCI stacks host: its PVCs and load balancers count against the budget. */
export const HOSTED_ENVIRONMENT = 'oke';

export interface OciSynthResult {
  readonly outdir: string;
  readonly stacks: OciStacks;
  readonly budget: readonly BudgetLine[];
}

/**
 * Checks the Always Free budget, then synthesizes every OCI stack into `outdir`
 * (cdktf.out layout). A configuration that would be billed throws before anything is written.
 * `handoff` is what the hosted environment's manifests ask of the infrastructure (by default
 * the committed dist/oke/handoff.json).
 */
export function synthesizeOci(config: OciConfig, outdir?: string, handoff: Handoff = readHandoff(HOSTED_ENVIRONMENT)): OciSynthResult {
  const budget = alwaysFreeBudget(config, handoff.demand);
  assertAlwaysFree(budget);
  // No stack traces in construct metadata: they cost a third of the synth and are not in the output.
  const app = new App({ ...(outdir ? { outdir } : {}), stackTraces: false });
  try {
    const stacks = buildOciStacks(app, config, handoff);
    app.synth();
    return { outdir: app.outdir, stacks, budget };
  } finally {
    removeTemporaryFiles();
  }
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
