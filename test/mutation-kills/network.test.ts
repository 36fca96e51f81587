/**
 * Behaviour of the NetworkPolicies k8s/network renders that the "needed connections are allowed"
 * check (test/engines) does not see: that nothing else is allowed (least privilege, judged by the
 * same NetworkPolicy engine), that every policy is one the API server accepts and explains itself,
 * and that the external Kafka and PostgreSQL variants open exactly their egress.
 */
import { parseCidr } from '../../k8s/contract/cidr';
import type { EnvironmentName } from '../../k8s/config/environment';
import { networkEngineOf } from '../../k8s/engines/engine-docs';
import type { AddressEndpoint, Endpoint, PodEndpoint } from '../../k8s/engines/network-policy';
import { podInventory } from '../../k8s/engines/pod-inventory';
import { addressesOf, requiredConnections } from '../../k8s/engines/required-connections';
import { environmentInput, loadEnvironments } from '../../k8s/environments';
import { type Flow, PRIVATE_RANGES } from '../../k8s/network/flows';
import { flowPolicyNames, platformFlows } from '../../k8s/network/platform-flows';
import { APP_NAMESPACE, ownedNamespaces } from '../../k8s/platform/namespaces';
import { type RenderedEnvironment, renderEnvironment } from '../../k8s/synth/render';
import { ENVIRONMENTS, environment, objectsOf, rendered } from '../helpers';

const address = (ip: string, label: string): AddressEndpoint => ({ kind: 'address', ip, label });
const policiesOf = (name: EnvironmentName) => (objectsOf(name) as any[]).filter((o) => o.kind === 'NetworkPolicy');

function inCidr(ip: string, cidr: string): boolean {
  const c = parseCidr(cidr);
  const a = parseCidr(`${ip}/32`);
  if (typeof c === 'string' || typeof a === 'string') throw new Error(`${ip} in ${cidr}`);
  return Math.floor(a.address / 2 ** (32 - c.prefix)) === Math.floor(c.address / 2 ** (32 - c.prefix));
}

describe.each(ENVIRONMENTS)('least privilege of the rendered NetworkPolicies (%s)', (name) => {
  it('allow no connection the platform does not need', () => {
    const env = environment(name);
    const engine = networkEngineOf(rendered(name));
    const pods = podInventory(env, objectsOf(name));
    const owned = new Set(ownedNamespaces(env));
    const a = addressesOf(env);
    // Besides the inventory: a kube-system pod that is not CoreDNS, and a private address outside the cluster.
    const otherSystemPod: PodEndpoint = { kind: 'pod', namespace: 'kube-system', labels: { 'k8s-app': 'metrics-server' }, ip: '10.244.9.9', ports: [{ containerPort: 53 }, { containerPort: 443 }], label: 'kube-system/another pod' };
    const endpoints: Endpoint[] = [...pods, otherSystemPod, a.apiServer, a.node, a.internet, ...(a.loadBalancer ? [a.loadBalancer] : []), address('192.168.7.7', 'a private address outside the cluster')];
    // Needs are stated per pod and per address; policies open connections out of the cluster per
    // namespace ("operators watch the API") and per declared network range (on Minikube the API
    // server is the node). So a connection to an address is needed when some pod of its source
    // namespace needs it, and addresses in one declared range count as one.
    const ranges = [env.network.apiServer.cidr, ...env.network.nodeCidrs, ...env.network.loadBalancerCidrs];
    const at = (ip: string) => `net:${ranges.find((r) => inCidr(ip, r)) ?? ip}`;
    const dst = (e: Endpoint) => (e.kind === 'pod' ? e.label : at(e.ip));
    const src = (e: Endpoint, to: Endpoint) => (e.kind === 'address' ? at(e.ip) : to.kind === 'address' ? `ns:${e.namespace}` : e.label);
    const key = (from: Endpoint, to: Endpoint, port: number, protocol: string) => `${src(from, to)} ${dst(to)} ${port}/${protocol}`;
    const needed = new Set(requiredConnections(env, pods).map((c) => key(c.from, c.to, c.port, c.protocol)));
    // Ports tried: every port something is needed on or a pod serves, plus a few nothing uses.
    const anyPort = [...new Set([...requiredConnections(env, pods).map((c) => c.port), ...pods.flatMap((p) => (p.ports ?? []).map((x) => x.containerPort)), 22, 80, 443, 3306])];
    const ports = (_to: Endpoint) => anyPort;
    const extra: string[] = [];
    for (const from of endpoints) {
      for (const to of endpoints) {
        if (from === to) continue;
        const governed = (e: Endpoint) => e.kind === 'pod' && owned.has(e.namespace);
        if (!governed(from) && !governed(to)) continue;
        // Pods of one add-on talk to each other on any port (the same-namespace flow, by design).
        if (from.kind === 'pod' && to.kind === 'pod' && from.namespace === to.namespace && from.namespace !== APP_NAMESPACE) continue;
        for (const [port, protocol] of [...ports(to).map((p) => [p, 'TCP'] as const), [53, 'UDP'] as const]) {
          if (!engine.decide(from, to, port, protocol).allowed) continue;
          if (!needed.has(key(from, to, port, protocol))) extra.push(`${from.label} → ${to.label}:${port}/${protocol}`);
        }
      }
    }
    expect(extra.filter((x) => !KNOWN_EXTRA.some((k) => k.test(x)))).toEqual([]);
  });
});

