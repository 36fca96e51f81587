import { Construct } from 'constructs';
import { Application } from '../../imports/k8s/application-argoproj.io';
import type { RuntimeField } from '../addons/types';

export const ARGOCD_NAMESPACE = 'argocd';
export const IN_CLUSTER = 'https://kubernetes.default.svc';

/**
 * Annotation that keeps an object when its Application is deleted or the object leaves Git:
 * Argo CD's cascade delete skips `Delete=false` (controller/appcontroller.go shouldBeDeleted)
 * and pruning skips `Prune=false` (argoproj/argo-cd docs/user-guide/sync-options.md@v3.5.1).
 */
export const KEEP_ON_DELETE: Readonly<Record<string, string>> = { 'argocd.argoproj.io/sync-options': 'Delete=false,Prune=false' };

export type ApplicationSource =
  | { readonly kind: 'helm'; readonly repoURL: string; readonly chart: string; readonly version: string; readonly releaseName: string; readonly values: Record<string, unknown> }
  | { readonly kind: 'directory'; readonly repoURL: string; readonly targetRevision: string; readonly path: string; readonly include: readonly string[] };

export interface ArgoApplicationProps {
  readonly name: string;
  readonly project: string;
  readonly source: ApplicationSource;
  /** Namespace the resources go to (when they do not set one). */
  readonly destinationNamespace: string;
  /** Order among the root's children: CRD providers first. */
  readonly syncWave?: number;
  /** Apply server-side (large CRDs exceed the client-side annotation limit). @default false */
  readonly serverSideApply?: boolean;
  /**
   * Fields controllers rewrite at runtime (webhook CA bundles…): not compared, not reverted.
   * @default - none
   */
  readonly ignoreDifferences?: readonly RuntimeField[];
  /** Extra annotations (e.g. notification subscriptions). @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * An Argo CD Application with the platform's sync policy: automated, pruning, self-healing,
 * retrying with back-off; deleting it deletes what it deployed, except what is marked
 * KEEP_ON_DELETE (namespaces and data).
 */
export class ArgoApplication extends Construct {
  public readonly name: string;
  public readonly syncWave: number;
  public readonly project: string;

  constructor(scope: Construct, id: string, props: ArgoApplicationProps) {
    super(scope, id);
    this.name = props.name;
    this.syncWave = props.syncWave ?? 0;
    this.project = props.project;
    const s = props.source;
    const include = s.kind === 'directory' ? (s.include.length === 1 ? s.include[0]! : `{${s.include.join(',')}}`) : undefined;
    const ignored = props.ignoreDifferences ?? [];
    const annotations = { ...(props.syncWave !== undefined ? { 'argocd.argoproj.io/sync-wave': String(props.syncWave) } : {}), ...(props.annotations ?? {}) };
    new Application(this, 'Resource', {
      metadata: {
        name: props.name,
        namespace: ARGOCD_NAMESPACE,
        finalizers: ['resources-finalizer.argocd.argoproj.io'],
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
      },
      spec: {
        project: props.project,
        source:
          s.kind === 'helm'
            ? { repoUrl: s.repoURL, chart: s.chart, targetRevision: s.version, helm: { releaseName: s.releaseName, valuesObject: s.values } }
            : { repoUrl: s.repoURL, targetRevision: s.targetRevision, path: s.path, directory: { include } },
        destination: { server: IN_CLUSTER, namespace: props.destinationNamespace },
        ...(ignored.length > 0
          ? { ignoreDifferences: ignored.map((f) => ({ group: f.group, kind: f.kind, ...(f.name ? { name: f.name } : {}), jsonPointers: [...f.jsonPointers] })) }
          : {}),
        syncPolicy: {
          automated: { prune: true, selfHeal: true },
          retry: { limit: 10, backoff: { duration: '10s', factor: 2, maxDuration: '5m' } },
          syncOptions: [
            'CreateNamespace=false',
            'PruneLast=true',
            ...(props.serverSideApply ? ['ServerSideApply=true'] : []),
            ...(ignored.length > 0 ? ['RespectIgnoreDifferences=true'] : []),
          ],
        },
      },
    });
  }
}
