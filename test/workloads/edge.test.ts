import { ROUTES, SECURITY_HEADERS } from '../../k8s/edge/routes';
import { environmentInput, loadEnvironments } from '../../k8s/environments';
import { configProblems, ENVIRONMENTS, find, ofKind } from '../helpers';
const oke = environmentInput('oke');


describe.each(ENVIRONMENTS)('edge (%s)', (env) => {
  const gateway = find(env, 'Gateway', 'todo-chatbot', 'todo-app') as any;
  const routes = find(env, 'HTTPRoute', 'todo-chatbot', 'todo-app') as any;
  const redirect = find(env, 'HTTPRoute', 'https-redirect', 'todo-app') as any;

  it('routes /api → backend:8000, /ws → realtime:8000, /app and / → frontend:3000', () => {
    const table = routes.spec.rules.map((r: any) => [r.matches[0].path.value, `${r.backendRefs[0].name}:${r.backendRefs[0].port}`]);
    expect(table).toEqual([
      ['/api', 'backend:8000'],
      ['/ws', 'realtime:8000'],
      ['/app', 'frontend:3000'],
      ['/', 'frontend:3000'],
    ]);
    expect(routes.spec.rules.map((r: any) => r.matches[0].path.type)).toEqual(ROUTES.map(() => 'PathPrefix'));
    expect(routes.spec.rules[1].timeouts).toEqual({ request: '0s' });
  });

  it('serves HTTPS on 443 with the cert-manager certificate and only redirects on 80', () => {
    expect(gateway.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(gateway.spec.gatewayClassName).toBe('envoy');
    expect(gateway.spec.listeners.map((l: any) => [l.name, l.protocol, l.port])).toEqual([
      ['http', 'HTTP', 80],
      ['https', 'HTTPS', 443],
    ]);
    expect(gateway.spec.listeners[1].tls).toEqual({ mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: 'todo-chatbot-tls' }] });
    expect(redirect.spec.parentRefs[0].sectionName).toBe('http');
    expect(redirect.spec.rules).toEqual([{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] }]);
    expect(routes.spec.parentRefs[0].sectionName).toBe('https');
  });

  it('adds the security headers to every response', () => {
    for (const rule of routes.spec.rules) {
      const set = rule.filters.find((f: any) => f.type === 'ResponseHeaderModifier').responseHeaderModifier.set;
      expect(Object.fromEntries(set.map((h: any) => [h.name, h.value]))).toEqual(SECURITY_HEADERS);
    }
    expect(SECURITY_HEADERS['Strict-Transport-Security']).toMatch(/max-age=\d+/);
  });

  it('issues the certificate for the configured host', () => {
    const cert = find(env, 'Certificate', 'todo-chatbot-tls', 'todo-app') as any;
    expect(cert.spec.dnsNames).toEqual(gateway.spec.listeners.map((l: any) => l.hostname).slice(0, 1));
    expect(cert.spec.secretName).toBe('todo-chatbot-tls');
  });

  it('creates exactly one Gateway (one load balancer)', () => {
    expect(ofKind(env, 'Gateway')).toHaveLength(1);
  });
});

