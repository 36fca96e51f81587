/**
 * `npm run synth:k8s` (and `cdk8s synth`): renders every environment into dist/<environment>/
 * and the documents generated from them into docs/. Configuration is validated, budgets are
 * checked and everything is rendered before the first byte is written; on any error dist/ is
 * left as it was.
 */
import { repoRoot } from './contract/repo-root';
import { writeDocs } from './contract/write-docs';
import { environmentDocs } from './synth/docs';
import { synthesize } from './synth/synthesize';

const outdir = process.env.CDK8S_OUTDIR ?? 'dist';
try {
  const { environments } = synthesize(outdir);
  for (const { env, files } of environments) {
    const objects = files.reduce((n, f) => n + f.objects.length, 0);
    console.log(`${outdir}/${env.name}: ${files.length} files, ${objects} objects`);
  }
  const written = writeDocs(environmentDocs(environments), repoRoot());
  console.log(`docs: ${written.length === 0 ? 'up to date' : `${written.join(', ')} written`}`);
} catch (err) {
  console.error(`synth failed, ${outdir}/ left unchanged:\n${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
