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
 * Annotations that make the OCI cloud controller create exactly one flexible load
 * balancer at a fixed bandwidth (Always Free: 10 Mbps) and leave the security lists to
 * Terraform (infra-oci/network/rules.ts already opens the listener and NodePort ranges).
 */
export function ociLoadBalancerAnnotations(mbps: number): Record<string, string> {
  return {
    'service.beta.kubernetes.io/oci-load-balancer-shape': 'flexible',
    'service.beta.kubernetes.io/oci-load-balancer-shape-flex-min': String(mbps),
    'service.beta.kubernetes.io/oci-load-balancer-shape-flex-max': String(mbps),
    'service.beta.kubernetes.io/oci-load-balancer-security-list-management-mode': 'None',
  };
}

export interface GatewayProxyProps {
  readonly name: string;
  /** Envoy Gateway's namespace (the proxies run there). */
  readonly namespace: string;
  readonly edge: EdgeConfig;
}

/** The EnvoyProxy resource: how the data plane of our Gateway is deployed and exposed. */
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
              ? { type: EnvoyProxySpecProviderKubernetesEnvoyServiceType.LOAD_BALANCER, annotations: ociLoadBalancerAnnotations(props.edge.loadBalancerMbps) }
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
