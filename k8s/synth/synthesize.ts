import { budgetOf, budgetViolations } from '../budget/report';
import { ConfigError } from '../contract/errors';
import { loadEnvironments } from '../environments';
import { renderEnvironment, type RenderedEnvironment, serializeEnvironment } from './render';
import { type OutputTree, writeOutputTree } from './write';

export interface SynthResult {
  readonly environments: readonly RenderedEnvironment[];
  readonly tree: OutputTree;
}

/** Validates every environment and renders it in memory; nothing is written. */
export function renderAll(inputs?: readonly unknown[]): SynthResult {
  const environments = loadEnvironments(inputs).map(renderEnvironment);
  const tree = new Map(environments.map((r) => [r.env.name, serializeEnvironment(r)]));
  return { environments, tree };
}

/** Renders everything and checks every budget first, then swaps it into `outdir` (all or nothing). */
export function synthesize(outdir: string, inputs?: readonly unknown[]): SynthResult {
  const result = renderAll(inputs);
  const overBudget = result.environments.flatMap((r) => budgetViolations(budgetOf(r)));
  if (overBudget.length > 0) throw new ConfigError('budget (`npm run budget` shows every pod)', overBudget);
  writeOutputTree(outdir, result.tree);
  return result;
}
