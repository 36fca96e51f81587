/**
 * A configured `edge.host` must be the name the platform answers to: browsers reach the Gateway
 * listener for that host, the certificate on the HTTPS listener covers it, and the routes attached
 * to the listener accept it. Checked by resolving requests the way a Gateway API implementation
 * does (listener by port and hostname, certificate from the listener's Secret, HTTPRoute by parent
 * section and hostnames, longest path prefix), so ignoring the configured host — in the config
 * defaults or in the edge chart — breaks it wherever it happens.
 */
import { loadEnvironments, environmentInput } from '../../k8s/environments';
import type { EnvironmentName } from '../../k8s/config/environment';
import { type KubeObject, renderEnvironment } from '../../k8s/synth/render';
import { ENVIRONMENTS, objectsOf } from '../helpers';

/**
 * Gateway API hostname matching (gateway.networking.k8s.io/v1 Listener.hostname, HTTPRoute.hostnames):
 * an absent hostname matches every host; "*.example.com" matches one or more labels left of example.com.
 */
function hostMatches(pattern: string | undefined, host: string): boolean {
  if (pattern === undefined) return true;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1;
  return pattern === host;
}

/** Whether a certificate name (x509 dNSName, one wildcard label at most) covers the host. */
function certificateCovers(dnsNames: readonly string[], host: string): boolean {
  return dnsNames.some((n) => (n.startsWith('*.') ? host.split('.').slice(1).join('.') === n.slice(2) : n === host));
}

interface Answer {
  readonly backend?: string;
  readonly redirect?: string;
  readonly problem?: string;
}

/** What the rendered edge does with `scheme://host/path`. */
function resolve(objects: readonly KubeObject[], url: string): Answer {
  const { protocol, hostname, pathname } = new URL(url);
  const all = objects as any[];
  const port = protocol === 'https:' ? 443 : 80;
  const gateways = all.filter((o) => o.kind === 'Gateway');
  for (const gw of gateways) {
    const listener = gw.spec.listeners.find((l: any) => l.port === port && hostMatches(l.hostname, hostname));
    if (!listener) continue;
    if (listener.protocol === 'HTTPS') {
      const secret = listener.tls?.certificateRefs?.[0]?.name;
      const cert = all.find((o) => o.kind === 'Certificate' && o.metadata.namespace === gw.metadata.namespace && o.spec.secretName === secret);
      if (!cert) return { problem: `no Certificate writes Secret ${secret}` };
      if (!certificateCovers(cert.spec.dnsNames ?? [], hostname)) return { problem: `certificate ${cert.metadata.name} (${cert.spec.dnsNames}) does not cover ${hostname}` };
    }
    const routes = all.filter(
      (o) =>
        o.kind === 'HTTPRoute' &&
        o.metadata.namespace === gw.metadata.namespace &&
        o.spec.parentRefs.some((p: any) => p.name === gw.metadata.name && (p.sectionName === undefined || p.sectionName === listener.name)) &&
        (o.spec.hostnames ?? [undefined]).some((h: string | undefined) => hostMatches(h, hostname)),
    );
    const rules = routes.flatMap((r) => r.spec.rules.map((rule: any) => ({ rule, prefix: rule.matches?.[0]?.path?.value ?? '/' })));
    const match = rules
      .filter(({ prefix }) => pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))
      .sort((a, b) => b.prefix.length - a.prefix.length)[0];
    if (!match) return { problem: `no route of listener ${listener.name} accepts ${hostname}${pathname}` };
    const redirect = match.rule.filters?.find((f: any) => f.type === 'RequestRedirect')?.requestRedirect;
    if (redirect) return { redirect: `${redirect.scheme}://${hostname}${pathname}` };
    return { backend: match.rule.backendRefs[0].name };
  }
  return { problem: `no listener on port ${port} accepts ${hostname}` };
}

const HOST = 'todo.example.org';

function renderedWithHost(name: EnvironmentName, host: string | undefined): readonly KubeObject[] {
  const input = environmentInput(name);
  const [env] = loadEnvironments([{ ...input, edge: { ...input.edge, host } }]);
  return renderEnvironment(env!).files.flatMap((f) => [...f.objects]);
}

describe('the Gateway API request model', () => {
  it('matches exact and wildcard host names', () => {
    expect(hostMatches(undefined, 'a.b')).toBe(true);
    expect(hostMatches('a.b', 'a.b')).toBe(true);
    expect(hostMatches('a.b', 'x.a.b')).toBe(false);
    expect(hostMatches('*.b', 'a.b')).toBe(true);
    expect(hostMatches('*.b', 'b')).toBe(false);
    expect(certificateCovers(['*.example.org'], 'todo.example.org')).toBe(true);
    expect(certificateCovers(['*.example.org'], 'a.todo.example.org')).toBe(false);
    expect(certificateCovers(['todo.example.org'], 'todo.example.org')).toBe(true);
  });
});

describe.each(ENVIRONMENTS)('a configured edge.host (%s)', (name) => {
  let objects: readonly KubeObject[] = [];
  beforeAll(() => {
    objects = renderedWithHost(name, HOST);
  });

  it('serves the app, the API and the WebSocket on https://<host>, with a certificate for it', () => {
    expect(resolve(objects, `https://${HOST}/`)).toEqual({ backend: 'frontend' });
    expect(resolve(objects, `https://${HOST}/api/tasks`)).toEqual({ backend: 'backend' });
    expect(resolve(objects, `https://${HOST}/ws`)).toEqual({ backend: 'realtime' });
  });

  it('redirects http://<host> to https', () => {
    expect(resolve(objects, `http://${HOST}/api/tasks`)).toEqual({ redirect: `https://${HOST}/api/tasks` });
  });

  it('answers to no other name', () => {
    const fallback = (objectsOf(name) as any[]).find((o) => o.kind === 'Gateway').spec.listeners[0].hostname;
    for (const other of ['evil.example.com', fallback]) {
      if (other === HOST) continue;
      expect(resolve(objects, `https://${other}/`).backend).toBeUndefined();
    }
  });
});

describe.each(ENVIRONMENTS)('without edge.host (%s)', (name) => {
  it('serves the nip.io name of the public address, with a certificate for it', () => {
    const objects = renderedWithHost(name, undefined);
    const publicIp = environmentInput(name).edge.publicIp;
    expect(resolve(objects, `https://todo.${publicIp}.nip.io/api`)).toEqual({ backend: 'backend' });
    expect(resolve(objects, `https://${HOST}/api`).backend).toBeUndefined();
  });
});
