import { z } from 'zod';
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

/** OCI CLI `--auth` values this project supports (docs: Content/API/SDKDocs/clienvironmentvariables.htm, OCI_CLI_AUTH). */
export const AUTH_METHODS = ['api_key', 'security_token', 'instance_principal'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];
/**
 * The same method as Terraform's provider and `oci` backend name it (`auth`, case-insensitive;
 * hashicorp/terraform internal/backend/remote-state/oci/constants.go:9-14@v1.12.2).
 */
export const TERRAFORM_AUTH: Readonly<Record<AuthMethod, string>> = { api_key: 'ApiKey', security_token: 'SecurityToken', instance_principal: 'InstancePrincipal' };

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
  /** Regional private subnet of the OCI Bastion's endpoint (used only when nodePool.sshPublicKey is set). */
  bastionSubnetCidr: cidr.default('10.0.0.16/28'),
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

/** OCI fault domain names (three per availability domain). */
export const FAULT_DOMAINS = ['FAULT-DOMAIN-1', 'FAULT-DOMAIN-2', 'FAULT-DOMAIN-3'] as const;

/** "PT5M" → 5; the OKE eviction grace period is PT0M…PT60M (provider docs r/containerengine_node_pool@v7.1.0). */
export function graceMinutes(duration: string): number | undefined {
  const m = /^PT(\d+)M$/.exec(duration) ?? /^PT(1)H$/.exec(duration);
  if (!m) return undefined;
  return duration.endsWith('H') ? 60 : Number(m[1]);
}

const NodePoolSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'lowercase letters, digits and dashes').default('arm'),
  /** Compute shape; only the Ampere A1 flexible shape is Always Free. */
  shape: z.string().default('VM.Standard.A1.Flex'),
  nodeCount: z.number().int().min(1).default(1),
  ocpusPerNode: z.number().positive().default(2),
  memoryGbPerNode: z.number().positive().default(12),
  /** Boot volume per node; OCI's minimum is 50 GB and it counts towards the 200 GB free storage. */
  bootVolumeGb: z.number().int().min(50, 'OCI boot volumes are at least 50 GB — set 50 or more').default(50),
  /**
   * The one availability domain (1-based, as `AD-1` in the console) the nodes run in. Block
   * volumes live in one AD (CSI topology, oci-cloud-controller-manager pkg/csi/driver/bv_controller.go@v1.35.0),
   * so nodes in one AD keep every PVC attachable after a node is replaced. Change it to retry
   * elsewhere when A1 capacity is exhausted.
   */
  availabilityDomain: z.number().int().min(1, 'availability domains are numbered from 1').max(3, 'OCI regions have at most 3 availability domains').default(1),
  /**
   * Fault domains the nodes may use inside the AD. Empty: OCI chooses (terraform-oci-oke
   * modules/workers/nodepools.tf@v5.4.3 leaves `fault_domains` null the same way). Naming one
   * makes "Out of host capacity" more likely; leave it empty unless you must.
   */
  faultDomains: z.array(z.enum(FAULT_DOMAINS, { error: `must be one of ${FAULT_DOMAINS.join(', ')}` })).default([]),
  /**
   * Pin the node image OCID. Unset: the newest Oracle Linux \`imageOsVersion\` aarch64 OKE image
   * of the Kubernetes version is selected at plan time, and every new image then replaces the
   * nodes — so pin it once resolved (\`npm run infra:node-image\`).
   */
  imageOcid: ocid('image').optional(),
  /** Oracle Linux major version of the node image (terraform-oci-oke `worker_image_os_version` defaults to "8", variables-workers.tf@v5.4.3). */
  imageOsVersion: z.string().regex(/^\d+$/, 'an Oracle Linux major version such as "8"').default('8'),
  /**
   * Public key for emergency SSH. Setting it also creates an OCI Bastion (its own subnet,
   * \`network.bastionSubnetCidr\`) and the only SSH rule: TCP 22 to the workers from that subnet.
   */
  sshPublicKey: z.string().regex(/^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp\d+) [A-Za-z0-9+/=]+( .*)?$/, 'must be an OpenSSH public key line').optional(),
  /** Labels every node starts with. */
  labels: z.record(z.string(), z.string()).default({ 'todo-chatbot/pool': 'arm' }),
  /**
   * How long OKE waits for pods to drain before it forces the node action (PT0M…PT60M).
   * PT5M as terraform-oci-oke (modules/workers/locals.tf@v5.4.3, eviction_grace_duration = 300).
   */
  evictionGraceDuration: z
    .string()
    .refine((d) => (graceMinutes(d) ?? 99) <= 60, 'an ISO-8601 duration between PT0M and PT60M, e.g. PT5M')
    .default('PT5M'),
  /**
   * In-place node cycling (replace nodes on image or shape changes). OKE supports it on
   * ENHANCED clusters only (terraform-oci-oke docs guide/workers_node_cycle: "supported only with
   * the enhanced OKE clusters"); the module defaults it off.
   */
  nodeCycling: z.boolean().default(false),
});

