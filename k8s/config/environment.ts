import { z } from 'zod';
import { parseConfig } from './errors';

/** The environments this repository renders, each into dist/<name>/. */
export const ENVIRONMENT_NAMES = ['local', 'oke'] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];

/**
 * The Kubernetes-side description of one environment. Every field is checked once,
 * here, before any construct is created; constructs receive the parsed, typed value.
 * Objects are strict: an unknown (e.g. misspelt) field is an error, not ignored.
 */
export const EnvironmentSchema = z.strictObject({
  /** Folder name under dist/ and the value of the `todo-chatbot/environment` label. */
  name: z.enum(ENVIRONMENT_NAMES),
  /** One line for humans: shown in README tables and file headers. */
  description: z.string().min(1, 'must not be empty — say what this environment is for'),
  cluster: z.strictObject({
    /** Where the manifests run: Minikube on a laptop, or Oracle's OKE. */
    distribution: z.enum(['minikube', 'oke']),
  }),
});

/** What an environment file declares (before defaults are applied). */
export type EnvironmentInput = z.input<typeof EnvironmentSchema>;
/** A validated environment, as constructs receive it. */
export type Environment = z.output<typeof EnvironmentSchema>;

/** Validates one environment declaration; throws a ConfigError naming each bad field. */
export function parseEnvironment(input: unknown, source = 'environment'): Environment {
  return parseConfig(EnvironmentSchema, input, source);
}
