import { addonsOf } from '../addons';
import type { Addon } from '../addons/types';
import { outOfBandSecrets, pullSecretOf } from '../apps/secrets';
import type { Environment } from '../config/environment';
import type { KubeObject } from '../synth/objects';

/**
 * How Argo CD 3.5.1 runs the root app-of-apps: children sync wave by wave, and a wave starts
 * only when every resource of the previous one is Healthy (Progressing, Suspended or Unknown
 * wait forever: there is no sync timeout by default); the last wave is not waited on
 * (argoproj/argo-cd gitops-engine/pkg/sync/sync_context.go l.548-594, l.703-713@v3.5.1). A
 * child Application's health is the worst of its resources' (controller/health.go), which the
 * built-in Lua checks compute (resource_customizations/…@v3.5.1).
 */

/** API groups every cluster serves without a CRD. */
const BUILT_IN_GROUPS = new Set(['', 'apps', 'batch', 'autoscaling', 'policy', 'networking.k8s.io', 'rbac.authorization.k8s.io', 'admissionregistration.k8s.io', 'apiextensions.k8s.io', 'apiregistration.k8s.io', 'coordination.k8s.io', 'storage.k8s.io', 'scheduling.k8s.io', 'discovery.k8s.io']);
/** Installed with Argo CD itself, before the root app exists. */
const BOOTSTRAP_CRDS = new Set(['argoproj.io/Application', 'argoproj.io/AppProject', 'argoproj.io/ApplicationSet']);

export interface WaveApplication {
  readonly name: string;
  readonly wave: number;
  /** Custom resource kinds (`group/Kind`) it creates or its pods need at start. */
  readonly uses: readonly string[];
  /** CRDs (`group/Kind`) it installs. */
  readonly provides: readonly string[];
  /** Objects whose health waits on something outside the cluster, with what. */
  readonly externalWaits: ReadonlyArray<{ readonly object: string; readonly waitsFor: string }>;
}

const groupKind = (o: KubeObject) => `${o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : ''}/${o.kind}`;

/** Secret names a pod template or an object needs that only a person can create (not optional). */
function outOfBandSecretRefs(o: any, manual: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const walk = (v: any, key = ''): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, key));
    if (!v || typeof v !== 'object') return;
    if ((key === 'secretKeyRef' || key === 'secret' || key === 'secretRef') && v.optional !== true) {
      const name = v.name ?? v.secretName;
      if (typeof name === 'string' && manual.has(name)) found.add(name);
    }
    if (key === 'imagePullSecrets' && typeof v.name === 'string' && manual.has(v.name)) found.add(v.name);
    for (const [k, child] of Object.entries(v)) walk(child, k);
  };
  walk(o);
  return [...found].sort();
}

/**
 * What an object's health check waits for that the cluster cannot provide by itself, if
 * anything: Let's Encrypt (ACME issuers and their certificates), the cloud's load balancer
 * address (a LoadBalancer Gateway stays Progressing until it has one — envoyproxy/gateway
 * internal/gatewayapi/status/gateway.go:100-241@v1.9.0), or a Secret a person creates (pods
 * wait in CreateContainerConfigError, ImagePullBackOff or ContainerCreating).
 */
export interface WaitContext {
  /** Secrets only a person creates. */
  readonly manual: ReadonlySet<string>;
  /** ClusterIssuers that ask an ACME server. */
  readonly acmeIssuers: ReadonlySet<string>;
  /** `namespace/name` of each ServiceAccount → the image pull Secrets the kubelet adds to its pods. */
  readonly serviceAccountPullSecrets: ReadonlyMap<string, readonly string[]>;
}

