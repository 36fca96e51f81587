// @ts-check
/**
 * StrykerJS mutation testing of the model code whose mistakes the jest suite must catch
 * (issue 14). Run it with `npm run mutation` (test/mutation.mjs), not part of `npm test`.
 *
 * The mutated code is split into scopes, one Stryker run each, and each run loads only the jest
 * files that exercise its scope: nearly every mutant here is "static" (reached while a test file
 * renders an environment at load time), so Stryker runs every test of the selected files for it,
 * and each extra file costs seconds of module loading per mutant. `MUTATION_SCOPE` picks the
 * scope; without it, all scopes run together against all their test files (slow).
 *
 * Stryker copies the repository into .stryker-tmp/sandbox-*: the code finds the repository root
 * by walking up to package.json + k8s/ (k8s/contract/repo-root.ts) and the tests read committed
 * files relative to their own folder, so both resolve inside the sandbox.
 */

/** Scope → the files it mutates and the jest files that exercise them. */
export const SCOPES = {
  'k8s/events': {
    mutate: ['k8s/events/**/*.ts'],
    tests: ['test/events/**/*.test.ts', 'test/workloads/apps.test.ts', 'test/durability/delivery.test.ts', 'test/durability/docs.test.ts', 'test/mutation-kills/events.test.ts', 'test/mutation-kills/keda-lag.test.ts'],
  },
  'k8s/network': {
    mutate: ['k8s/network/**/*.ts'],
    tests: ['test/policy/network-policy.test.ts', 'test/engines/network-policy.test.ts', 'test/mutation-kills/network.test.ts'],
  },
  'k8s/budget': {
    mutate: ['k8s/budget/**/*.ts', '!k8s/budget/main.ts'],
    tests: ['test/policy/budget.test.ts', 'test/policy/cost-doc.test.ts', 'test/durability/backup.test.ts', 'test/oci/always-free.test.ts', 'test/mutation-kills/budget.test.ts', 'test/mutation-kills/quota-surge.test.ts'],
  },
  'infra-oci/always-free': {
    mutate: ['infra-oci/always-free/**/*.ts'],
    tests: ['test/oci/always-free.test.ts', 'test/mutation-kills/always-free.test.ts'],
  },
  'infra-oci/network': {
    mutate: ['infra-oci/network/**/*.ts'],
    tests: ['test/oci/network.test.ts', 'test/mutation-kills/oci-network.test.ts'],
  },
};

const name = process.env.MUTATION_SCOPE;
if (name !== undefined && !(name in SCOPES)) throw new Error(`MUTATION_SCOPE: unknown scope "${name}" (one of ${Object.keys(SCOPES).join(', ')})`);
const scopes = name ? [SCOPES[/** @type {keyof typeof SCOPES} */ (name)]] : Object.values(SCOPES);
const slug = name ? name.replace(/\//g, '-') : 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  packageManager: 'npm',
  testRunner: 'jest',
  // Per mutant, only the tests that reach it (all tests of the selected files for static mutants).
  coverageAnalysis: 'perTest',
  mutate: [...new Set(scopes.flatMap((s) => s.mutate))],
  jest: {
    projectType: 'custom',
    // Merged over the "jest" section of package.json.
    config: { testMatch: [...new Set(scopes.flatMap((s) => s.tests))].map((t) => `<rootDir>/${t}`) },
    // Off: jest finds related tests only through files under its roots (test/), which would miss every
    // test that reaches the code through k8s/synth; the scope already limits the test files.
    enableFindRelatedTests: false,
  },
  concurrency: 2,
  timeoutMS: 60000,
  // A re-run tests only the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${slug}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${slug}/mutation.html` },
  jsonReporter: { fileName: `reports/mutation/${slug}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: ['cdktf.out', 'coverage', 'reports', '.synth-*'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
export default config;