/** Terraform's `oci` backend accepts only these bucket names (internal/backend/remote-state/oci/util.go:121-130@v1.12.2). */
export const BACKEND_BUCKET_NAME = /^[a-zA-Z0-9_-]+$/;
const bucketName = z
  .string()
  .max(256)
  .regex(BACKEND_BUCKET_NAME, 'letters, digits, "_" and "-" only: Terraform\'s oci backend rejects anything else (no ".")');

const StateSchema = z.strictObject({
  /** Object Storage bucket for Terraform state (created by the `state` stack). */
  bucketName: bucketName.default('todo-chatbot-tfstate'),
  /**
   * Object Storage namespace of the tenancy (`oci os ns get`). When set, every stack — \`state\`
   * too, after its first local apply was migrated (docs/oci-deploy.md) — keeps its state in the
   * bucket with the native `oci` backend (Terraform ≥ 1.12); when unset, state stays local.
   */
  namespace: z.string().regex(/^[a-z0-9]+$/, 'the tenancy namespace from `oci os ns get`').optional(),
  /** Refuse local state (CI sets PLATFORM_OCI_STATE_REQUIRE_REMOTE=true: a runner's local state is thrown away). */
  requireRemote: z.boolean().default(false),
});

const BackupSchema = z.strictObject({
  /** Object Storage bucket for the PostgreSQL backups (CloudNativePG, S3-compatible API). */
  bucketName: bucketName.default('todo-chatbot-pg-backups'),
  /**
   * Objects older than this are deleted by the bucket's lifecycle policy: a backstop under the
   * database's own retention, so the bucket stays inside the free 20 GB (docs/oci-deploy.md).
   */
  lifecycleDays: z.number().int().min(2, 'keep backups at least 2 days').max(365).default(30),
});

/** Marker of the budget e-mail placeholder (refused once real identifiers are set). */
export const PLACEHOLDER_EMAIL = `budget-alerts-${PLACEHOLDER}@example.org`;

const BudgetSchema = z.strictObject({
  /** Who is e-mailed when anything is billed (actual) or forecast to be. */
  alertEmail: z.email('must be an e-mail address').default(PLACEHOLDER_EMAIL),
  /** Monthly budget in the tenancy's currency (whole number): alerts fire on 1 % of it actually spent and on 100 % forecast. */
  amount: z.number().int('budgets take whole amounts (provider docs r/budget_budget@v7.1.0)').min(1).default(1),
});

/**
 * Everything the OCI stacks need, validated once: the `oci` section of the platform
 * configuration (k8s/contract/platform.json), identifiers from environment variables.
 */
