import { Duration } from 'cdk8s';
import type { AppName } from '../apps/catalog';

/** One public path prefix and the service behind it. */
export interface Route {
  /** Rule name in the HTTPRoute (policies target it). */
  readonly name: string;
  readonly pathPrefix: string;
  readonly app: AppName;
  /**
   * Longest a request may take end to end. Without one Envoy cuts every response at 15 s
   * (envoyproxy/gateway internal/xds/translator: no route timeout → Envoy's default).
   */
  readonly timeout: Duration;
  /**
   * A long-lived connection (WebSocket): no request timeout; instead it is closed after this
   * long without a frame, so the app must send a keep-alive (ping) more often than that.
   */
  readonly idleTimeout?: Duration;
}

/** Seconds as Gateway API and Envoy Gateway write durations (`^([0-9]{1,5}(h|m|s|ms)){1,4}$`). */
export const durationString = (d: Duration): string => `${d.toSeconds()}s`;

/** The public routing table (FR-A13, FR-A14, FR-E10), most specific first. */
export const ROUTES: readonly Route[] = [
  // Chat calls wait for the LLM and may stream the answer.
  { name: 'api', pathPrefix: '/api', app: 'backend', timeout: Duration.minutes(5) },
  { name: 'ws', pathPrefix: '/ws', app: 'realtime', timeout: Duration.seconds(0), idleTimeout: Duration.hours(1) },
  // Server-rendered pages may stream too.
  { name: 'app', pathPrefix: '/app', app: 'frontend', timeout: Duration.minutes(1) },
  { name: 'root', pathPrefix: '/', app: 'frontend', timeout: Duration.minutes(1) },
];

/** Timeouts other layers must agree with: the Dapr invocation into the backend allows as long as its route. */
export const ROUTE_TIMEOUTS = { api: durationString(ROUTES.find((r) => r.name === 'api')!.timeout) } as const;

/** Longest idle time of any long-lived route: the load balancer must keep idle connections at least this long. */
export function longestIdle(): Duration {
  const seconds = Math.max(...ROUTES.map((r) => r.idleTimeout?.toSeconds() ?? 0));
  return Duration.seconds(seconds);
}

/** Apps the gateway sends traffic to. */
export function exposedApps(): AppName[] {
  return [...new Set(ROUTES.map((r) => r.app))].sort();
}

/** Headers added to every response (FR-H13). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
