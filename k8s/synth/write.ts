import * as fs from 'node:fs';
import * as path from 'node:path';

/** Files per environment folder: environment name → (file name → content). */
export type OutputTree = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * Writes every environment folder under `outdir` all-or-nothing: the new tree is written
 * to a temporary sibling first and each folder is swapped in with a rename, so a failure
 * at any point leaves the previous dist/<environment> folders as they were.
 */
export function writeOutputTree(outdir: string, tree: OutputTree): void {
  const root = path.resolve(outdir);
  fs.mkdirSync(root, { recursive: true });
  const staging = fs.mkdtempSync(path.join(root, '.synth-'));
  try {
    for (const [env, files] of tree) {
      const dir = path.join(staging, 'new', env);
      fs.mkdirSync(dir, { recursive: true });
      for (const [name, content] of files) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), content);
      }
    }
    fs.mkdirSync(path.join(staging, 'old'));
    for (const env of tree.keys()) {
      const target = path.join(root, env);
      if (fs.existsSync(target)) fs.renameSync(target, path.join(staging, 'old', env));
      fs.renameSync(path.join(staging, 'new', env), target);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Files below `dir`, as paths relative to it (posix separators), sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** Reads a folder tree written by writeOutputTree (used by the drift check and tests). */
export function readOutputTree(outdir: string): Map<string, Map<string, string>> {
  const tree = new Map<string, Map<string, string>>();
  if (!fs.existsSync(outdir)) return tree;
  for (const env of fs.readdirSync(outdir).sort()) {
    const dir = path.join(outdir, env);
    if (env.startsWith('.') || !fs.statSync(dir).isDirectory()) continue;
    tree.set(env, new Map(listFiles(dir).map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')])));
  }
  return tree;
}
