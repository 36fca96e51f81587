import type { Construct } from 'constructs';
import { GatewayClass } from '../../imports/k8s/gatewayclass-gateway.networking.k8s.io';
import { Gateway, GatewaySpecListenersAllowedRoutesNamespacesFrom, GatewaySpecListenersTlsMode } from '../../imports/k8s/gateway-gateway.networking.k8s.io';
import {
  HttpRoute,
  HttpRouteSpecRulesFiltersRequestRedirectScheme,
  HttpRouteSpecRulesFiltersRequestRedirectStatusCode,
  HttpRouteSpecRulesFiltersType,
  HttpRouteSpecRulesMatchesPathType,
} from '../../imports/k8s/httproute-gateway.networking.k8s.io';
import { APP_CATALOG } from '../apps/catalog';
import { hostOf } from '../config/environment';
import { GatewayProxy } from '../edge/envoy-proxy';
import { GATEWAY_LISTENERS } from '../edge/gateway-listeners';
import { durationString, longestIdle, ROUTES, SECURITY_HEADERS } from '../edge/routes';
import { GatewayTls } from '../edge/tls';
import { ConnectionTimeouts } from '../edge/traffic-policies';
import { APP_NAMESPACE } from '../platform/namespaces';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';

export const ENVOY_GATEWAY_NAMESPACE = 'envoy-gateway-system';
const [HTTP, HTTPS] = GATEWAY_LISTENERS;
export const GATEWAY = { name: 'todo-chatbot', className: 'envoy', httpListener: HTTP.name, httpsListener: HTTPS.name, tlsSecret: 'todo-chatbot-tls' } as const;

/**
 * dist/<env>/edge.yaml: the Gateway API edge. One Gateway (Envoy Gateway's class) with an
 * HTTP listener that only redirects to HTTPS (and answers ACME challenges) and an HTTPS
 * listener with a cert-manager certificate; the routing table with security headers on
 * every response; the EnvoyProxy that exposes it through one load balancer (or NodePort).
 */
export class EdgeChart extends EnvironmentChart {
  public readonly host: string;

  constructor(scope: Construct, id: string, props: EnvironmentChartProps) {
    super(scope, id, props);
    const env = props.env;
    this.host = hostOf(env);
    const proxy = new GatewayProxy(this, 'proxy', { name: GATEWAY.name, namespace: ENVOY_GATEWAY_NAMESPACE, edge: env.edge, idleTimeout: longestIdle() });
    new GatewayClass(this, 'class', {
      metadata: { name: GATEWAY.className },
      spec: {
        controllerName: 'gateway.envoyproxy.io/gatewayclass-controller',
        parametersRef: { group: 'gateway.envoyproxy.io', kind: 'EnvoyProxy', name: proxy.name, namespace: proxy.namespace },
      },
    });
    new GatewayTls(this, 'tls', {
      edge: env.edge,
      host: this.host,
      namespace: APP_NAMESPACE,
      gateway: { name: GATEWAY.name, httpListener: GATEWAY.httpListener },
      secretName: GATEWAY.tlsSecret,
    });
    const sameNamespace = { namespaces: { from: GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME } };
    new Gateway(this, 'gateway', {
      metadata: { name: GATEWAY.name, namespace: APP_NAMESPACE },
      spec: {
        gatewayClassName: GATEWAY.className,
        listeners: [
          { name: HTTP.name, protocol: HTTP.protocol, port: HTTP.port, hostname: this.host, allowedRoutes: sameNamespace },
          {
            name: HTTPS.name,
            protocol: HTTPS.protocol,
            port: HTTPS.port,
            hostname: this.host,
            tls: { mode: GatewaySpecListenersTlsMode.TERMINATE, certificateRefs: [{ kind: 'Secret', name: GATEWAY.tlsSecret }] },
            allowedRoutes: sameNamespace,
          },
        ],
      },
    });
    const parent = (sectionName: string) => [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: GATEWAY.name, sectionName }];
    new HttpRoute(this, 'https-redirect', {
      metadata: { name: 'https-redirect', namespace: APP_NAMESPACE },
      spec: {
        parentRefs: parent(GATEWAY.httpListener),
        hostnames: [this.host],
        rules: [
          {
            filters: [
              {
                type: HttpRouteSpecRulesFiltersType.REQUEST_REDIRECT,
                requestRedirect: { scheme: HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTPS, statusCode: HttpRouteSpecRulesFiltersRequestRedirectStatusCode.VALUE_301 },
              },
            ],
          },
        ],
      },
    });
    const headers = { type: HttpRouteSpecRulesFiltersType.RESPONSE_HEADER_MODIFIER, responseHeaderModifier: { set: Object.entries(SECURITY_HEADERS).map(([name, value]) => ({ name, value })) } };
    new HttpRoute(this, 'routes', {
      metadata: { name: GATEWAY.name, namespace: APP_NAMESPACE },
      spec: {
        parentRefs: parent(GATEWAY.httpsListener),
        hostnames: [this.host],
        rules: ROUTES.map((r) => ({
          name: r.name,
          matches: [{ path: { type: HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value: r.pathPrefix } }],
          filters: [headers],
          backendRefs: [{ kind: 'Service', name: r.app, port: APP_CATALOG[r.app].port }],
          // Always explicit: without it Envoy cuts every response at 15 s; "0s" = no limit (WebSockets).
          timeouts: { request: durationString(r.timeout) },
        })),
      },
    });
    new ConnectionTimeouts(this, 'timeouts', { namespace: APP_NAMESPACE, gateway: GATEWAY, routeName: GATEWAY.name, routes: ROUTES, connectionIdle: longestIdle() });
  }
}
