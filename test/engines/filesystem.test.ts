import { APP_CATALOG, writablePathsOf, APP_NAMES } from '../../k8s/apps/catalog';
import { ENVIRONMENTS, find } from '../helpers';

/**
 * What the container runtime lets a process write: with readOnlyRootFilesystem, only the
 * mounted volumes that are not read-only (a write elsewhere fails with EROFS).
 */
function writable(deployment: any, container: string, path: string): boolean {
  const spec = deployment.spec.template.spec;
  const c = spec.containers.find((x: any) => x.name === container);
  if (!c.securityContext?.readOnlyRootFilesystem) return true;
  return (c.volumeMounts ?? []).some((m: any) => !m.readOnly && (path === m.mountPath || path.startsWith(`${m.mountPath.replace(/\/$/, '')}/`)) && spec.volumes.some((v: any) => v.name === m.name));
}

describe.each(ENVIRONMENTS)('writable paths under a read-only root filesystem (%s)', (env) => {
  it.each(APP_NAMES.map((a) => [a] as const))('%s can write where its catalog entry says, and /tmp', (app) => {
    const d = find(env, 'Deployment', app, 'todo-app');
    const paths = [...writablePathsOf(app).map((w) => w.path), '/tmp'];
    expect(paths.filter((p) => !writable(d, app, p))).toEqual([]);
  });

  it('gives every Next.js service the cache Next.js writes, whatever the catalog forgets', () => {
    for (const app of APP_NAMES.filter((a) => APP_CATALOG[a].runtime === 'nextjs-standalone')) expect(writable(find(env, 'Deployment', app, 'todo-app'), app, '/app/.next/cache/images')).toBe(true);
    expect(APP_CATALOG.frontend.runtime).toBe('nextjs-standalone');
  });

  it('would fail Next.js’s cache writes without the frontend’s cache volume (the defect)', () => {
    const d: any = find(env, 'Deployment', 'frontend', 'todo-app');
    const spec = d.spec.template.spec;
    const without = { spec: { template: { spec: { ...spec, containers: spec.containers.map((c: any) => ({ ...c, volumeMounts: (c.volumeMounts ?? []).filter((m: any) => m.mountPath === '/tmp') })) } } } };
    expect(writable(without, 'frontend', '/app/.next/cache/images')).toBe(false);
    expect(writable(d, 'frontend', '/app/.next/cache/images')).toBe(true);
    expect(writable(d, 'frontend', '/app/server.js')).toBe(false);
  });
});
