import { ROUTES } from '../../k8s/edge/routes';
import { durationSeconds, ENVOY_DEFAULT_ROUTE_TIMEOUT_S, envoyRouteTimeouts, loadBalancerIdleSeconds } from '../../k8s/engines/envoy-timeouts';
import { ENVIRONMENTS, find, objectsOf } from '../helpers';

const ROUTE = 'todo-chatbot';
const strip = (route: any) => ({ ...route, spec: { ...route.spec, rules: route.spec.rules.map(({ timeouts: _t, ...r }: any) => r) } });

describe('Envoy Gateway timeout model', () => {
  const route = (rule: object) => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'r', namespace: 'n' }, spec: { parentRefs: [{ name: 'g' }], rules: [{ name: 'x', ...rule }] } });
  const btp = (http: object) => ({ apiVersion: 'gateway.envoyproxy.io/v1alpha1', kind: 'BackendTrafficPolicy', metadata: { name: 'b', namespace: 'n' }, spec: { targetRefs: [{ kind: 'HTTPRoute', name: 'r', sectionName: 'x' }], timeout: { http } } });

  it('cuts a rule without timeouts at Envoy’s 15 s and idles streams out after 5 minutes', () => {
    expect(envoyRouteTimeouts(route({}), 'x', [])).toEqual({ request: 15, streamIdle: 300 });
  });

  it('takes the rule’s request timeout (backendRequest when there is no retry); 0s disables both', () => {
    expect(envoyRouteTimeouts(route({ timeouts: { request: '300s' } }), 'x', [])).toEqual({ request: 300, streamIdle: 3600 });
    expect(envoyRouteTimeouts(route({ timeouts: { request: '60s', backendRequest: '30s' } }), 'x', [])).toMatchObject({ request: 30 });
    expect(envoyRouteTimeouts(route({ timeouts: { request: '0s' } }), 'x', [])).toEqual({ request: Infinity, streamIdle: Infinity });
  });

  it('lets a BackendTrafficPolicy on the rule set the stream idle timeout, and the rule win over its request timeout', () => {
    expect(envoyRouteTimeouts(route({ timeouts: { request: '10s' } }), 'x', [btp({ streamIdleTimeout: '2h', requestTimeout: '99s' })] as any)).toEqual({ request: 10, streamIdle: 7200 });
  });

  it('reads Gateway API durations', () => {
    expect(durationSeconds('1h30m')).toBe(5400);
    expect(durationSeconds('500ms')).toBe(0.5);
    expect(() => durationSeconds('soon')).toThrow(/not a duration/);
  });
});

describe.each(ENVIRONMENTS)('edge timeouts (%s)', (env) => {
  const objects = objectsOf(env);
  const route = find(env, 'HTTPRoute', ROUTE, 'todo-app');

  it.each(ROUTES.map((r) => [r.name, r] as const))('lets %s requests run as long as the routing table says, not Envoy’s 15 s', (name, r) => {
    const expected = r.timeout.toSeconds() === 0 ? Infinity : r.timeout.toSeconds();
    expect(envoyRouteTimeouts(route, name, objects).request).toBe(expected);
    if (expected !== Infinity) expect(expected).toBeGreaterThan(ENVOY_DEFAULT_ROUTE_TIMEOUT_S);
  });

  it('would cut every route at 15 s without explicit timeouts (the defect)', () => {
    for (const r of ROUTES) expect(envoyRouteTimeouts(strip(route), r.name, objects).request).toBe(ENVOY_DEFAULT_ROUTE_TIMEOUT_S);
  });

  it('keeps an idle WebSocket open as long as the routing table promises, through Envoy and the load balancer', () => {
    const proxy = objects.find((o) => o.kind === 'EnvoyProxy')!;
    for (const r of ROUTES.filter((x) => x.idleTimeout)) {
      const promised = r.idleTimeout!.toSeconds();
      const envoy = envoyRouteTimeouts(route, r.name, objects).streamIdle;
      const lb = loadBalancerIdleSeconds(proxy) ?? Infinity;
      expect([r.name, Math.min(envoy, lb) >= promised]).toEqual([r.name, true]);
      // …and closes it after that, so a dead client does not hold a connection forever.
      expect(envoy).toBe(promised);
    }
  });

  it('would drop WebSockets after the load balancer’s default 300 s without the idle annotation', () => {
    const proxy: any = objects.find((o) => o.kind === 'EnvoyProxy')!;
    if (proxy.spec.provider.kubernetes.envoyService.type !== 'LoadBalancer') return;
    const { 'service.beta.kubernetes.io/oci-load-balancer-connection-idle-timeout': _gone, ...annotations } = proxy.spec.provider.kubernetes.envoyService.annotations;
    const bare = { ...proxy, spec: { provider: { kubernetes: { envoyService: { ...proxy.spec.provider.kubernetes.envoyService, annotations } } } } };
    expect(loadBalancerIdleSeconds(bare)).toBe(300);
  });
});

describe.each(ENVIRONMENTS)('Dapr calls into the backend (%s)', (env) => {
  const resiliency = objectsOf(env).find((o) => o.kind === 'Resiliency') as any;
  const target = resiliency.spec.targets.apps.backend;
  const api = ROUTES.find((r) => r.app === 'backend')!;

  it('allow as long as the public /api route (the LLM), not Dapr’s general 10 s', () => {
    expect(durationSeconds(resiliency.spec.policies.timeouts[target.timeout])).toBe(api.timeout.toSeconds());
  });

  it('retry only answers that prove the request never reached the app (no blind retry of a POST)', () => {
    const retry = resiliency.spec.policies.retries[target.retry];
    const codes = String(retry.matching?.httpStatusCodes ?? '').split(',').filter(Boolean);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => ['502', '503'].includes(c))).toBe(true);
  });
});