/**
 * Allowed but not needed, kept knowingly (listed in the mutation report; tightening them changes
 * the rendered policies): the `acme` flow also opens port 80 to the internet for cert-manager,
 * though Let's Encrypt's ACME API is HTTPS only and the HTTP-01 self-check reaches Envoy inside the
 * cluster; and the `acme-self-check` flow starts from the whole cert-manager namespace, so its
 * webhook and cainjector may reach Envoy's HTTP port too, not only the controller.
 */
const KNOWN_EXTRA = [/^cert-manager\/cert-manager \w+ → a host on the internet:80\/TCP$/, /^cert-manager\/cert-manager (webhook|cainjector) → envoy-gateway-system\/envoy \(proxy of todo-chatbot\):10080\/TCP$/];

const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Policies the API server would reject (name) or that do not say why they exist. */
function invalidPolicies(policies: readonly any[]): string[] {
  return policies.filter((p) => !DNS_1123.test(p.metadata.name) || p.metadata.name.length > 63 || (p.metadata.annotations?.['todo-chatbot/why'] ?? '').length <= 2).map((p) => `${p.metadata.namespace}/${p.metadata.name}`);
}

describe.each(ENVIRONMENTS)('rendered NetworkPolicies (%s)', (name) => {
  const dns1123 = DNS_1123;

  it('are valid objects the API server accepts: DNS-1123 names, unique per namespace, in a namespace we own', () => {
    const owned = new Set(ownedNamespaces(environment(name)));
    const ids = policiesOf(name).map((p) => `${p.metadata.namespace}/${p.metadata.name}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of policiesOf(name)) {
      expect([p.metadata.name, dns1123.test(p.metadata.name) && p.metadata.name.length <= 63]).toEqual([p.metadata.name, true]);
      expect([p.metadata.name, owned.has(p.metadata.namespace)]).toEqual([p.metadata.name, true]);
      expect(p.spec.podSelector).toBeDefined();
      for (const t of p.spec.policyTypes) expect(['Ingress', 'Egress']).toContain(t);
    }
  });

  it('say why they exist', () => {
    for (const p of policiesOf(name)) expect([p.metadata.name, (p.metadata.annotations?.['todo-chatbot/why'] ?? '').length > 2]).toEqual([p.metadata.name, true]);
  });

  it('name their peers (an empty peer list would allow every peer) and keep ipBlock exceptions inside the block', () => {
    for (const p of policiesOf(name)) {
      for (const rule of [...(p.spec.ingress ?? []), ...(p.spec.egress ?? [])]) {
        const peers = rule.from ?? rule.to;
        expect([p.metadata.name, Array.isArray(peers) && peers.length > 0]).toEqual([p.metadata.name, true]);
        for (const peer of peers) {
          if (!peer.ipBlock) continue;
          // The API server rejects an except outside the cidr; the internet is never a way into private ranges.
          for (const x of peer.ipBlock.except ?? []) expect([p.metadata.name, x, inCidr(x.split('/')[0], peer.ipBlock.cidr)]).toEqual([p.metadata.name, x, true]);
          if (peer.ipBlock.cidr === '0.0.0.0/0') expect([p.metadata.name, [...(peer.ipBlock.except ?? [])].sort()]).toEqual([p.metadata.name, [...PRIVATE_RANGES].sort()]);
        }
      }
    }
  });

  it('isolate every pod of every namespace we own in both directions first', () => {
    const deny = policiesOf(name).filter((p) => p.metadata.name === 'default-deny');
    expect(deny.map((p) => p.metadata.namespace).sort()).toEqual(ownedNamespaces(environment(name)).sort());
    for (const p of deny) {
      expect(p.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    }
  });

  it('list app names in a stable (sorted) order, so a re-render gives the same bytes', () => {
    for (const p of policiesOf(name)) {
      const selectors = [p.spec.podSelector, ...[...(p.spec.ingress ?? []), ...(p.spec.egress ?? [])].flatMap((r: any) => (r.from ?? r.to).map((x: any) => x.podSelector).filter(Boolean))];
      for (const s of selectors) for (const e of s.matchExpressions ?? []) expect(e.values).toEqual([...e.values].sort());
    }
  });

  it('are exactly the policies the flows are predicted to render (the names the duplicate check compares)', () => {
    const env = environment(name);
    const predicted = flowPolicyNames(platformFlows(env), new Set(ownedNamespaces(env)));
    const renderedNames = policiesOf(name).filter((p) => p.metadata.name !== 'default-deny').map((p) => `${p.metadata.namespace}/${p.metadata.name}`);
    expect(predicted.sort()).toEqual(renderedNames.sort());
  });
});

describe('flowPolicyNames', () => {
  const pods = (namespace: string) => ({ namespace });
  const cidr = { cidrs: ['203.0.113.0/24'], label: 'x' };
  const flow = (name: string, from: Flow['from'], to: Flow['to']): Flow => ({ name, from, to, ports: [], why: 'w' });

  it('names an egress policy at an owned source and an ingress policy at an owned destination, nothing elsewhere', () => {
    const owned = new Set(['a', 'b']);
    expect(flowPolicyNames([flow('both', pods('a'), pods('b')), flow('out', pods('a'), cidr), flow('in', cidr, pods('b')), flow('foreign', pods('c'), pods('kube-system'))], owned)).toEqual([
      'a/both-egress',
      'b/both-ingress',
      'a/out-egress',
      'b/in-ingress',
    ]);
  });
});

describe('external services', () => {
  const withInput = (name: EnvironmentName, patch: Record<string, unknown>): RenderedEnvironment => {
    const [env] = loadEnvironments([{ ...environmentInput(name), ...patch }]);
    return renderEnvironment(env!);
  };
  const policiesFor = (r: RenderedEnvironment) => r.files.flatMap((f) => [...f.objects]).filter((o) => o.kind === 'NetworkPolicy') as any[];
  const appPod = (pods: ReturnType<typeof podInventory>, app: string) => pods.find((p) => p.namespace === APP_NAMESPACE && p.labels['app.kubernetes.io/name'] === app && p.origin === 'manifest')!;

  it('an external Kafka: the event apps and KEDA reach its brokers’ addresses on the brokers’ port, nothing else does', () => {
    const r = withInput('oke', { kafka: { backend: 'sasl', brokers: ['kafka.example:9093'], saslMechanism: 'SHA-512', egressCidrs: ['203.0.113.0/24'] } });
    const engine = networkEngineOf(r);
    const objects = r.files.flatMap((f) => [...f.objects]);
    const pods = podInventory(r.env, objects);
    const broker = address('203.0.113.9', 'a broker');
    const elsewhere = address('198.51.100.9', 'elsewhere on the internet');
    const keda = pods.find((p) => p.role === 'keda/operator')!;
    for (const from of [appPod(pods, 'audit'), appPod(pods, 'backend'), keda]) {
      expect([from.label, engine.decide(from, broker, 9093).allowed, engine.decide(from, broker, 9092).allowed, engine.decide(from, elsewhere, 9093).allowed]).toEqual([from.label, true, false, false]);
    }
    expect(engine.decide(appPod(pods, 'frontend'), broker, 9093).allowed).toBe(false);
    expect(invalidPolicies(policiesFor(r))).toEqual([]);
    // The brokers' range is public and named: no private-range exceptions inside it (the API server would reject them).
    for (const p of policiesFor(r)) for (const rule of p.spec.egress ?? []) for (const peer of rule.to) if (peer.ipBlock?.cidr === '203.0.113.0/24') expect(peer.ipBlock.except).toBeUndefined();
    // Without egressCidrs, any public address — but never a private one.
    const open = networkEngineOf(withInput('oke', { kafka: { backend: 'sasl', brokers: ['kafka.example:9093'], saslMechanism: 'SHA-512' } }));
    expect(open.decide(appPod(pods, 'audit'), elsewhere, 9093).allowed).toBe(true);
    expect(open.decide(appPod(pods, 'audit'), address('10.1.2.3', 'private'), 9093).allowed).toBe(false);
  });

  it('an external PostgreSQL: the apps that use it reach its addresses on 5432, nothing else does', () => {
    const r = withInput('oke', { database: { provider: 'external', egressCidrs: ['192.0.2.0/24'] } });
    const engine = networkEngineOf(r);
    const pods = podInventory(r.env, r.files.flatMap((f) => [...f.objects]));
    const db = address('192.0.2.10', 'the database');
    expect(engine.decide(appPod(pods, 'backend'), db, 5432).allowed).toBe(true);
    expect(engine.decide(appPod(pods, 'backend'), address('198.51.100.9', 'elsewhere'), 5432).allowed).toBe(false);
    expect(engine.decide(appPod(pods, 'backend'), db, 5433).allowed).toBe(false);
    expect(engine.decide(appPod(pods, 'frontend'), db, 5432).allowed).toBe(false);
    expect(invalidPolicies(policiesFor(r))).toEqual([]);
    const open = networkEngineOf(withInput('oke', { database: { provider: 'external' } }));
    expect(open.decide(appPod(pods, 'audit'), address('198.51.100.9', 'anywhere public'), 5432).allowed).toBe(true);
    expect(open.decide(appPod(pods, 'audit'), address('172.16.0.5', 'private'), 5432).allowed).toBe(false);
    expect(policiesFor(r).some((p) => p.metadata.name.startsWith('cnpg-operator') || p.metadata.name.startsWith('scrape-postgres'))).toBe(false);
  });
});
