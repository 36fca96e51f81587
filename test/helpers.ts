import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../k8s/contract/repo-root';
import { ConfigError } from '../k8s/contract/errors';
import { loadEnvironments } from '../k8s/environments';
import type { Environment, EnvironmentName } from '../k8s/config/environment';
import { type KubeObject, type RenderedEnvironment, renderEnvironment } from '../k8s/synth/render';

const cache = new Map<string, RenderedEnvironment>();

/** What rendering and synthesis read: both apps, the generated bindings and the pinned packages. */
const CODE_INPUTS = ['k8s', 'infra-oci', 'imports', 'package-lock.json', 'cdktf.json'];

function filesUnder(p: string): string[] {
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs.readdirSync(p).sort().flatMap((e) => filesUnder(path.join(p, e)));
}

let codeHash: string | undefined;
/**
 * SHA-256 over the path and bytes of every input: any change of the code gives a new key. Every
 * test file asks (each has its own module state), so the hash is kept per path/size/mtime
 * listing, as make and tsc --incremental judge freshness, and the bytes are read only after a change.
 */
function codeInputsHash(): string {
  if (codeHash) return codeHash;
  const files = CODE_INPUTS.flatMap((p) => filesUnder(path.join(repoRoot(), p)));
  const listing = createHash('sha256');
  for (const f of files) {
    const s = fs.statSync(f);
    listing.update(`${path.relative(repoRoot(), f)}\0${s.size}\0${s.mtimeMs}\0`);
  }
  const memo = path.join(repoRoot(), 'node_modules', '.cache', 'todo-tests', `code-hash-${listing.digest('hex').slice(0, 24)}.txt`);
  if (fs.existsSync(memo)) return (codeHash = fs.readFileSync(memo, 'utf8'));
  const h = createHash('sha256');
  for (const f of files) h.update(`${path.relative(repoRoot(), f)}\0`).update(fs.readFileSync(f));
  codeHash = h.digest('hex');
  fs.mkdirSync(path.dirname(memo), { recursive: true });
  fs.writeFileSync(memo, codeHash);
  return codeHash;
}

let pruned = false;
/** Results of code that no longer exists pile up: drop what nobody read for a day. */
function pruneOnce(dir: string): void {
  if (pruned) return;
  pruned = true;
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const f of fs.readdirSync(dir)) {
    const file = path.join(dir, f);
    if (fs.statSync(file).atimeMs < dayAgo) fs.rmSync(file, { force: true });
  }
}

/**
 * Rendering and synthesis are pure, so test files share their results through a cache in
 * node_modules/.cache/todo-tests, keyed by the hash of the code and of `key` (the inputs of this
 * computation). Off under mutation testing, where the code changes at run time without
 * changing the files, and with TEST_CACHE=0.
 */
export function sharedResult<T>(kind: string, key: unknown, compute: () => T): T {
  if ('__stryker__' in globalThis || process.env.TEST_CACHE === '0') return compute();
  const dir = path.join(repoRoot(), 'node_modules', '.cache', 'todo-tests');
  const id = createHash('sha256').update(codeInputsHash()).update(JSON.stringify(key) ?? '').digest('hex').slice(0, 24);
  const file = path.join(dir, `${kind}-${id}.json`);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  const result = compute();
  fs.mkdirSync(dir, { recursive: true });
  pruneOnce(dir);
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, JSON.stringify(result));
  fs.renameSync(partial, file); // atomic: a parallel worker reads all of it or nothing
  return result;
}

/** Renders one committed environment (memoized: rendering is pure). */
export function rendered(name: EnvironmentName): RenderedEnvironment {
  let r = cache.get(name);
  if (!r) {
    r = sharedResult(`render-${name}`, name, () => {
      const env = loadEnvironments().find((e) => e.name === name);
      if (!env) throw new Error(`no environment ${name}`);
      return renderEnvironment(env);
    });
    cache.set(name, r);
  }
  return r;
}

/** Every object of an environment, across all files. */
export function objectsOf(name: EnvironmentName): KubeObject[] {
  return rendered(name).files.flatMap((f) => [...f.objects]);
}

/** A rendered object, loosely typed for assertions. */
export type AnyObject = KubeObject & { readonly spec?: any; readonly [key: string]: any };

/** The objects of one kind in an environment, loosely typed for assertions. */
export function ofKind(name: EnvironmentName, kind: string): any[] {
  return objectsOf(name).filter((o) => o.kind === kind);
}

export function find(name: EnvironmentName, kind: string, objectName: string, namespace?: string): AnyObject {
  const found = objectsOf(name).find(
    (o) => o.kind === kind && o.metadata.name === objectName && (namespace === undefined || o.metadata.namespace === namespace),
  );
  if (!found) throw new Error(`${name}: no ${kind} ${namespace ? `${namespace}/` : ''}${objectName}`);
  return found;
}

/** The committed declaration of an environment, loaded and validated. */
export function environment(name: EnvironmentName): Environment {
  const env = loadEnvironments().find((e) => e.name === name);
  if (!env) throw new Error(`no environment ${name}`);
  return env;
}

export const ENVIRONMENTS: readonly EnvironmentName[] = ['local', 'oke'];

/** Runs `fn`, expecting a ConfigError, and returns its problem lines. */
export function configProblems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  throw new Error('expected a ConfigError');
}