export const OciConfigSchema = z
  .strictObject({
    /** OCI region identifier, e.g. eu-frankfurt-1 (your Always Free home region). */
    region: z.string().regex(/^[a-z]+(-[a-z]+)+-\d+$/, 'must be an OCI region identifier such as eu-frankfurt-1'),
    /** Tenancy OCID (availability domains and the OSN service list are read from it). An identifier: set it with PLATFORM_OCI_TENANCY_OCID. */
    tenancyOcid: ocid('tenancy').default(`ocid1.tenancy.oc1..${PLACEHOLDER}-set-platform-oci-tenancy-ocid`),
    /** Compartment that receives every resource; the tenancy OCID means the root compartment. Set it with PLATFORM_OCI_COMPARTMENT_OCID. */
    compartmentOcid: ocid('compartment', 'tenancy').default(`ocid1.tenancy.oc1..${PLACEHOLDER}-set-platform-oci-compartment-ocid`),
    /** Profile in ~/.oci/config the provider, the backend and the OCI CLI authenticate with. */
    configFileProfile: z.string().min(1).default('DEFAULT'),
    /** How they authenticate (OCI CLI `--auth`); security_token for `oci session authenticate`. */
    auth: z.enum(AUTH_METHODS, { error: `must be one of ${AUTH_METHODS.join(', ')}` }).default('api_key'),
    network: NetworkSchema.prefault({}),
    cluster: ClusterSchema.prefault({}),
    nodePool: NodePoolSchema.prefault({}),
    state: StateSchema.prefault({}),
    backup: BackupSchema.prefault({}),
    budget: BudgetSchema.prefault({}),
    /**
     * Create the tenancy quota that caps A1, block and object storage, fixed-shape load
     * balancers and reserved IPs at the Always Free allowance (infra-oci/guardrails/quotas.ts).
     * It applies to the whole tenancy: turn it off only if the tenancy runs other paid workloads.
     */
    tenancyQuota: z.boolean().default(true),
  })
  .superRefine((c, ctx) => {
    const n = c.network;
    const parsed = (field: string, value: string) => ({ field, value, cidr: parseCidr(value) });
    const vcn = parsed('network.vcnCidr', n.vcnCidr);
    const subnets = [
      parsed('network.endpointSubnetCidr', n.endpointSubnetCidr),
      parsed('network.workerSubnetCidr', n.workerSubnetCidr),
      parsed('network.loadBalancerSubnetCidr', n.loadBalancerSubnetCidr),
      parsed('network.bastionSubnetCidr', n.bastionSubnetCidr),
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
        message: `still the documentation placeholder ${DOCUMENTATION_CIDR} — set your own address (e.g. "$(curl -s ifconfig.me)/32") or PLATFORM_OCI_CLUSTER_API_ENDPOINT_ALLOWED_CIDRS`,
      });
    }
    if (real && c.budget.alertEmail === PLACEHOLDER_EMAIL) {
      ctx.addIssue({ code: 'custom', path: ['budget', 'alertEmail'], message: `still the placeholder ${PLACEHOLDER_EMAIL} — set the address budget alerts go to (oci.budget.alertEmail or PLATFORM_OCI_BUDGET_ALERT_EMAIL)` });
    }
    if (c.nodePool.nodeCycling && c.cluster.type !== 'ENHANCED_CLUSTER') {
      ctx.addIssue({ code: 'custom', path: ['nodePool', 'nodeCycling'], message: `OKE cycles nodes in place on ENHANCED clusters only, and this one is ${c.cluster.type} — set nodePool.nodeCycling to false` });
    }
    if (c.state.requireRemote && !c.state.namespace) {
      ctx.addIssue({
        code: 'custom',
        path: ['state', 'namespace'],
        message: 'required because state.requireRemote is true (CI must never fall back to local state) — set PLATFORM_OCI_STATE_NAMESPACE to the output of `oci os ns get` once the state stack was applied and migrated (docs/oci-deploy.md)',
      });
    }
  });

export type OciConfigInput = z.input<typeof OciConfigSchema>;
export type OciConfig = z.output<typeof OciConfigSchema>;

/** True when any identifier is still a placeholder (offline synth): never deployable. */
export function usesPlaceholders(config: OciConfig): boolean {
  return JSON.stringify(config).includes(PLACEHOLDER);
}
