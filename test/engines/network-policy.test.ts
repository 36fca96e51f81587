import { networkEngineOf } from '../../k8s/engines/engine-docs';
import { type AddressEndpoint, type NetworkPolicyObject, NetworkPolicyEngine, type PodEndpoint, selects } from '../../k8s/engines/network-policy';
import { podInventory } from '../../k8s/engines/pod-inventory';
import { addressesOf, type Connection, forbiddenConnections, requiredConnections } from '../../k8s/engines/required-connections';
import { ENVIRONMENTS, environment, objectsOf, rendered } from '../helpers';

const pod = (namespace: string, labels: Record<string, string>, ports: PodEndpoint['ports'] = []): PodEndpoint => ({ kind: 'pod', namespace, labels, ip: '10.244.0.9', ports, label: `${namespace}/${JSON.stringify(labels)}` });
const address = (ip: string, residentNode = false): AddressEndpoint => ({ kind: 'address', ip, label: ip, residentNode });
const policy = (namespace: string, name: string, spec: NetworkPolicyObject['spec']): NetworkPolicyObject => ({ metadata: { name, namespace }, spec });
const denyAll = (ns: string) => policy(ns, 'default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] });

describe('NetworkPolicy semantics', () => {
  const web = pod('a', { app: 'web' }, [{ name: 'http', containerPort: 8080 }]);
  const client = pod('b', { app: 'client' });

  it('selects by labels and expressions; an empty selector selects every pod', () => {
    expect(selects({}, { any: 'x' })).toBe(true);
    expect(selects({ matchLabels: { app: 'web' } }, { app: 'web', tier: '1' })).toBe(true);
    expect(selects({ matchLabels: { app: 'web' } }, { app: 'api' })).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] }, { app: 'api' })).toBe(true);
    expect(selects({ matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, { app: 'web' })).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, {})).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, {})).toBe(true);
  });

  it('allows everything to pods no policy selects', () => {
    expect(new NetworkPolicyEngine([], new Map()).decide(client, web, 8080).allowed).toBe(true);
  });

  it('needs an egress allowance at the source and an ingress allowance at the destination', () => {
    const ingress = policy('a', 'in', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'b' } } }], ports: [{ port: 8080 }] }] });
    const egress = policy('b', 'out', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'web' } } }] }] });
    const both = new NetworkPolicyEngine([denyAll('a'), denyAll('b'), ingress, egress], new Map());
    expect(both.decide(client, web, 8080)).toEqual({ allowed: true, egress: 'allowed by b/out', ingress: 'allowed by a/in' });
    expect(new NetworkPolicyEngine([denyAll('a'), denyAll('b'), ingress], new Map()).decide(client, web, 8080).allowed).toBe(false);
    expect(new NetworkPolicyEngine([denyAll('a'), denyAll('b'), egress], new Map()).decide(client, web, 8080).allowed).toBe(false);
    expect(both.decide(client, web, 9090).allowed).toBe(false);
  });

  it('reads a peer without namespaceSelector as the policy’s own namespace, and both selectors together as AND', () => {
    const sameNs = policy('a', 'in', { podSelector: {}, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'client' } } }] }] });
    expect(new NetworkPolicyEngine([sameNs], new Map()).decide(client, web, 8080).allowed).toBe(false);
    expect(new NetworkPolicyEngine([sameNs], new Map()).decide(pod('a', { app: 'client' }), web, 8080).allowed).toBe(true);
    const and = policy('a', 'in', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'x' } }, podSelector: { matchLabels: { app: 'client' } } }] }] });
    expect(new NetworkPolicyEngine([and], new Map([['b', { team: 'x' }]])).decide(client, web, 8080).allowed).toBe(true);
    expect(new NetworkPolicyEngine([and], new Map([['b', { team: 'y' }]])).decide(client, web, 8080).allowed).toBe(false);
  });

  it('matches ipBlock with its exceptions, and named ports by the destination’s container ports', () => {
    const lb = policy('a', 'in', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }], ports: [{ port: 'http' }] }] });
    const engine = new NetworkPolicyEngine([lb], new Map());
    expect(engine.decide(address('198.51.100.1'), web, 8080).allowed).toBe(true);
    expect(engine.decide(address('10.0.2.5'), web, 8080).allowed).toBe(false);
    expect(engine.decide(address('198.51.100.1'), web, 8081).allowed).toBe(false);
  });

  it('always lets a pod’s own node in (kubelet probes)', () => {
    expect(new NetworkPolicyEngine([denyAll('a')], new Map()).decide(address('10.0.10.10', true), web, 8080).allowed).toBe(true);
    expect(new NetworkPolicyEngine([denyAll('a')], new Map()).decide(address('10.0.10.10'), web, 8080).allowed).toBe(false);
  });
});

