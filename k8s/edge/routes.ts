import type { AppName } from '../contract/app-names';

/** One public path prefix and the service behind it. */
export interface Route {
  readonly pathPrefix: string;
  readonly app: AppName;
  /** Long-lived connections (WebSocket): no request timeout. */
  readonly longLived?: boolean;
}

/** The public routing table (FR-A13, FR-A14, FR-E10), most specific first. */
export const ROUTES: readonly Route[] = [
  { pathPrefix: '/api', app: 'backend' },
  { pathPrefix: '/ws', app: 'realtime', longLived: true },
  { pathPrefix: '/app', app: 'frontend' },
  { pathPrefix: '/', app: 'frontend' },
];

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
