/**
 * `npm run synth:oci` (and `cdktf synth` / `cdktf deploy`): checks the Always Free budget,
 * then writes one Terraform JSON configuration per stack into cdktf.out/stacks/<stack>/.
 * Reads only what the Kubernetes side published: dist/oke/handoff.json.
 */
import { repoRoot } from '../k8s/contract/repo-root';
import { writeDocs } from '../k8s/contract/write-docs';
import { budgetTable } from './always-free/budget';
import { loadOciConfig, offlineOciConfig, usesPlaceholders } from './config/oci-config';
import { infrastructureDocs } from './docs';
import { synthesizeOci } from './synthesize';

try {
  const config = loadOciConfig();
  const { outdir, stacks, budget } = synthesizeOci(config);
  for (const stack of Object.values(stacks)) console.log(`${outdir}/stacks/${stack.node.id}: synthesized`);
  console.log(`\nAlways Free budget (${config.region}):\n${budgetTable(budget)}\n`);
  if (usesPlaceholders(config)) {
    console.log('note: OCI identifiers are placeholders (offline synth). Set PLATFORM_OCI_TENANCY_OCID and PLATFORM_OCI_COMPARTMENT_OCID before deploying (docs/configuration.md).');
  }
  // Documents describe the committed configuration, whoever runs the synth.
  const written = writeDocs(infrastructureDocs(offlineOciConfig()), repoRoot());
  console.log(`docs: ${written.length === 0 ? 'up to date' : `${written.join(', ')} written`}`);
} catch (err) {
  console.error(`OCI synth failed:\n${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
