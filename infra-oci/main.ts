/**
 * `npm run synth:oci` (and `cdktf synth` / `cdktf deploy`): checks the Always Free budget,
 * then writes one Terraform JSON configuration per stack into cdktf.out/stacks/<stack>/.
 */
import { budgetTable } from './always-free/budget';
import { loadOciConfig, usesPlaceholders } from './config/oci-config';
import { synthesizeOci } from './synthesize';

try {
  const config = loadOciConfig();
  const { outdir, stacks, budget } = synthesizeOci(config);
  for (const stack of Object.values(stacks)) console.log(`${outdir}/stacks/${stack.node.id}: synthesized`);
  console.log(`\nAlways Free budget (${config.region}):\n${budgetTable(budget)}\n`);
  if (usesPlaceholders(config)) {
    console.log('note: OCI identifiers are placeholders (offline synth). Set OCI_TENANCY_OCID and OCI_COMPARTMENT_OCID, or infra-oci/config.local.json, before deploying.');
  }
} catch (err) {
  console.error(`OCI synth failed:\n${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
