// `npm run mutation [-- <scope> …]`: runs StrykerJS once per scope of stryker.config.mjs (each
// with only the jest files that exercise it), then prints the mutation score per directory and
// writes it to reports/mutation/summary.md. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCOPES } from '../stryker.config.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2);
for (const w of wanted) if (!(w in SCOPES)) throw new Error(`unknown scope "${w}" (one of ${Object.keys(SCOPES).join(', ')})`);
const scopes = wanted.length > 0 ? wanted : Object.keys(SCOPES);
const stryker = path.join(ROOT, 'node_modules', '.bin', 'stryker');

/** Mutant counts of a Stryker JSON report, by status. */
function counts(report) {
  const c = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, RuntimeError: 0, CompileError: 0, Ignored: 0 };
  for (const file of Object.values(report.files)) for (const m of file.mutants) c[m.status] = (c[m.status] ?? 0) + 1;
  return c;
}

const slugOf = (scope) => scope.replace(/\//g, '-');
const reportDir = (scope) => path.join(ROOT, 'reports', 'mutation', slugOf(scope));

for (const scope of scopes) {
  const started = Date.now();
  const run = spawnSync(stryker, ['run'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, MUTATION_SCOPE: scope } });
  if (run.status !== 0) {
    console.error(`mutation: stryker failed for ${scope} (exit ${run.status})`);
    process.exit(run.status ?? 1);
  }
  fs.writeFileSync(path.join(reportDir(scope), 'seconds.txt'), `${Math.round((Date.now() - started) / 1000)}\n`);
}

// The summary covers every scope with a report (this run's and earlier ones).
const rows = [];
for (const scope of Object.keys(SCOPES)) {
  const file = path.join(reportDir(scope), 'mutation.json');
  if (!fs.existsSync(file)) continue;
  const c = counts(JSON.parse(fs.readFileSync(file, 'utf8')));
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  const secondsFile = path.join(reportDir(scope), 'seconds.txt');
  const seconds = fs.existsSync(secondsFile) ? fs.readFileSync(secondsFile, 'utf8').trim() : '?';
  rows.push({ scope, ...c, score: valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)} %`, seconds });
}

const head = ['directory', 'score', 'killed', 'timeout', 'survived', 'no coverage', 'runtime errors', 'compile errors', 'seconds'];
const lines = [
  `| ${head.join(' | ')} |`,
  `|${head.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.scope} | ${r.score} | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ${r.RuntimeError} | ${r.CompileError} | ${r.seconds} |`),
];
const summary = [
  '# Mutation score per directory',
  '',
  'score = (killed + timeout) / (killed + timeout + survived + no coverage). Runtime errors (the mutant made a',
  'test file fail while loading) and compile errors are detected too, but Stryker leaves them out of the score.',
  '',
  ...lines,
  '',
].join('\n');
fs.mkdirSync(path.join(ROOT, 'reports', 'mutation'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'reports', 'mutation', 'summary.md'), summary);
console.log(`\n${summary}`);
