/**
 * `npm run drift`: synthesizes in memory and compares with the committed dist/ and generated docs.
 * Fails with the list of files that differ, are missing or are extra.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { offlineOciConfig } from '../infra-oci/config/oci-config';
import { infrastructureDocs } from '../infra-oci/docs';
import { environmentDocs } from '../k8s/synth/docs';
import { renderAll } from '../k8s/synth/synthesize';
import { readOutputTree } from '../k8s/synth/write';
import { repoRoot } from '../k8s/contract/repo-root';

const dist = path.join(repoRoot(), 'dist');
const { tree: fresh, environments } = renderAll();
const docs = new Map([...environmentDocs(environments), ...infrastructureDocs(offlineOciConfig())]);
const committed = readOutputTree(dist);
const differences: string[] = [];
for (const env of new Set([...fresh.keys(), ...committed.keys()])) {
  const a = fresh.get(env) ?? new Map<string, string>();
  const b = committed.get(env) ?? new Map<string, string>();
  for (const file of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const where = `dist/${env}/${file}`;
    if (!b.has(file)) differences.push(`missing  ${where}`);
    else if (!a.has(file)) differences.push(`extra    ${where}`);
    else if (a.get(file) !== b.get(file)) differences.push(`changed  ${where}`);
  }
}
for (const [file, content] of docs) {
  const onDisk = path.join(repoRoot(), file);
  if (!fs.existsSync(onDisk)) differences.push(`missing  ${file}`);
  else if (fs.readFileSync(onDisk, 'utf8') !== content) differences.push(`changed  ${file}`);
}
if (differences.length > 0) {
  console.error(`drift: dist/ or generated docs do not match the code (${differences.length} file(s)); run \`npm run synth\` and commit:\n${differences.map((d) => `  ${d}`).join('\n')}`);
  process.exit(1);
}
console.log(`drift: dist/ and docs match a fresh synth (${[...fresh.values()].reduce((n, f) => n + f.size, 0)} manifests, ${docs.size} docs)`);