export function externalWait(o: KubeObject & { spec?: any }, env: Environment, ctx: WaitContext): string | undefined {
  const gk = groupKind(o);
  if (gk === 'cert-manager.io/ClusterIssuer' && o.spec?.acme) return 'an ACME account at Let’s Encrypt';
  if (gk === 'cert-manager.io/Certificate' && ctx.acmeIssuers.has(o.spec?.issuerRef?.name)) return 'Let’s Encrypt to issue the certificate (public DNS and HTTP-01)';
  if (gk === 'gateway.networking.k8s.io/Gateway' && env.edge.exposure === 'load-balancer') return 'the cloud to assign the load balancer an address';
  // The ServiceAccount admission plugin copies the account's imagePullSecrets into each pod.
  const account = o.spec?.template?.spec ? `${o.metadata.namespace}/${o.spec.template.spec.serviceAccountName ?? 'default'}` : undefined;
  const inherited = (account ? ctx.serviceAccountPullSecrets.get(account) ?? [] : []).filter((n) => ctx.manual.has(n));
  const secrets = [...new Set([...outOfBandSecretRefs(o.spec ?? {}, ctx.manual), ...inherited])].sort();
  if (secrets.length > 0) return `Secret${secrets.length > 1 ? 's' : ''} ${secrets.join(', ')} (created by a person, docs/secrets.md)`;
  return undefined;
}

/** The root's children as the sync sees them. */
export function waveApplications(env: Environment, files: ReadonlyMap<string, readonly KubeObject[]>): WaveApplication[] {
  const objects = [...files.values()].flat();
  const manual = new Set([...outOfBandSecrets(env).map((k) => k.secret), ...(pullSecretOf(env) ? [pullSecretOf(env)!.secret] : [])]);
  const acmeIssuers = new Set(objects.filter((o: any) => o.kind === 'ClusterIssuer' && o.spec?.acme).map((o) => o.metadata.name));
  const serviceAccountPullSecrets = new Map(
    objects.filter((o: any) => o.kind === 'ServiceAccount').map((o: any) => [`${o.metadata.namespace}/${o.metadata.name}`, (o.imagePullSecrets ?? []).map((r: { name: string }) => r.name)]),
  );
  const ctx: WaitContext = { manual, acmeIssuers, serviceAccountPullSecrets };
  const addons = new Map<string, Addon>(addonsOf(env).map((a) => [a.name, a]));
  const apps = objects.filter((o) => o.kind === 'Application' && o.metadata.name !== 'root') as Array<KubeObject & { spec: any; metadata: any }>;
  return apps.map((app) => {
    const wave = Number(app.metadata.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);
    const addon = app.spec.source.chart ? addons.get(app.metadata.name) : undefined;
    if (addon) {
      return { name: app.metadata.name, wave, uses: [...(addon.requiresCrds?.(env) ?? [])], provides: [...addon.footprint(env).crds], externalWaits: [] };
    }
    const include: string = app.spec.source.directory?.include ?? '';
    const names = include.replace(/^\{|\}$/g, '').split(',');
    const mine = names.flatMap((n) => [...(files.get(n) ?? [])]);
    return {
      name: app.metadata.name,
      wave,
      uses: [...new Set(mine.map(groupKind).filter((gk) => !BUILT_IN_GROUPS.has(gk.split('/')[0]!)))].sort(),
      provides: [],
      externalWaits: mine.flatMap((o) => {
        const w = externalWait(o as any, env, ctx);
        return w ? [{ object: `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`, waitsFor: w }] : [];
      }),
    };
  });
}

/** What would stall or fail the first sync: a kind used before its CRD exists, or an outside wait before the last wave. */
export function syncOrderProblems(apps: readonly WaveApplication[]): string[] {
  const last = Math.max(...apps.map((a) => a.wave));
  const problems: string[] = [];
  for (const app of apps) {
    const earlier = new Set([...BOOTSTRAP_CRDS, ...apps.filter((x) => x.wave < app.wave).flatMap((x) => x.provides)]);
    for (const gk of app.uses) if (!earlier.has(gk)) problems.push(`${app.name} (wave ${app.wave}) uses ${gk}, which no earlier wave installs`);
    if (app.wave < last) for (const w of app.externalWaits) problems.push(`${app.name} (wave ${app.wave}, not the last) would wait forever on ${w.object}: it waits for ${w.waitsFor}`);
  }
  return problems;
}
