import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { cidr } from './oci-settings';
import { parseConfig } from './errors';
import { repoRoot } from './repo-root';

/** Folder of the outputs files, relative to the repository root. */
export const OUTPUTS_DIR = 'k8s/contract/outputs';

const sha256 = z.string().regex(/^[a-f0-9]{64}$/, 'must be a SHA-256 in hex — run `npm run outputs` again');

/**
 * What the applied OCI stacks tell the manifests (written by `npm run outputs -- <env>` from
 * `terraform output -json`, committed, read by `npm run synth`): facts the Terraform side
 * owns and the Kubernetes side must not type again.
 */
export const InfraOutputsSchema = z.strictObject({
  /** `terraform`: read from applied stacks; `example`: the offline stand-in. */
  source: z.enum(['terraform', 'example']),
  /** Stack id → SHA-256 of its cdk.tf.json when the outputs were read (what older preflights compared). */
  stacks: z.record(z.string(), sha256),
  /**
   * Stack id → fingerprint of what the stack applies when the outputs were read: its
   * cdk.tf.json without where state lives, how Terraform signs in and the outputs nobody reads
   * here (stackFingerprint in infra-oci/tools/outputs.ts). `npm run preflight` compares it with a fresh synth to find
   * outputs older than the stacks. Absent in files written before it existed: the preflight
   * then compares `stacks`.
   */
  fingerprints: z.record(z.string(), sha256).optional(),
  registry: z.strictObject({
    /** `<region-key>.ocir.io/<tenancy namespace>/todo-chatbot`: images are `<prefix>/<app>`. */
    repositoryPrefix: z.string().regex(/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+$/, 'must be <registry>/<path>, lowercase, without a tag'),
  }),
  edge: z.strictObject({
    /** The load balancer's public address (reserved before the load balancer exists). */
    publicIp: z.string().regex(/^(\d{1,3}\.){3}\d{1,3}$/, 'must be an IPv4 address'),
  }),
  network: z.strictObject({
    /** Subnet of the Kubernetes API endpoint (pods reach the API there after kube-proxy's DNAT). */
    apiEndpointCidr: cidr,
    /** Subnet of the worker nodes (kubelet probes, host-network pods, API server webhook calls). */
    workerSubnetCidr: cidr,
    /** Subnet of the load balancer, whose private addresses are the source of all public traffic. */
    loadBalancerSubnetCidr: cidr,
  }),
  cluster: z.strictObject({
    /** The availability domain of the nodes, where every PersistentVolume is created (CSI topology). */
    nodeAvailabilityDomain: z.string().min(1),
  }),
  backup: z.strictObject({
    /** Object Storage bucket of the PostgreSQL backups (created by the `state` stack). */
    bucket: z.string().regex(/^[a-zA-Z0-9_-]+$/),
    /** Amazon S3 Compatibility API endpoint: https://<namespace>.compat.objectstorage.<region>.oraclecloud.com */
    s3Endpoint: z.string().regex(/^https:\/\/[a-z0-9]+\.compat\.objectstorage\.[a-z]+(-[a-z]+)+-\d+\.oraclecloud\.com$/, 'must be https://<namespace>.compat.objectstorage.<region>.oraclecloud.com'),
    /** Region of the bucket (the S3 client's region). */
    region: z.string().regex(/^[a-z]+(-[a-z]+)+-\d+$/),
  }),
});
export type InfraOutputs = z.output<typeof InfraOutputsSchema>;

/** The outputs file of an environment, and the example used until one is written. */
export function outputsFiles(environment: string, root = '.'): { readonly actual: string; readonly example: string } {
  return { actual: path.join(root, OUTPUTS_DIR, `${environment}.json`), example: path.join(root, OUTPUTS_DIR, `${environment}.example.json`) };
}

/** Reads the environment's outputs file (the example when none was written yet). */
export function loadInfraOutputs(environment: string, root = repoRoot()): InfraOutputs {
  const { actual, example } = outputsFiles(environment, root);
  const file = fs.existsSync(actual) ? actual : example;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${path.relative(root, file)}: ${(err as Error).message} — run \`npm run outputs -- ${environment}\` again`, { cause: err });
  }
  return parseConfig(InfraOutputsSchema, raw, path.relative(root, file));
}
