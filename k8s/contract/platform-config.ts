import { z } from 'zod';
import { ConfigError, parseConfig } from './errors';
import { OciConfigSchema } from './oci-settings';
import committed from './platform.json';

/** Where the platform configuration lives (relative to the repository root). */
export const PLATFORM_CONFIG_FILE = 'k8s/contract/platform.json';
/** Prefix of the environment variables that override a field of the platform configuration. */
export const OVERRIDE_PREFIX = 'PLATFORM_';

const dnsName = z.string().regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/, 'must be a DNS name such as todo.example.org');

/**
 * The one configuration of a deployment, read by both apps: where Argo CD finds this
 * repository, how the public edge is named and certified, the OCI settings (region, network,
 * cluster, node pool) and the size of the local cluster. Non-secret and committed; the OCI
 * identifiers (tenancy, compartment, state namespace) come from environment variables.
 */
export const PlatformConfigSchema = z.strictObject({
  gitops: z.strictObject({
    /** This repository, as Argo CD clones it (your fork). */
    repoURL: z.url({ error: 'must be the https URL of your fork of this repository' }),
    /** Branch or tag Argo CD follows. */
    targetRevision: z.string().min(1).default('main'),
  }),
  edge: z.strictObject({
    /**
     * The public DNS name of the app. Unset: `todo.<load balancer address>.nip.io`, which
     * needs no DNS at all (the address is reserved by the network stack).
     */
    hostname: dnsName.optional(),
    /** Contact for Let's Encrypt (expiry notices). */
    acmeEmail: z.email('must be an e-mail address Let’s Encrypt can write to'),
    /** Who signs the public certificate. Staging certificates are not trusted by browsers. */
    issuer: z.enum(['letsencrypt-staging', 'letsencrypt-production']).default('letsencrypt-production'),
  }),
  /** Oracle Cloud: region, network, cluster, node pool, state bucket. */
  oci: OciConfigSchema,
  /** The Minikube cluster of the `local` environment (`minikube start --cpus --memory`). */
  local: z
    .strictObject({
      cpus: z.number().int().min(2, 'Minikube needs at least 2 CPUs').default(4),
      memoryGi: z.number().int().min(6, 'the local platform needs at least 6 GiB').default(10),
    })
    .prefault({}),
});

export type PlatformConfigInput = z.input<typeof PlatformConfigSchema>;
export type PlatformConfig = z.output<typeof PlatformConfigSchema>;

// ---------------------------------------------------------------------------------------
// Environment-variable overrides: one uniform name per field, derived from its path.

type ZodNode = { def?: { type?: string; innerType?: ZodNode; in?: ZodNode; out?: ZodNode; shape?: Record<string, ZodNode> }; shape?: Record<string, ZodNode> };

function unwrap(node: ZodNode): ZodNode {
  let n = node;
  for (let i = 0; i < 20; i++) {
    const d = n.def;
    if (d?.innerType) n = d.innerType;
    else if (d?.type === 'pipe' && d.in) n = d.in;
    else break;
  }
  return n;
}

/** A leaf field of the configuration and the variable that overrides it. */
export interface OverrideVariable {
  readonly variable: string;
  readonly path: readonly string[];
  /** zod type of the leaf: string, number, boolean, array, record, enum… */
  readonly type: string;
}

const snake = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** Every field of the configuration with the environment variable that overrides it. */
export function overrideVariables(schema: ZodNode = PlatformConfigSchema as unknown as ZodNode, path: string[] = []): OverrideVariable[] {
  const node = unwrap(schema);
  const shape = node.shape ?? node.def?.shape;
  if (node.def?.type === 'object' && shape) {
    return Object.entries(shape).flatMap(([key, child]) => overrideVariables(child, [...path, key]));
  }
  return [{ variable: OVERRIDE_PREFIX + path.map(snake).join('_'), path, type: node.def?.type ?? 'unknown' }];
}

function parseOverride(v: OverrideVariable, raw: string): unknown {
  switch (v.type) {
    case 'number':
      return Number(raw);
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'array':
      return raw.trim().startsWith('[') ? JSON.parse(raw) : raw.split(',').map((s) => s.trim()).filter(Boolean);
    case 'record':
      return JSON.parse(raw);
    default:
      return raw;
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = node[key] = next && typeof next === 'object' && !Array.isArray(next) ? { ...(next as Record<string, unknown>) } : {};
  }
  node[path[path.length - 1]!] = value;
}

export interface LoadPlatformOptions {
  /**
   * Environment variables to read overrides from. The Kubernetes side renders committed
   * manifests and so reads none; the OCI side passes `process.env`.
   * @default {} (no overrides)
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * The configuration to validate instead of the committed file (tests).
   * @default the content of k8s/contract/platform.json
   */
  readonly input?: unknown;
}

/** Loads and validates the platform configuration; throws a ConfigError naming each bad field and its fix. */
export function loadPlatformConfig(options: LoadPlatformOptions = {}): PlatformConfig {
  const input = structuredClone((options.input ?? committed) as Record<string, unknown>);
  const sources = [options.input ? 'input' : PLATFORM_CONFIG_FILE];
  const env = options.env ?? {};
  const known = overrideVariables();
  const problems: string[] = [];
  for (const name of Object.keys(env).filter((n) => n.startsWith(OVERRIDE_PREFIX)).sort()) {
    const v = known.find((k) => k.variable === name);
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    if (!v) {
      problems.push(`${name}: no such field — the variables are listed in docs/configuration.md`);
      continue;
    }
    try {
      setPath(input, v.path, parseOverride(v, raw));
      sources.push(name);
    } catch (err) {
      problems.push(`${name}: ${(err as Error).message} — give a JSON value or a comma-separated list`);
    }
  }
  const source = sources.join(' + ');
  if (problems.length > 0) throw new ConfigError(source, problems);
  return parseConfig(PlatformConfigSchema, input, source);
}
