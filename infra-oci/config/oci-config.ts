import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { ConfigError, parseConfig } from '../../k8s/config/errors';
import { parseCidr } from './cidr';

/** Marker inside every placeholder value, so a placeholder can never be mistaken for a real OCID. */
export const PLACEHOLDER = 'placeholder';

const ocid = (kind: string, ...alsoAllowed: string[]) =>
  z
    .string()
    .regex(
      new RegExp(`^ocid1\\.(${[kind, ...alsoAllowed].join('|')})\\.[a-z0-9-]+\\.[a-z0-9-]*\\.[a-z0-9._-]+$`),
      `must be a ${kind} OCID (ocid1.${kind}.oc1..…); copy it from the OCI console`,
    );

export const cidr = z.string().superRefine((value, ctx) => {
  const parsed = parseCidr(value);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: `${parsed} — use a network address such as 10.0.0.0/16` });
});

/**
 * Everything the OCI stacks need, validated once. Values come from (later wins):
 * built-in placeholders → infra-oci/config.local.json (git-ignored) → environment variables.
 */
export const OciConfigSchema = z.strictObject({
  /** OCI region identifier, e.g. eu-frankfurt-1 (your Always Free home region). */
  region: z.string().regex(/^[a-z]+(-[a-z]+)+-\d+$/, 'must be an OCI region identifier such as eu-frankfurt-1'),
  /** Tenancy OCID (availability domains and the OSN service list are read from it). */
  tenancyOcid: ocid('tenancy'),
  /** Compartment that receives every resource; the tenancy OCID means the root compartment. */
  compartmentOcid: ocid('compartment', 'tenancy'),
  /** Profile in ~/.oci/config the provider authenticates with. */
  configFileProfile: z.string().min(1).default('DEFAULT'),
  network: z.strictObject({
    /** VCN address space (at least a /16 so pods, services and subnets fit). */
    vcnCidr: cidr.default('10.0.0.0/16'),
  }).prefault({}),
});

export type OciConfigInput = z.input<typeof OciConfigSchema>;
export type OciConfig = z.output<typeof OciConfigSchema>;

/** Offline defaults: synth works without an OCI account, and the output says so. */
export const PLACEHOLDER_CONFIG: OciConfigInput = {
  region: 'eu-frankfurt-1',
  tenancyOcid: `ocid1.tenancy.oc1..${PLACEHOLDER}-set-oci-tenancy-ocid`,
  compartmentOcid: `ocid1.tenancy.oc1..${PLACEHOLDER}-set-oci-compartment-ocid`,
};

/** Environment variables that override the config file, by config path. */
export const ENV_OVERRIDES: Readonly<Record<string, string>> = {
  OCI_REGION: 'region',
  OCI_TENANCY_OCID: 'tenancyOcid',
  OCI_COMPARTMENT_OCID: 'compartmentOcid',
  OCI_CONFIG_PROFILE: 'configFileProfile',
};

export const LOCAL_CONFIG_FILE = path.join('infra-oci', 'config.local.json');

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b) ? deepMerge(b as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

export interface LoadOptions {
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** @default infra-oci/config.local.json (skipped when absent) */
  readonly file?: string;
  /** Overrides applied last (tests use this). */
  readonly overrides?: Record<string, unknown>;
}

/** Loads and validates the OCI configuration; throws a ConfigError naming each bad field. */
export function loadOciConfig(options: LoadOptions = {}): OciConfig {
  const env = options.env ?? process.env;
  const file = options.file ?? LOCAL_CONFIG_FILE;
  let merged = { ...PLACEHOLDER_CONFIG } as Record<string, unknown>;
  const sources = ['placeholders'];
  if (fs.existsSync(file)) {
    try {
      merged = deepMerge(merged, JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch (err) {
      throw new ConfigError(file, [`not valid JSON: ${(err as Error).message}`]);
    }
    sources.push(file);
  }
  for (const [name, dotted] of Object.entries(ENV_OVERRIDES)) {
    const value = env[name];
    if (value) {
      setPath(merged, dotted, value);
      sources.push(name);
    }
  }
  if (options.overrides) merged = deepMerge(merged, options.overrides);
  return parseConfig(OciConfigSchema, merged, `OCI config (${sources.join(' + ')})`);
}

/** True when any identifier is still a placeholder (offline synth): never deployable. */
export function usesPlaceholders(config: OciConfig): boolean {
  return JSON.stringify(config).includes(PLACEHOLDER);
}

export function describeSource(): string {
  return fs.existsSync(LOCAL_CONFIG_FILE) ? path.resolve(LOCAL_CONFIG_FILE) : 'placeholders and environment variables';
}
