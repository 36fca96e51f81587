/**
 * `npm run validate`: strict schema validation of everything this repository renders.
 *   - every object in dist/<environment>/ against Kubernetes 1.28 or its CRD schema;
 *   - every resource and data source of a fresh OCI synth against the provider schema.
 * Exits non-zero with one line per problem.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { offlineOciConfig } from '../infra-oci/config/oci-config';
import { readStacks, synthesizeOci } from '../infra-oci/synthesize';
import { KubernetesSchemaValidator } from './validation/kubernetes-schema';
import { environmentDirs, readManifestDir } from './validation/manifests';
import { TerraformSchemaValidator } from './validation/terraform-schema';
import { repoRoot } from '../k8s/contract/repo-root';

const ROOT = repoRoot();
const problems: string[] = [];
const summary: string[] = [];

const kube = new KubernetesSchemaValidator();
for (const dir of environmentDirs(path.join(ROOT, 'dist'))) {
  const manifest = readManifestDir(dir);
  problems.push(...manifest.problems);
  let count = 0;
  for (const objects of manifest.files.values()) {
    for (const o of objects) {
      count++;
      problems.push(...kube.validate(o));
    }
  }
  summary.push(`${path.relative(ROOT, dir)}: ${count} objects`);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-oci-'));
try {
  synthesizeOci(offlineOciConfig(), tmp);
  const terraform = new TerraformSchemaValidator();
  for (const [id, stack] of readStacks(tmp)) {
    const result = terraform.validate(stack, `stacks/${id}`);
    problems.push(...result.problems);
    summary.push(`cdktf.out/stacks/${id}: ${result.resources} resources, ${result.dataSources} data sources`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`validate: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`validate: all valid (strict)\n${summary.map((s) => `  ${s}`).join('\n')}`);
