import type { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { BackendTrafficPolicy } from '../../imports/k8s/backendtrafficpolicy-gateway.envoyproxy.io';
import { ClientTrafficPolicy } from '../../imports/k8s/clienttrafficpolicy-gateway.envoyproxy.io';
import { durationString, type Route } from './routes';

export interface ConnectionTimeoutsProps {
  readonly namespace: string;
  /** The Gateway and its HTTPS listener. */
  readonly gateway: { readonly name: string; readonly httpsListener: string };
  /** The HTTPRoute carrying the routes. */
  readonly routeName: string;
  readonly routes: readonly Route[];
  /** How long a client connection may sit idle (at least the longest route idle timeout). */
  readonly connectionIdle: Duration;
}

/**
 * Envoy's idle timeouts, set deliberately instead of its defaults (stream idle 5 min, HTTP
 * connection idle 1 h: envoyproxy/gateway internal/xds/translator@v1.9.0): a ClientTrafficPolicy
 * for client connections on the HTTPS listener and, per long-lived route, a
 * BackendTrafficPolicy whose stream idle timeout outranks any other
 * (internal/xds/translator/route.go:459-466@v1.9.0).
 */
export class ConnectionTimeouts extends Construct {
  constructor(scope: Construct, id: string, props: ConnectionTimeoutsProps) {
    super(scope, id);
    new ClientTrafficPolicy(this, 'client', {
      metadata: { name: `${props.gateway.name}-connections`, namespace: props.namespace },
      spec: {
        targetRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: props.gateway.name, sectionName: props.gateway.httpsListener }],
        timeout: { http: { idleTimeout: durationString(props.connectionIdle) } },
      },
    });
    for (const r of props.routes.filter((x) => x.idleTimeout)) {
      new BackendTrafficPolicy(this, `idle-${r.name}`, {
        metadata: { name: `${props.routeName}-${r.name}-idle`, namespace: props.namespace },
        spec: {
          targetRefs: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name: props.routeName, sectionName: r.name }],
          timeout: { http: { streamIdleTimeout: durationString(r.idleTimeout!) } },
        },
      });
    }
  }
}