describe('edge per environment', () => {
  it('uses ACME (staging and production, HTTP-01 through the Gateway) on oke and self-signed locally', () => {
    const issuers = ofKind('oke', 'ClusterIssuer');
    expect(issuers.map((i) => i.metadata.name)).toEqual(['letsencrypt-staging', 'letsencrypt-production']);
    expect(issuers[1].spec.acme.server).toBe('https://acme-v02.api.letsencrypt.org/directory');
    expect(issuers[1].spec.acme.solvers[0].http01.gatewayHTTPRoute.parentRefs).toEqual([
      { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'todo-chatbot', namespace: 'todo-app', sectionName: 'http' },
    ]);
    expect((find('oke', 'Certificate', 'todo-chatbot-tls', 'todo-app') as any).spec.issuerRef.name).toBe('letsencrypt-production');
    expect(ofKind('local', 'ClusterIssuer').map((i) => [i.metadata.name, i.spec])).toEqual([['self-signed', { selfSigned: {} }]]);
  });

  it('exposes Envoy through one 10 Mbps OCI flexible load balancer on oke and a NodePort locally', () => {
    const okeProxy = find('oke', 'EnvoyProxy', 'todo-chatbot', 'envoy-gateway-system') as any;
    expect(okeProxy.spec.provider.kubernetes.envoyService).toEqual({
      type: 'LoadBalancer',
      annotations: {
        'service.beta.kubernetes.io/oci-load-balancer-shape': 'flexible',
        'service.beta.kubernetes.io/oci-load-balancer-shape-flex-min': '10',
        'service.beta.kubernetes.io/oci-load-balancer-shape-flex-max': '10',
        'service.beta.kubernetes.io/oci-load-balancer-security-list-management-mode': 'None',
        'service.beta.kubernetes.io/oci-load-balancer-connection-idle-timeout': '3600',
      },
      loadBalancerIP: '203.0.113.10',
    });
    expect((find('local', 'EnvoyProxy', 'todo-chatbot', 'envoy-gateway-system') as any).spec.provider.kubernetes.envoyService.type).toBe('NodePort');
    expect((find('oke', 'GatewayClass', 'envoy') as any).spec.parametersRef).toMatchObject({ kind: 'EnvoyProxy', name: 'todo-chatbot' });
  });

  it('falls back to a nip.io host name and takes a configured one', () => {
    expect((find('local', 'Gateway', 'todo-chatbot', 'todo-app') as any).spec.listeners[0].hostname).toBe('todo.127.0.0.1.nip.io');
    const [named] = loadEnvironments([{ ...oke, edge: { ...oke.edge, host: 'todo.example.org' } }]);
    expect(named!.edge.host).toBe('todo.example.org');
  });

  it('requires an ACME e-mail with a Let’s Encrypt issuer', () => {
    const { acmeEmail: _dropped, ...edge } = oke.edge;
    expect(configProblems(() => loadEnvironments([{ ...oke, edge }]))).toEqual([
      "k8s/environments/oke: edge.acmeEmail: required with the letsencrypt-production issuer — Let's Encrypt sends expiry notices there",
    ]);
  });
});

describe('PostgreSQL', () => {
  it('runs one CloudNativePG instance: 50Gi on oke (OCI minimum), small locally, no drain-blocking PDB', () => {
    const okeDb = find('oke', 'Cluster', 'todo-db', 'todo-app') as any;
    expect(okeDb.spec).toMatchObject({ instances: 1, storage: { size: '50Gi' }, enablePDB: false, bootstrap: { initdb: { database: 'todo', owner: 'todo' } } });
    expect(okeDb.spec.imageName).toMatch(/^ghcr\.io\/cloudnative-pg\/postgresql:\d+\.\d+-/);
    expect((find('local', 'Cluster', 'todo-db', 'todo-app') as any).spec.storage.size).toBe('2Gi');
  });

  it('can use an external PostgreSQL instead, referenced by Secret name', () => {
    const [env] = loadEnvironments([{ ...oke, database: { provider: 'external', secretName: 'neon-database' } }]);
    const { renderEnvironment } = jest.requireActual('../../k8s/synth/render');
    const files = renderEnvironment(env).files;
    expect(files.map((f: any) => f.name)).not.toContain('database.yaml');
    const objects = files.flatMap((f: any) => f.objects);
    const backend = objects.find((o: any) => o.kind === 'Deployment' && o.metadata.name === 'backend');
    expect(backend.spec.template.spec.containers[0].env).toContainEqual({ name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'neon-database', key: 'uri' } } });
    const state = objects.find((o: any) => o.kind === 'Component' && o.spec.type === 'state.postgresql');
    expect(state.spec.metadata[0]).toEqual({ name: 'connectionString', secretKeyRef: { name: 'neon-database', key: 'uri' } });
  });
});
