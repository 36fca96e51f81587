import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { ConfigError, parseConfig } from '../../k8s/config/errors';
import { contains, overlaps, parseCidr } from './cidr';

/** Marker inside every placeholder value, so a placeholder can never be mistaken for a real one. */
export const PLACEHOLDER = 'placeholder';
/** RFC 5737 documentation range: the default API allow-list until you put your own address there. */
export const DOCUMENTATION_CIDR = '203.0.113.0/24';

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

const kubernetesVersion = z.string().regex(/^v1\.\d{2}\.\d+$/, 'must look like v1.34.1 (see `oci ce cluster-options get --cluster-option-id all`)');

const NetworkSchema = z.strictObject({
  /** VCN address space. */
  vcnCidr: cidr.default('10.0.0.0/16'),
  /** Regional subnet of the Kubernetes API endpoint (a /28 is plenty). */
  endpointSubnetCidr: cidr.default('10.0.0.0/28'),
  /** Regional private subnet of the worker nodes. */
  workerSubnetCidr: cidr.default('10.0.16.0/20'),
  /** Regional public subnet of the OCI load balancer. */
  loadBalancerSubnetCidr: cidr.default('10.0.32.0/24'),
  /** Flannel overlay network for pods (must not overlap the VCN). */
  podsCidr: cidr.default('10.244.0.0/16'),
  /** ClusterIP range for Services (must not overlap the VCN or the pods). */
  servicesCidr: cidr.default('10.96.0.0/16'),
  /** Who may reach the load balancer's listeners (TCP 80 and 443). */
  loadBalancerAllowedCidrs: z.array(cidr).min(1).default(['0.0.0.0/0']),
  /** Let worker nodes reach the internet through the NAT gateway (image pulls, LLM API, Redpanda Cloud). */
  workerInternetEgress: z.boolean().default(true),
});

const ClusterSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'lowercase letters, digits and dashes').default('todo-chatbot'),
  /** OKE Kubernetes version; the plan fails early if OKE does not offer it in your region. */
  kubernetesVersion: kubernetesVersion.default('v1.34.1'),
  /** BASIC_CLUSTER is free; ENHANCED_CLUSTER is billed per cluster-hour. */
  type: z.enum(['BASIC_CLUSTER', 'ENHANCED_CLUSTER']).default('BASIC_CLUSTER'),
  /** Explicit opt-in to a billed ENHANCED_CLUSTER. */
  allowEnhancedCluster: z.boolean().default(false),
  apiEndpoint: z
    .strictObject({
      /** Public IP on the API endpoint (reachable from allowedCidrs only); false keeps it VCN-internal. */
      public: z.boolean().default(true),
      /** Who may reach the Kubernetes API on 6443: your workstation /32, your CI egress ranges. */
      allowedCidrs: z.array(cidr).min(1).default([DOCUMENTATION_CIDR]),
    })
    .prefault({}),
});

const NodePoolSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'lowercase letters, digits and dashes').default('arm'),
  /** Compute shape; only the Ampere A1 flexible shape is Always Free. */
  shape: z.string().default('VM.Standard.A1.Flex'),
  nodeCount: z.number().int().min(1).default(2),
  ocpusPerNode: z.number().positive().default(2),
  memoryGbPerNode: z.number().positive().default(12),
  /** Boot volume per node; OCI's minimum is 50 GB and it counts towards the 200 GB free storage. */
  bootVolumeGb: z.number().int().min(50, 'OCI boot volumes are at least 50 GB — set 50 or more').default(50),
  /** Pin a node image OCID instead of selecting the newest ARM OKE image for the version. */
  imageOcid: ocid('image').optional(),
  /** Public key for emergency SSH through the OCI Bastion service (workers have no public IP). */
  sshPublicKey: z.string().regex(/^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp\d+) [A-Za-z0-9+/=]+( .*)?$/, 'must be an OpenSSH public key line').optional(),
  /** Labels every node starts with. */
  labels: z.record(z.string(), z.string()).default({ 'todo-chatbot/pool': 'arm' }),
  /** How long OKE waits for pods to drain before deleting a node (ISO-8601 duration, ≤ PT60M). */
  evictionGraceDuration: z.string().regex(/^PT(\d+M|60M|1H)$/, 'an ISO-8601 duration between PT1M and PT60M').default('PT60M'),
});

