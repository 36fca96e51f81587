import * as fs from 'node:fs';
import * as path from 'node:path';
import { githubFiles, ROOT, stepsOf } from './github-files';

const engines: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node;
type Version = [number, number, number];
const parse = (v: string): Version => {
  const [a = 0, b = 0, c = 0] = v.replace(/^v/, '').split('.').map(Number);
  return [a, b, c];
};
const atLeast = (v: Version, min: Version) => v[0] !== min[0] ? v[0] > min[0] : v[1] !== min[1] ? v[1] > min[1] : v[2] >= min[2];

/** The `^X.Y.Z || >=N` ranges package.json uses; a bare major stands for its newest release. */
function admits(range: string, version: string): boolean {
  const v = /^\d+$/.test(version) ? ([Number(version), Infinity, Infinity] as Version) : parse(version);
  return range.split('||').some((alternative) => {
    const m = /^\s*(\^|>=)(\d+(?:\.\d+){0,2})\s*$/.exec(alternative);
    if (!m) throw new Error(`engines.node: cannot read "${alternative}"`);
    const min = parse(m[2]!);
    return atLeast(v, min) && (m[1] === '>=' || v[0] === min[0]);
  });
}

const setupNodeVersions = githubFiles().flatMap((f) => stepsOf(f).filter((s) => s.uses?.startsWith('actions/setup-node@')).map((s) => String(s.with?.['node-version'])));
const literal = [...new Set(setupNodeVersions.filter((v) => /^\d+$/.test(v)))];
const ciMatrix: number[] = githubFiles().find((f) => f.path === '.github/workflows/ci.yml')!.doc.jobs.test.strategy.matrix.node;

describe('Node.js runtimes', () => {
  it('reads the engines ranges', () => {
    expect([admits('^20.19.0 || >=24', '20.18.1'), admits('^20.19.0 || >=24', '20.19.0'), admits('^20.19.0 || >=24', '22'), admits('^20.19.0 || >=24', '26')]).toEqual([false, true, false, true]);
  });

  it('runs every workflow on one Node.js LTS that engines supports', () => {
    expect(literal).toHaveLength(1);
    expect(Number(literal[0]) % 2).toBe(0); // even majors become LTS
    expect(admits(engines, literal[0]!)).toBe(true);
  });

  it('tests in CI on that LTS and on the oldest supported major, 20, which engines keeps', () => {
    expect(ciMatrix).toEqual([Number(literal[0]), 20]);
    for (const major of ciMatrix) expect([major, admits(engines, String(major))]).toEqual([major, true]);
  });

  it('supports the Node.js that runs these tests', () => {
    expect(admits(engines, process.versions.node)).toBe(true);
  });
});
