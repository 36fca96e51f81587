import type { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import {
  EnvoyProxy,
  EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits as Limits,
  EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests as Requests,
  EnvoyProxySpecProviderKubernetesEnvoyServiceType,
  EnvoyProxySpecProviderType,
} from '../../imports/k8s/envoyproxy-gateway.envoyproxy.io';
import type { EdgeConfig } from '../config/environment';
import { toCrdResources } from '../platform/resources';

/**
 * Annotations that make the OCI cloud controller create exactly one flexible load balancer at
 * a fixed bandwidth (Always Free: 10 Mbps; the default shape is the billed "100Mbps", and a
 * flexible shape needs both bounds — load_balancer_spec.go:1323-1390), keep idle connections
 * (WebSockets) as long as the routes allow (default 300 s for TCP), and leave the security
 * lists to Terraform (infra-oci/network/rules.ts opens the NodePorts to the LB subnet) — all
 * from oracle/oci-cloud-controller-manager docs/load-balancer-annotations.md@v1.35.0.
 */
export function ociLoadBalancerAnnotations(mbps: number, idle: Duration): Record<string, string> {
  return {
    'service.beta.kubernetes.io/oci-load-balancer-shape': 'flexible',
    'service.beta.kubernetes.io/oci-load-balancer-shape-flex-min': String(mbps),
    'service.beta.kubernetes.io/oci-load-balancer-shape-flex-max': String(mbps),
    'service.beta.kubernetes.io/oci-load-balancer-connection-idle-timeout': String(idle.toSeconds()),
    'service.beta.kubernetes.io/oci-load-balancer-security-list-management-mode': 'None',
  };
}

export interface GatewayProxyProps {
  readonly name: string;
  /** Envoy Gateway's namespace (the proxies run there). */
  readonly namespace: string;
  readonly edge: EdgeConfig;
  /** How long the load balancer keeps an idle connection (at least the longest route idle timeout). */
  readonly idleTimeout: Duration;
}

/**
 * The EnvoyProxy resource: how the data plane of our Gateway is deployed and exposed. On a
 * load balancer it takes the reserved public address (spec.loadBalancerIP, which the OCI
 * cloud controller looks up as a reserved IP: load_balancer.go:236-246), so the host name and
 * certificate are right before the load balancer exists.
 */
export class GatewayProxy extends Construct {
  public readonly name: string;
  public readonly namespace: string;

  constructor(scope: Construct, id: string, props: GatewayProxyProps) {
    super(scope, id);
    this.name = props.name;
    this.namespace = props.namespace;
    const lb = props.edge.exposure === 'load-balancer';
    new EnvoyProxy(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace },
      spec: {
        provider: {
          type: EnvoyProxySpecProviderType.KUBERNETES,
          kubernetes: {
            envoyService: lb
              ? {
                  type: EnvoyProxySpecProviderKubernetesEnvoyServiceType.LOAD_BALANCER,
                  loadBalancerIp: props.edge.publicIp,
                  annotations: ociLoadBalancerAnnotations(props.edge.loadBalancerMbps, props.idleTimeout),
                }
              : { type: EnvoyProxySpecProviderKubernetesEnvoyServiceType.NODE_PORT },
            envoyDeployment: {
              replicas: 1,
              container: { resources: toCrdResources(props.edge.envoyResources, Requests.fromString, Limits.fromString) },
            },
          },
        },
      },
    });
  }
}
