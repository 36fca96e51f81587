import { APP_NAMESPACE, platformNamespaces } from '../../k8s/platform/namespaces';
import { ENVIRONMENTS, environment, find, objectsOf } from '../helpers';

const labels = (env: 'local' | 'oke', name: string) => find(env, 'Namespace', name).metadata.labels as Record<string, string>;

describe.each(ENVIRONMENTS)('namespaces (%s)', (env) => {
  const PLATFORM_NAMESPACES = platformNamespaces(environment(env));
  it('renders the namespaces the seeds require (FR-B01) and every add-on namespace', () => {
    const names = objectsOf(env).filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name);
    expect(names).toEqual(expect.arrayContaining(['todo-app', 'kafka', 'dapr-system', 'monitoring']));
    expect(names.sort()).toEqual(PLATFORM_NAMESPACES.map((n) => n.name).sort());
  });

  it('never owns kube-system, even though an add-on installs into it (deleting the app must not delete it)', () => {
    expect(PLATFORM_NAMESPACES.map((n) => n.name)).not.toContain('kube-system');
    expect(objectsOf(env).some((o) => o.kind === 'Namespace' && o.metadata.name === 'kube-system')).toBe(false);
  });

  it('enforces the restricted Pod Security Standard on the application namespace', () => {
    expect(labels(env, APP_NAMESPACE)).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'v1.28',
    });
  });

  it.each(PLATFORM_NAMESPACES.map((n) => [n.name, n] as const))('labels %s with its enforce level and audits/warns restricted', (name, spec) => {
    const l = labels(env, name);
    expect(l['pod-security.kubernetes.io/enforce']).toBe(spec.podSecurity);
    expect(l['pod-security.kubernetes.io/audit']).toBe('restricted');
    expect(l['pod-security.kubernetes.io/warn']).toBe('restricted');
    expect(l['todo-chatbot/environment']).toBe(env);
  });

  it('documents every exception to restricted on the namespace itself', () => {
    for (const spec of PLATFORM_NAMESPACES.filter((n) => n.podSecurity !== 'restricted')) {
      const annotations = find(env, 'Namespace', spec.name).metadata.annotations as Record<string, string>;
      expect(annotations['todo-chatbot/pod-security-exception']).toBe(spec.exception);
    }
  });
});

describe('PlatformNamespace', () => {
  it('refuses a level below restricted without a stated exception', async () => {
    const { testChart } = await import('../temp');
    const { PlatformNamespace } = await import('../../k8s/platform/platform-namespace');
    const chart = testChart();
    expect(() => new PlatformNamespace(chart, 'x', { spec: { name: 'x', purpose: 'test', podSecurity: 'baseline', addons: [], callsKubernetesApi: false } })).toThrow(
      /needs an "exception"/,
    );
  });
});
