#!/usr/bin/env node
/**
 * Runs TypeScript entry points as one precompiled bundle: `node scripts/run-bundled.mjs a.ts b.ts -- args`.
 *
 * Why: `npm run synth` is run after every change. Compiling the sources on the fly (tsx) and
 * resolving them module by module costs more than the synthesis itself; esbuild compiles the
 * entries and everything they import from this repository into one file, cached in
 * node_modules/.cache/run-bundled and rebuilt when any input file changes (size or mtime of each
 * file esbuild read, recorded from its metafile). Packages stay external: they load from
 * node_modules as usual. The entries run in the order given, in one process.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const separator = process.argv.indexOf('--');
const entries = (separator < 0 ? process.argv.slice(2) : process.argv.slice(2, separator)).map((e) => path.relative(root, path.resolve(e)));
if (entries.length === 0) {
  console.error('usage: node scripts/run-bundled.mjs <entry.ts>... [-- args]');
  process.exit(2);
}
// The entries see only the arguments after `--`, as if run directly.
process.argv = [process.argv[0], path.join(root, entries[entries.length - 1]), ...(separator < 0 ? [] : process.argv.slice(separator + 1))];

const cacheDir = path.join(root, 'node_modules', '.cache', 'run-bundled');
const key = createHash('sha256').update(entries.join('\n')).digest('hex').slice(0, 16);
const bundle = path.join(cacheDir, `${key}.cjs`);
const manifest = path.join(cacheDir, `${key}.json`);

/** The recorded inputs are unchanged (same size and mtime), and so is the toolchain. */
function fresh() {
  if (!fs.existsSync(bundle) || !fs.existsSync(manifest)) return false;
  const { inputs } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  return Object.entries(inputs).every(([file, [size, mtime]]) => {
    try {
      const s = fs.statSync(path.join(root, file));
      return s.size === size && s.mtimeMs === mtime;
    } catch {
      return false;
    }
  });
}

async function build() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: { contents: entries.map((e) => `require(${JSON.stringify(`./${e.split(path.sep).join('/')}`)});`).join('\n'), resolveDir: root, loader: 'js' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile: bundle,
    metafile: true,
    logLevel: 'error',
  });
  // Each module keeps its own __dirname semantics only through the repo root lookup, which
  // walks up from node_modules/.cache to the repository: it finds the same folder.
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), 'package-lock.json', 'tsconfig.json', 'scripts/run-bundled.mjs']) {
    if (file.startsWith('<stdin>')) continue;
    const s = fs.statSync(path.join(root, file));
    inputs[file] = [s.size, s.mtimeMs];
  }
  fs.writeFileSync(manifest, JSON.stringify({ entries, inputs }));
}

fs.mkdirSync(cacheDir, { recursive: true });
if (!fresh()) await build();
createRequire(import.meta.url)(bundle);
