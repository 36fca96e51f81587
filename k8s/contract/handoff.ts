import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { parseConfig } from './errors';
import { repoRoot } from './repo-root';

/** Name of the handoff file in dist/<environment>/. */
export const HANDOFF_FILE = 'handoff.json';

const VolumeClaimSchema = z.strictObject({
  namespace: z.string(),
  /** Which object asks for it, e.g. "postgresql.cnpg.io/v1/Cluster todo-app/todo-db (data)". */
  owner: z.string(),
  /** Requested size in GB, before the provider's minimum is applied. */
  requestedGb: z.number().nonnegative(),
});
export type VolumeClaim = z.output<typeof VolumeClaimSchema>;

const CloudDemandSchema = z.strictObject({
  /** Every persistent volume the environment claims from the cloud. */
  volumes: z.array(VolumeClaimSchema),
  /** Objects that make the cloud controller create a load balancer. */
  loadBalancers: z.array(z.string()),
});
export type CloudDemand = z.output<typeof CloudDemandSchema>;

/**
 * What the infrastructure takes from a rendered environment: the cloud resources its
 * manifests will claim (checked against the Always Free limits before anything is applied)
 * and what the bootstrap stack installs to hand the cluster to Argo CD. The Kubernetes app
 * writes it next to the manifests; the OCI app only ever reads this file, never k8s code.
 */
export const HandoffSchema = z.strictObject({
  environment: z.string(),
  /** The application images its manifests pull: the registry stack creates one private repository each. */
  images: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).min(1),
  demand: CloudDemandSchema,
  bootstrap: z.strictObject({
    /** Namespace Argo CD is installed into. */
    namespace: z.string(),
    releaseName: z.string(),
    chart: z.strictObject({ repoURL: z.string(), chart: z.string(), version: z.string() }),
    /** Helm values of Argo CD (the same the budget counts). */
    values: z.record(z.string(), z.unknown()),
    /** The AppProjects and the root Application, as one multi-document YAML. */
    seedManifest: z.string(),
  }),
});
export type Handoff = z.output<typeof HandoffSchema>;

/** Reads and validates dist/<environment>/handoff.json. */
export function readHandoff(environment: string, distDir = path.join(repoRoot(), 'dist')): Handoff {
  const file = path.join(distDir, environment, HANDOFF_FILE);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing — run \`npm run synth\` (the Kubernetes side writes it)`);
  return parseConfig(HandoffSchema, JSON.parse(fs.readFileSync(file, 'utf8')), path.relative(process.cwd(), file));
}