const StateSchema = z.strictObject({
  /** Object Storage bucket for Terraform state (created by the `state` stack). */
  bucketName: z.string().regex(/^[a-zA-Z0-9._-]{1,256}$/).default('todo-chatbot-tfstate'),
  /**
   * Object Storage namespace of the tenancy (`oci os ns get`). When set, every stack but
   * `state` keeps its state in the bucket with the native `oci` backend (Terraform ≥ 1.12);
   * when unset, state stays local.
   */
  namespace: z.string().regex(/^[a-z0-9]+$/, 'the tenancy namespace from `oci os ns get`').optional(),
});

/**
 * Everything the OCI stacks need, validated once. Values come from (later wins):
 * built-in placeholders → infra-oci/config.local.json (git-ignored) → environment variables.
 */
export const OciConfigSchema = z
  .strictObject({
    /** OCI region identifier, e.g. eu-frankfurt-1 (your Always Free home region). */
    region: z.string().regex(/^[a-z]+(-[a-z]+)+-\d+$/, 'must be an OCI region identifier such as eu-frankfurt-1'),
    /** Tenancy OCID (availability domains and the OSN service list are read from it). */
    tenancyOcid: ocid('tenancy'),
    /** Compartment that receives every resource; the tenancy OCID means the root compartment. */
    compartmentOcid: ocid('compartment', 'tenancy'),
    /** Profile in ~/.oci/config the provider authenticates with. */
    configFileProfile: z.string().min(1).default('DEFAULT'),
    network: NetworkSchema.prefault({}),
    cluster: ClusterSchema.prefault({}),
    nodePool: NodePoolSchema.prefault({}),
    state: StateSchema.prefault({}),
  })
  .superRefine((c, ctx) => {
    const n = c.network;
    const parsed = (field: string, value: string) => ({ field, value, cidr: parseCidr(value) });
    const vcn = parsed('network.vcnCidr', n.vcnCidr);
    const subnets = [
      parsed('network.endpointSubnetCidr', n.endpointSubnetCidr),
      parsed('network.workerSubnetCidr', n.workerSubnetCidr),
      parsed('network.loadBalancerSubnetCidr', n.loadBalancerSubnetCidr),
    ];
    const clusterRanges = [parsed('network.podsCidr', n.podsCidr), parsed('network.servicesCidr', n.servicesCidr)];
    const all = [vcn, ...subnets, ...clusterRanges];
    if (all.some((x) => typeof x.cidr === 'string')) return; // already reported field by field
    const cidrOf = (x: (typeof all)[number]) => x.cidr as Exclude<typeof x.cidr, string>;
    for (const s of subnets) {
      if (!contains(cidrOf(vcn), cidrOf(s))) {
        ctx.addIssue({ code: 'custom', path: s.field.split('.'), message: `${s.value} is outside the VCN ${n.vcnCidr} — pick a range inside it` });
      }
    }
    const pairs = [...subnets, ...clusterRanges];
    for (let i = 0; i < pairs.length; i++) {
      for (let j = i + 1; j < pairs.length; j++) {
        if (overlaps(cidrOf(pairs[i]!), cidrOf(pairs[j]!))) {
          ctx.addIssue({ code: 'custom', path: pairs[j]!.field.split('.'), message: `${pairs[j]!.value} overlaps ${pairs[i]!.field} (${pairs[i]!.value}) — ranges must be disjoint` });
        }
      }
    }
    for (const r of clusterRanges) {
      if (overlaps(cidrOf(vcn), cidrOf(r))) {
        ctx.addIssue({ code: 'custom', path: r.field.split('.'), message: `${r.value} overlaps the VCN ${n.vcnCidr} — pod and service ranges must be outside it` });
      }
    }
    const real = !JSON.stringify([c.tenancyOcid, c.compartmentOcid]).includes(PLACEHOLDER);
    if (real && c.cluster.apiEndpoint.allowedCidrs.includes(DOCUMENTATION_CIDR)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cluster', 'apiEndpoint', 'allowedCidrs'],
        message: `still the documentation placeholder ${DOCUMENTATION_CIDR} — set your own address (e.g. "$(curl -s ifconfig.me)/32") or OCI_API_ALLOWED_CIDRS`,
      });
    }
  });

