import { ConfigError } from '../config/errors';
import { type Environment, type EnvironmentInput, parseEnvironment } from '../config/environment';
import { scalingProblems } from '../events/scaling';
import { local } from './local';
import { oke } from './oke';

/** Every environment declaration, in the order they are rendered. */
export const ENVIRONMENT_INPUTS: readonly EnvironmentInput[] = [local, oke];

/**
 * Validates all environments at once, so one run reports every problem in every file.
 * Throws a ConfigError before anything is rendered or written.
 */
export function loadEnvironments(inputs: readonly unknown[] = ENVIRONMENT_INPUTS): Environment[] {
  const problems: string[] = [];
  const parsed: Environment[] = [];
  inputs.forEach((input, i) => {
    const name = (input as { name?: unknown })?.name;
    const source = `k8s/environments/${typeof name === 'string' ? name : `#${i}`}`;
    try {
      const env = parseEnvironment(input, source);
      const scaling = scalingProblems(env);
      if (scaling.length > 0) throw new ConfigError(source, scaling);
      parsed.push(env);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems.push(...err.problems.map((p) => `${source}: ${p}`));
    }
  });
  const names = parsed.map((e) => e.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) problems.push(`k8s/environments: name "${duplicate}" is declared twice — each environment needs its own name`);
  if (problems.length > 0) throw new ConfigError('k8s/environments', problems);
  return parsed;
}
