import { ConfigError } from '../k8s/contract/errors';
import { loadEnvironments } from '../k8s/environments';
import type { Environment, EnvironmentName } from '../k8s/config/environment';
import { type KubeObject, type RenderedEnvironment, renderEnvironment } from '../k8s/synth/render';

const cache = new Map<string, RenderedEnvironment>();

/** Renders one committed environment (memoized: rendering is pure). */
export function rendered(name: EnvironmentName): RenderedEnvironment {
  let r = cache.get(name);
  if (!r) {
    const env = loadEnvironments().find((e) => e.name === name);
    if (!env) throw new Error(`no environment ${name}`);
    r = renderEnvironment(env);
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
