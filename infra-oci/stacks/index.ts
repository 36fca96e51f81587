/**
 * The OCI stacks, declared once. Everything that lists stacks derives from this: the app
 * (infra-oci/app.ts), the apply order and the plan matrix of .github/workflows/infra.yml
 * (checked by test/oci/workflow.test.ts), the plan gate, `npm run outputs`, the teardown.
 */
export interface StackDeclaration {
  /** Folder under cdktf.out/stacks/ and the key of its state object in the bucket. */
  readonly id: string;
  /** Stacks whose outputs this one reads (cross-stack references): they must be applied first. */
  readonly dependsOn: readonly StackId[];
  /** What it holds. */
  readonly purpose: string;
  /**
   * Planned on pull requests by the read-only principal. The bootstrap stack is not: its
   * Helm provider needs credentials on the cluster itself, which a read-only principal lacks.
   */
  readonly plannedOnPullRequests: boolean;
  /** Kept by `npm run infra:teardown` (state, backups, the tenancy guardrails). */
  readonly keptOnTeardown: boolean;
}

export const STACK_IDS = ['state', 'network', 'cluster', 'registry', 'bootstrap'] as const;
export type StackId = (typeof STACK_IDS)[number];

/** In apply order: a stack comes after everything it depends on. */
export const STACKS: readonly StackDeclaration[] = [
  { id: 'state', dependsOn: [], purpose: 'tenancy quota and budget, Terraform state bucket, PostgreSQL backup bucket', plannedOnPullRequests: true, keptOnTeardown: true },
  { id: 'network', dependsOn: [], purpose: 'VCN, subnets, NSGs, reserved load balancer IP, optional Bastion', plannedOnPullRequests: true, keptOnTeardown: false },
  { id: 'cluster', dependsOn: ['network'], purpose: 'BASIC OKE cluster and the A1 node pool', plannedOnPullRequests: true, keptOnTeardown: false },
  { id: 'registry', dependsOn: [], purpose: 'private OCIR repositories', plannedOnPullRequests: true, keptOnTeardown: false },
  { id: 'bootstrap', dependsOn: ['cluster'], purpose: 'Argo CD and the root app-of-apps', plannedOnPullRequests: false, keptOnTeardown: false },
];

export function stackDeclaration(id: string): StackDeclaration {
  const s = STACKS.find((x) => x.id === id);
  if (!s) throw new Error(`no stack "${id}" — the stacks are ${STACK_IDS.join(', ')}`);
  return s;
}
