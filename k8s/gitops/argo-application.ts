import { Construct } from 'constructs';
import { Application } from '../../imports/k8s/application-argoproj.io';

export const ARGOCD_NAMESPACE = 'argocd';
export const IN_CLUSTER = 'https://kubernetes.default.svc';

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
}

/**
 * An Argo CD Application with the platform's sync policy: automated, pruning, self-healing,
 * retrying with back-off; deleting it deletes what it deployed.
 */
export class ArgoApplication extends Construct {
  public readonly name: string;

  constructor(scope: Construct, id: string, props: ArgoApplicationProps) {
    super(scope, id);
    this.name = props.name;
    const s = props.source;
    const include = s.kind === 'directory' ? (s.include.length === 1 ? s.include[0]! : `{${s.include.join(',')}}`) : undefined;
    new Application(this, 'Resource', {
      metadata: {
        name: props.name,
        namespace: ARGOCD_NAMESPACE,
        finalizers: ['resources-finalizer.argocd.argoproj.io'],
        ...(props.syncWave !== undefined ? { annotations: { 'argocd.argoproj.io/sync-wave': String(props.syncWave) } } : {}),
      },
      spec: {
        project: props.project,
        source:
          s.kind === 'helm'
            ? { repoUrl: s.repoURL, chart: s.chart, targetRevision: s.version, helm: { releaseName: s.releaseName, valuesObject: s.values } }
            : { repoUrl: s.repoURL, targetRevision: s.targetRevision, path: s.path, directory: { include } },
        destination: { server: IN_CLUSTER, namespace: props.destinationNamespace },
        syncPolicy: {
          automated: { prune: true, selfHeal: true },
          retry: { limit: 10, backoff: { duration: '10s', factor: 2, maxDuration: '5m' } },
          syncOptions: ['CreateNamespace=false', 'PruneLast=true', ...(props.serverSideApply ? ['ServerSideApply=true'] : [])],
        },
      },
    });
  }
}
