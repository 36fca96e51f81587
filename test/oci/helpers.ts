import { offlineOciConfig, type OciConfig } from '../../infra-oci/config/oci-config';
import { readStacks, synthesizeOci } from '../../infra-oci/synthesize';
import type { CloudDemand, Handoff } from '../../k8s/contract/handoff';
import { rendered, sharedResult } from '../helpers';
import { withTempDir } from '../temp';

/** The offline (placeholder) configuration, independent of the caller's environment. */
export const offlineConfig = offlineOciConfig;

/** What the rendered `oke` environment hands to the infrastructure (rendered in memory, not read from dist/). */
export function okeHandoff(demand?: CloudDemand): Handoff {
  const handoff = rendered('oke').handoff;
  return demand ? { ...handoff, demand } : handoff;
}

/** Synthesizes all stacks into a temp dir and returns each stack's Terraform JSON. */
export function synthStacks(config: OciConfig = offlineConfig()): Map<string, Record<string, any>> {
  const handoff = okeHandoff();
  const stacks = sharedResult('oci-stacks', { config, handoff }, () =>
    withTempDir('oci-test-', (dir) => {
      synthesizeOci(config, dir, handoff);
      return Object.fromEntries(readStacks(dir));
    }),
  );
  return new Map(Object.entries(stacks));
}

/** All instances of one resource (or data source) type in a synthesized stack. */
export function resourcesOf(stack: Record<string, any>, type: string, section: 'resource' | 'data' = 'resource'): Array<Record<string, any>> {
  return Object.values(stack[section]?.[type] ?? {});
}

export function resourceNamed(stack: Record<string, any>, type: string, name: string): Record<string, any> {
  const r = stack.resource?.[type]?.[name];
  if (!r) throw new Error(`no ${type}.${name}`);
  return r;
}
