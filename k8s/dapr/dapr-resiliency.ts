import { Construct } from 'constructs';
import { Resiliency } from '../../imports/k8s/resiliency-dapr.io';

export interface RetryPolicy {
  readonly policy: 'constant' | 'exponential';
  /** Constant back-off interval. */
  readonly duration?: string;
  /** Cap of the exponential back-off. */
  readonly maxInterval?: string;
  /** -1 retries forever (Dapr's default when unset). */
  readonly maxRetries: number;
  /**
   * Only these responses are retried (Dapr otherwise retries every non-2xx/3xx, POST
   * included: dapr/dapr pkg/resiliency/retry.go:93-150@v1.18.3). Transport errors always are.
   * @default - every failure
   */
  readonly retryOn?: { readonly httpStatusCodes?: string; readonly gRPCStatusCodes?: string };
}

export interface CircuitBreakerPolicy {
  /** Requests allowed through while half-open. */
  readonly maxRequests: number;
  /** Window after which failure counts reset while closed. */
  readonly interval: string;
  /** How long the breaker stays open. */
  readonly timeout: string;
  /** CEL expression, e.g. `consecutiveFailures > 5`. */
  readonly trip: string;
}

export interface PolicyRefs {
  readonly timeout?: string;
  readonly retry?: string;
  readonly circuitBreaker?: string;
}

export interface DaprResiliencyProps {
  readonly name: string;
  readonly namespace: string;
  readonly scopes: readonly string[];
  readonly timeouts: Readonly<Record<string, string>>;
  readonly retries: Readonly<Record<string, RetryPolicy>>;
  readonly circuitBreakers: Readonly<Record<string, CircuitBreakerPolicy>>;
  /** Service-invocation targets, by app-id. */
  readonly apps?: Readonly<Record<string, PolicyRefs>>;
  /** Component targets: `outbound` = calls to the component (publish), `inbound` = deliveries to the app. */
  readonly components?: Readonly<Record<string, { readonly inbound?: PolicyRefs; readonly outbound?: PolicyRefs }>>;
}

/** A Dapr Resiliency whose targets may only name policies it defines. */
export class DaprResiliency extends Construct {
  public readonly name: string;

  constructor(scope: Construct, id: string, props: DaprResiliencyProps) {
    super(scope, id);
    this.name = props.name;
    const check = (where: string, refs: PolicyRefs | undefined) => {
      if (!refs) return;
      if (refs.timeout && !(refs.timeout in props.timeouts)) throw new Error(`resiliency ${props.name}: ${where} uses unknown timeout "${refs.timeout}"`);
      if (refs.retry && !(refs.retry in props.retries)) throw new Error(`resiliency ${props.name}: ${where} uses unknown retry "${refs.retry}"`);
      if (refs.circuitBreaker && !(refs.circuitBreaker in props.circuitBreakers)) throw new Error(`resiliency ${props.name}: ${where} uses unknown circuit breaker "${refs.circuitBreaker}"`);
    };
    for (const [app, refs] of Object.entries(props.apps ?? {})) check(`apps.${app}`, refs);
    for (const [c, t] of Object.entries(props.components ?? {})) {
      check(`components.${c}.inbound`, t.inbound);
      check(`components.${c}.outbound`, t.outbound);
    }
    new Resiliency(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace },
      scopes: [...props.scopes],
      spec: {
        policies: {
          timeouts: { ...props.timeouts },
          retries: Object.fromEntries(
            Object.entries(props.retries).map(([k, { retryOn, ...r }]) => [k, { ...r, ...(retryOn ? { matching: { ...retryOn } } : {}) }]),
          ),
          circuitBreakers: Object.fromEntries(Object.entries(props.circuitBreakers).map(([k, c]) => [k, { ...c }])),
        },
        targets: {
          ...(props.apps ? { apps: Object.fromEntries(Object.entries(props.apps).map(([k, v]) => [k, { ...v }])) } : {}),
          ...(props.components ? { components: Object.fromEntries(Object.entries(props.components).map(([k, v]) => [k, { ...v }])) } : {}),
        },
      },
    });
  }
}