export type OciConfigInput = z.input<typeof OciConfigSchema>;
export type OciConfig = z.output<typeof OciConfigSchema>;

/** Offline defaults: synth works without an OCI account, and the output says so. */
export const PLACEHOLDER_CONFIG: OciConfigInput = {
  region: 'eu-frankfurt-1',
  tenancyOcid: `ocid1.tenancy.oc1..${PLACEHOLDER}-set-oci-tenancy-ocid`,
  compartmentOcid: `ocid1.tenancy.oc1..${PLACEHOLDER}-set-oci-compartment-ocid`,
};

/** Environment variables that override the config file: name → [config path, parser]. */
export const ENV_OVERRIDES: Readonly<Record<string, readonly [string, (v: string) => unknown]>> = {
  OCI_REGION: ['region', String],
  OCI_TENANCY_OCID: ['tenancyOcid', String],
  OCI_COMPARTMENT_OCID: ['compartmentOcid', String],
  OCI_CONFIG_PROFILE: ['configFileProfile', String],
  OCI_API_ALLOWED_CIDRS: ['cluster.apiEndpoint.allowedCidrs', (v) => v.split(',').map((s) => s.trim()).filter(Boolean)],
  OCI_STATE_NAMESPACE: ['state.namespace', String],
  OCI_SSH_PUBLIC_KEY: ['nodePool.sshPublicKey', String],
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
    const bothObjects = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b);
    out[k] = bothObjects ? deepMerge(b as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

export interface LoadOptions {
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** @default infra-oci/config.local.json (skipped when absent); null reads no file */
  readonly file?: string | null;
  /** Overrides applied last (tests use this). */
  readonly overrides?: Record<string, unknown>;
}

/** Loads and validates the OCI configuration; throws a ConfigError naming each bad field. */
export function loadOciConfig(options: LoadOptions = {}): OciConfig {
  const env = options.env ?? process.env;
  const file = options.file === undefined ? LOCAL_CONFIG_FILE : options.file;
  let merged = { ...PLACEHOLDER_CONFIG } as Record<string, unknown>;
  const sources = ['placeholders'];
  if (file !== null && fs.existsSync(file)) {
    try {
      merged = deepMerge(merged, JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch (err) {
      throw new ConfigError(file, [`not valid JSON: ${(err as Error).message}`]);
    }
    sources.push(file);
  }
  for (const [name, [dotted, parse]] of Object.entries(ENV_OVERRIDES)) {
    const value = env[name];
    if (value) {
      setPath(merged, dotted, parse(value));
      sources.push(name);
    }
  }
  if (options.overrides) merged = deepMerge(merged, options.overrides);
  return parseConfig(OciConfigSchema, merged, `OCI config (${sources.join(' + ')})`);
}

/**
 * The offline configuration: placeholders and defaults only, ignoring the caller's
 * environment variables and config file (docs, budget, validation and tests use it so
 * their output does not depend on who runs them).
 */
export function offlineOciConfig(overrides?: Record<string, unknown>): OciConfig {
  return loadOciConfig({ env: {}, file: null, overrides });
}

/** True when any identifier is still a placeholder (offline synth): never deployable. */
export function usesPlaceholders(config: OciConfig): boolean {
  return JSON.stringify(config).includes(PLACEHOLDER);
}
