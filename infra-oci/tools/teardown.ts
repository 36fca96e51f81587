/**
 * `npm run infra:teardown [-- --yes]`: removes what the cloud controller and the CSI driver
 * created before Terraform destroys the stacks, so nothing billed is left behind. Deleting a
 * cluster does not delete its load balancers or block volumes (OKE docs
 * ContEng/Tasks/contengdeletingcluster.htm), and they block the subnets' deletion. Without
 * --yes it prints the plan only.
 */
import type { OciConfig } from '../config/oci-config';
import { loadOciConfig } from '../config/oci-config';
import { STACKS } from '../stacks/index';
import { run } from './terraform';

export interface TeardownStep {
  readonly why: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Repeat until the command prints nothing (waits for OCI to finish deleting). */
  readonly untilEmpty?: boolean;
}

/** The steps, in order: Argo CD first (it would re-create what is deleted), then LBs and PVCs, wait, then the stacks in reverse. */
export function teardownSteps(config: OciConfig): TeardownStep[] {
  const oci = ['--compartment-id', config.compartmentOcid, '--region', config.region, '--profile', config.configFileProfile, '--auth', config.auth];
  const destroyed = [...STACKS].reverse().filter((s) => !s.keptOnTeardown);
  return [
    { why: 'stop Argo CD from re-creating the Gateway and the database', command: 'kubectl', args: ['-n', 'argocd', 'delete', 'applications.argoproj.io', '--all', '--wait=true', '--timeout=10m'] },
    { why: 'delete the LoadBalancer Services (the Gateway’s Envoy Service): the CCM deletes the OCI load balancer', command: 'kubectl', args: ['delete', 'gateways.gateway.networking.k8s.io', '--all', '--all-namespaces', '--wait=true', '--timeout=10m'] },
    { why: '…and any other Service of type LoadBalancer', command: 'sh', args: ['-c', "kubectl get svc -A -o jsonpath='{range .items[?(@.spec.type==\"LoadBalancer\")]}{.metadata.namespace} {.metadata.name}{\"\\n\"}{end}' | while read ns n; do kubectl -n \"$ns\" delete svc \"$n\" --wait=true; done"] },
    { why: 'delete every PersistentVolumeClaim: the CSI driver deletes the block volumes (reclaimPolicy Delete)', command: 'kubectl', args: ['delete', 'pvc', '--all', '--all-namespaces', '--wait=true', '--timeout=10m'] },
    { why: 'wait until OCI has deleted the load balancers', command: 'oci', args: ['lb', 'load-balancer', 'list', ...oci, '--lifecycle-state', 'ACTIVE', '--query', 'data[].id', '--raw-output'], untilEmpty: true },
    { why: 'wait until OCI has deleted the CSI block volumes', command: 'oci', args: ['bv', 'volume', 'list', ...oci, '--lifecycle-state', 'AVAILABLE', '--query', 'data[].id', '--raw-output'], untilEmpty: true },
    ...destroyed.map((s): TeardownStep => ({ why: `destroy ${s.id} (${s.purpose})`, command: 'terraform', args: [`-chdir=cdktf.out/stacks/${s.id}`, 'destroy', '-input=false', '-auto-approve', '-lock-timeout=5m'] })),
  ];
}

async function main(argv: string[]): Promise<void> {
  const steps = teardownSteps(loadOciConfig());
  const kept = STACKS.filter((s) => s.keptOnTeardown).map((s) => s.id);
  steps.forEach((s, i) => console.log(`${i + 1}. ${s.why}\n   ${s.command} ${s.args.join(' ')}`));
  console.log(`kept: ${kept.join(', ')} (state, backups, quota and budget; docs/oci-teardown.md says how to remove them too)`);
  if (!argv.includes('--yes')) return console.log('\nnothing done: run again with -- --yes (after npm run synth:oci, with kubectl pointing at the cluster)');
  for (const s of steps) {
    console.log(`\n==> ${s.why}`);
    for (let i = 0; ; i++) {
      const r = run(s.command, s.args);
      if (r.status !== 0) throw new Error(`${s.command} failed; fix it and run the teardown again (every step can be repeated)`);
      if (!s.untilEmpty || r.output.trim() === '' || r.output.trim() === '[]') break;
      if (i >= 60) throw new Error('still not deleted after 30 minutes; check the OCI console');
      await new Promise((resolve) => setTimeout(resolve, 30_000));
    }
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`teardown: ${(err as Error).message}`);
    process.exit(1);
  });
}
