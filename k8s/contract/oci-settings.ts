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
  nodeCount: z.number().int().min(1).default(1),
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
        message: `still the documentation placeholder ${DOCUMENTATION_CIDR} — set your own address (e.g. "$(curl -s ifconfig.me)/32") or PLATFORM_OCI_CLUSTER_API_ENDPOINT_ALLOWED_CIDRS`,
      });
    }
  });

export type OciConfigInput = z.input<typeof OciConfigSchema>;
export type OciConfig = z.output<typeof OciConfigSchema>;

/** True when any identifier is still a placeholder (offline synth): never deployable. */
export function usesPlaceholders(config: OciConfig): boolean {
  return JSON.stringify(config).includes(PLACEHOLDER);
}
