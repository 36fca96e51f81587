import { ConfigError } from '../contract/errors';
import { type Environment, type EnvironmentInput, parseEnvironment } from '../config/environment';
import { scalingProblems } from '../events/scaling';
import { type DeploymentInputs, loadDeploymentInputs } from './inputs';
import { local } from './local';
import { oke } from './oke';

/** Every environment, in the order they are rendered: a declaration built from the deployment inputs. */
export const ENVIRONMENT_DECLARATIONS = { local, oke } as const;

/** The declarations of every environment for the given (default: committed) deployment inputs. */
export function environmentInputs(inputs: DeploymentInputs = loadDeploymentInputs()): EnvironmentInput[] {
  return Object.values(ENVIRONMENT_DECLARATIONS).map((declare) => declare(inputs));
}

/** One environment's declaration from the committed inputs (tests vary it). */
export function environmentInput(name: keyof typeof ENVIRONMENT_DECLARATIONS): EnvironmentInput {
  return ENVIRONMENT_DECLARATIONS[name](loadDeploymentInputs());
}

/**
 * Validates all environments at once, so one run reports every problem in every file.
 * Throws a ConfigError before anything is rendered or written.
 */
export function loadEnvironments(inputs: readonly unknown[] = environmentInputs()): Environment[] {
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