describe.each(ENVIRONMENTS)('reachability over the rendered policies (%s)', (env) => {
  const e = environment(env);
  const engine = networkEngineOf(rendered(env));
  const pods = podInventory(e, objectsOf(env));
  const required = requiredConnections(e, pods);
  const show = (c: Connection) => `${c.from.label} → ${c.to.label}:${c.port}/${c.protocol} (${c.why})`;

  it('allows every connection the platform needs', () => {
    expect(required.length).toBeGreaterThan(100);
    expect(required.filter((c) => !engine.decide(c.from, c.to, c.port, c.protocol).allowed).map(show)).toEqual([]);
  });

  it('denies every connection the platform must never open', () => {
    const forbidden = forbiddenConnections(e, pods);
    expect(forbidden.length).toBeGreaterThan(30);
    expect(forbidden.filter((c) => engine.decide(c.from, c.to, c.port, c.protocol).allowed).map(show)).toEqual([]);
  });
});

describe('defects the engine catches on oke', () => {
  const e = environment('oke');
  const objects = objectsOf('oke');
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy') as unknown as NetworkPolicyObject[];
  const namespaces = new Map(objects.filter((o) => o.kind === 'Namespace').map((o) => [o.metadata.name, (o.metadata.labels ?? {}) as Record<string, string>]));
  const pods = podInventory(e, objects);
  const required = requiredConnections(e, pods);
  const proxy = pods.find((p) => p.role === 'proxy')!;
  const publicTraffic = required.find((c) => c.to === proxy && c.from.ip === addressesOf(e).loadBalancer!.ip)!;
  const selfCheck = required.find((c) => c.why.startsWith('HTTP-01 self-check'))!;

  it('lets the load balancer’s source-NAT address reach Envoy; "internet except private ranges" would not', () => {
    // The OCI load balancer proxies: Envoy sees the LB's private address in the LB subnet, not the client's.
    expect(publicTraffic.from.ip.startsWith('10.')).toBe(true);
    expect(new NetworkPolicyEngine(policies, namespaces).decide(publicTraffic.from, proxy, publicTraffic.port).allowed).toBe(true);
    const old = policies.map((p) =>
      p.metadata.name === 'public-listeners-ingress'
        ? { ...p, spec: { ...p.spec, ingress: p.spec.ingress!.map((r) => ({ ...r, from: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] } }] })) } }
        : p,
    );
    expect(new NetworkPolicyEngine(old, namespaces).decide(publicTraffic.from, proxy, publicTraffic.port).allowed).toBe(false);
  });

  it('lets cert-manager reach Envoy for its HTTP-01 self-check, which kube-proxy short-circuits to the proxy pod', () => {
    expect(new NetworkPolicyEngine(policies, namespaces).decide(selfCheck.from, selfCheck.to, selfCheck.port).allowed).toBe(true);
    const withoutHairpin = policies.filter((p) => !p.metadata.name.startsWith('acme-self-check'));
    expect(withoutHairpin.length).toBeLessThan(policies.length);
    expect(new NetworkPolicyEngine(withoutHairpin, namespaces).decide(selfCheck.from, selfCheck.to, selfCheck.port).allowed).toBe(false);
  });

  it('depends on a rendered policy for every needed connection between pods in namespaces we own (none is open by accident)', () => {
    const engine = new NetworkPolicyEngine(policies, namespaces);
    const judged = required.filter((c) => c.from.kind === 'pod' && c.to.kind === 'pod').map((c) => engine.decide(c.from, c.to, c.port, c.protocol));
    expect(judged.filter((d) => d.egress.startsWith('no policy') && d.ingress.startsWith('no policy'))).toEqual([]);
  });
});
