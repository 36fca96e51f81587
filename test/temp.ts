import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Chart } from 'cdk8s';

/**
 * Temporary folders for tests, each removed again. The suite must leave nothing in the system
 * temp directory: test/temp-guard-setup.js points TMPDIR at a private folder for the run and
 * test/temp-guard-teardown.js fails the run, naming what was left there.
 */

/** Runs `fn` with a fresh folder under os.tmpdir() and removes the folder afterwards, whatever `fn` does. */
export function withTempDir<T>(prefix: string, fn: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A folder for the whole test file: created now, removed after the file's last test. Call it at the top level or in a describe. */
export function tempDirForFile(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A chart for construct tests. Like cdk8s `Testing.chart()`, but without the
 * `cdk8s.outdir.*` folder that `Testing.app()` creates in the temp directory on every call:
 * `Testing.synth(chart)` (= `chart.toJson()`) writes nothing, and an App creates its outdir
 * only in `app.synth()` — which a construct test never calls (the guard would report it).
 */
export function testChart(): Chart {
  return new Chart(new App({ outdir: path.join(os.tmpdir(), 'cdk8s-test-app-never-synthesized') }), 'test');
}
