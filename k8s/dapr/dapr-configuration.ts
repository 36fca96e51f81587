import { Construct } from 'constructs';
import { Configuration } from '../../imports/k8s/configuration-dapr.io';

export interface DaprConfigurationProps {
  readonly name: string;
  readonly namespace: string;
  /** Fraction of requests traced, "0" to "1". */
  readonly samplingRate: string;
  /**
   * OTLP collector (host:port) traces are exported to.
   * @default - traces are sampled (trace context propagated) but not exported
   */
  readonly otlpEndpoint?: string;
}

/**
 * The application Configuration attached to every app with `dapr.io/config`: tracing and
 * metrics. mTLS is not here — it is a control-plane setting (the `daprsystem`
 * Configuration, Helm `global.mtls`).
 */
export class DaprConfiguration extends Construct {
  public readonly name: string;

  constructor(scope: Construct, id: string, props: DaprConfigurationProps) {
    super(scope, id);
    this.name = props.name;
    new Configuration(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace },
      spec: {
        tracing: {
          samplingRate: props.samplingRate,
          ...(props.otlpEndpoint ? { otel: { endpointAddress: props.otlpEndpoint, isSecure: false, protocol: 'grpc' } } : {}),
        },
        metric: { enabled: true },
      },
    });
  }
}
