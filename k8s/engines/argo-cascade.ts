import type { KubeObject } from '../synth/objects';

/**
 * What Argo CD 3.5.1 deletes when an Application with the resources finalizer is deleted
 * (argoproj/argo-cd controller/appcontroller.go shouldBeDeleted@v3.5.1): every object it
 * manages except CustomResourceDefinitions, objects whose sync options say `Delete=false`
 * (on the object, else in the Application's syncPolicy.syncOptions) and objects Helm was told
 * to keep (`helm.sh/resource-policy: keep`). Deleting a Namespace then deletes everything in it.
 */

type Annotated = KubeObject & { readonly metadata: { readonly annotations?: Readonly<Record<string, string>> } };
interface SyncPolicyLike {
  readonly automated?: { readonly prune?: boolean };
  readonly syncOptions?: readonly string[];
}
type ApplicationLike = { readonly metadata: { readonly finalizers?: readonly string[] }; readonly spec: { readonly syncPolicy?: SyncPolicyLike } };

const FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/** `Key=value` from a comma-separated sync-options annotation or a list of options. */
function option(options: readonly string[], key: string): string | undefined {
  const hit = options.map((o) => o.trim()).find((o) => o.startsWith(`${key}=`));
  return hit?.slice(key.length + 1);
}

/** Whether deleting `app` deletes `obj` from the cluster. */
export function deletedWithApplication(app: ApplicationLike, obj: Annotated): boolean {
  if (!(app.metadata.finalizers ?? []).includes(FINALIZER)) return false;
  if (obj.apiVersion.startsWith('apiextensions.k8s.io/') && obj.kind === 'CustomResourceDefinition') return false;
  const annotations = obj.metadata.annotations ?? {};
  const own = option((annotations['argocd.argoproj.io/sync-options'] ?? '').split(','), 'Delete');
  const deleteOption = own ?? option(app.spec.syncPolicy?.syncOptions ?? [], 'Delete');
  if (deleteOption === 'false') return false;
  return !(annotations['helm.sh/resource-policy'] ?? '').split(',').includes('keep');
}

/** Whether removing `obj` from Git makes an automated, pruning sync delete it. */
export function prunedWhenRemoved(app: ApplicationLike, obj: Annotated): boolean {
  if (app.spec.syncPolicy?.automated?.prune !== true) return false;
  const own = option((obj.metadata.annotations?.['argocd.argoproj.io/sync-options'] ?? '').split(','), 'Prune');
  return (own ?? option(app.spec.syncPolicy.syncOptions ?? [], 'Prune')) !== 'false';
}
