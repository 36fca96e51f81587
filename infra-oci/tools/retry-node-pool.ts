/**
 * `npm run infra:retry-node-pool [-- --attempts N]`: re-applies the cluster stack until the
 * A1 node pool gets capacity. "Out of host capacity" is the most common failure of free A1
 * pools (`500-InternalError, Out of host capacity.`, research oke-ccm.md F55); a failed create
 * leaves the node pool tainted, and the next apply replaces it. Any other error stops at once.
 * Needs `npm run synth:oci` first (it applies cdktf.out/stacks/cluster).
 */
import type { OciConfig } from '../config/oci-config';
import { loadOciConfig } from '../config/oci-config';
import { terraform } from './terraform';

export interface Backoff {
  readonly attempts: number;
  /** First wait, in seconds. */
  readonly initialSeconds: number;
  /** No wait is longer than this. */
  readonly maxSeconds: number;
}

export const DEFAULT_BACKOFF: Backoff = { attempts: 8, initialSeconds: 60, maxSeconds: 30 * 60 };

/** Waits before attempts 2…n: doubling from `initialSeconds`, capped at `maxSeconds`. */
export function backoffDelays(b: Backoff = DEFAULT_BACKOFF): number[] {
  return Array.from({ length: Math.max(0, b.attempts - 1) }, (_, i) => Math.min(b.maxSeconds, b.initialSeconds * 2 ** i));
}

/** What an apply's output says: capacity (retry), success, or another error (stop). */
export function classifyApply(status: number, output: string): 'ok' | 'capacity' | 'error' {
  if (status === 0) return 'ok';
  return /out of (host )?capacity/i.test(output) ? 'capacity' : 'error';
}

/** The message printed when A1 capacity is exhausted: what happened, what happens next, what else to try. */
export function capacityMessage(config: OciConfig, attempt: number, attempts: number, waitSeconds: number | undefined): string {
  const p = config.nodePool;
  const next = p.availabilityDomain === 3 ? 1 : p.availabilityDomain + 1;
  return [
    `Out of host capacity for ${p.shape} in AD-${p.availabilityDomain} of ${config.region} (attempt ${attempt}/${attempts}).`,
    waitSeconds === undefined ? 'No attempts left.' : `Retrying in ${Math.round(waitSeconds / 60)} min ${waitSeconds % 60} s. Ctrl-C stops; nothing is billed meanwhile.`,
    'Other ways out (docs/oci-deploy.md, "A1 capacity"):',
    `  - another availability domain: PLATFORM_OCI_NODE_POOL_AVAILABILITY_DOMAIN=${next} npm run synth:oci, apply the state stack (its quota follows the AD), then retry;`,
    p.faultDomains.length > 0 ? '  - drop nodePool.faultDomains: naming a fault domain makes capacity errors more likely;' : '  - try again at another time of day: capacity is freed as others delete instances;',
    '  - upgrading to Pay As You Go often gets A1 capacity sooner; the tenancy quota still keeps it free.',
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const config = loadOciConfig();
  const i = argv.indexOf('--attempts');
  const backoff = { ...DEFAULT_BACKOFF, ...(i >= 0 ? { attempts: Number(argv[i + 1]) } : {}) };
  const delays = backoffDelays(backoff);
  if (terraform('cluster', ['init', '-input=false'], true).status !== 0) throw new Error('terraform init of cdktf.out/stacks/cluster failed: run npm run synth:oci first');
  for (let attempt = 1; attempt <= backoff.attempts; attempt++) {
    const r = terraform('cluster', ['apply', '-input=false', '-auto-approve', '-lock-timeout=5m']);
    const outcome = classifyApply(r.status, r.output);
    if (outcome === 'ok') return console.log('retry-node-pool: the cluster stack is applied.');
    if (outcome === 'error') throw new Error('the apply failed for another reason than capacity (see above); not retrying');
    const wait = delays[attempt - 1];
    console.error(capacityMessage(config, attempt, backoff.attempts, wait));
    if (wait === undefined) throw new Error('still no A1 capacity');
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`retry-node-pool: ${(err as Error).message}`);
    process.exit(1);
  });
}
