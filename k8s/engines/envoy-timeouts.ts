import type { KubeObject } from '../synth/objects';

/**
 * How long Envoy Gateway 1.9.0 lets a request run, and a stream sit idle, on one HTTPRoute
 * rule, from the HTTPRoute and the Client/BackendTrafficPolicies that target it
 * (envoyproxy/gateway internal/gatewayapi/route.go:1087-1105, internal/xds/translator/route.go:
 * 118-124, 442-493@v1.9.0), and what the OCI load balancer in front allows
 * (oracle/oci-cloud-controller-manager load_balancer.go:83-86@v1.35.0).
 */

/** Envoy's route timeout when nothing sets one (envoy docs faq/configuration/timeouts.rst). */
export const ENVOY_DEFAULT_ROUTE_TIMEOUT_S = 15;
/** Envoy's HCM stream_idle_timeout default (same page). */
export const ENVOY_DEFAULT_STREAM_IDLE_S = 300;
/** The OCI load balancer's idle timeout for a TCP listener without the annotation. */
export const OCI_LB_DEFAULT_IDLE_TCP_S = 300;
export const OCI_LB_IDLE_ANNOTATION = 'service.beta.kubernetes.io/oci-load-balancer-connection-idle-timeout';

/** Seconds of a Gateway API duration (`1h30m`, `300s`, `500ms`); Infinity for a disabled (`0s`) timeout. */
export function durationSeconds(d: string): number {
  const parts = [...d.matchAll(/(\d+)(ms|h|m|s)/g)];
  if (parts.length === 0) throw new Error(`not a duration: ${d}`);
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  const total = parts.reduce((n, [, v, u]) => n + Number(v) * unit[u!]!, 0);
  return total === 0 ? Infinity : total;
}

type Obj = KubeObject & { spec?: any };

/** A policy targets an object, or one section of it (a listener, a rule); an unnamed section on either side matches all. */
const targets = (policy: Obj, kind: string, name: string, section?: string) =>
  (policy.spec?.targetRefs ?? []).some((t: any) => t.kind === kind && t.name === name && (t.sectionName === undefined || section === undefined || t.sectionName === section));

export interface RouteTimeouts {
  /** Seconds until Envoy answers 504 (Infinity: never). */
  readonly request: number;
  /** Seconds a stream (a WebSocket) may stay silent before Envoy closes it. */
  readonly streamIdle: number;
}

/** The timeouts Envoy applies to the rule `ruleName` of `route`, given every policy object. */
export function envoyRouteTimeouts(route: Obj, ruleName: string, objects: readonly KubeObject[]): RouteTimeouts {
  const rule = (route.spec?.rules ?? []).find((r: any) => r.name === ruleName);
  if (!rule) throw new Error(`HTTPRoute ${route.metadata.name} has no rule ${ruleName}`);
  const ns = route.metadata.namespace;
  const gateways: Array<{ name: string; section?: string }> = (route.spec?.parentRefs ?? []).map((p: any) => ({ name: p.name, section: p.sectionName }));
  const policies = (kind: string) => (objects as Obj[]).filter((o) => o.kind === kind && o.metadata.namespace === ns);
  const routeBtp = policies('BackendTrafficPolicy').find((p) => targets(p, 'HTTPRoute', route.metadata.name, ruleName));
  const gatewayBtp = policies('BackendTrafficPolicy').find((p) => gateways.some((g) => targets(p, 'Gateway', g.name, g.section)));
  const ctp = policies('ClientTrafficPolicy').find((p) => gateways.some((g) => targets(p, 'Gateway', g.name, g.section)));

  // The HTTPRoute's own timeout wins over a BTP's requestTimeout; backendRequest overwrites request without retries.
  const own = rule.timeouts?.backendRequest && !rule.retry ? rule.timeouts.backendRequest : rule.timeouts?.request;
  const btpRequest = (routeBtp ?? gatewayBtp)?.spec?.timeout?.http?.requestTimeout;
  const request = own !== undefined ? durationSeconds(own) : btpRequest !== undefined ? durationSeconds(btpRequest) : ENVOY_DEFAULT_ROUTE_TIMEOUT_S;

  const btpIdle = (routeBtp ?? gatewayBtp)?.spec?.timeout?.http?.streamIdleTimeout;
  const ctpIdle = ctp?.spec?.timeout?.http?.streamIdleTimeout;
  let streamIdle: number;
  if (btpIdle !== undefined) streamIdle = durationSeconds(btpIdle);
  else if (ctpIdle !== undefined) streamIdle = durationSeconds(ctpIdle);
  else if (own !== undefined) streamIdle = request === Infinity ? Infinity : Math.max(3600, request);
  else streamIdle = ENVOY_DEFAULT_STREAM_IDLE_S;
  return { request, streamIdle };
}

/** Seconds the OCI load balancer keeps an idle connection to the Envoy Service of `proxy` (an EnvoyProxy). */
export function loadBalancerIdleSeconds(proxy: Obj): number | undefined {
  const service = proxy.spec?.provider?.kubernetes?.envoyService;
  if (service?.type !== 'LoadBalancer') return undefined;
  const value = service.annotations?.[OCI_LB_IDLE_ANNOTATION];
  return value === undefined ? OCI_LB_DEFAULT_IDLE_TCP_S : Number(value);
}
