import { Construct } from 'constructs';
import { SubscriptionV2Alpha1 } from '../../imports/k8s/subscription-dapr.io';

export interface DaprSubscriptionProps {
  readonly name: string;
  readonly namespace: string;
  /** Pub/sub component name. */
  readonly pubsubName: string;
  readonly topic: string;
  /** App path receiving the messages. */
  readonly route: string;
  /** Topic receiving messages whose delivery failed after the resiliency retries. */
  readonly deadLetterTopic: string;
  /** The subscribing app-id (top-level `scopes`). */
  readonly scopes: readonly string[];
}

/** A declarative `dapr.io/v2alpha1` Subscription with a dead-letter topic. */
export class DaprSubscription extends Construct {
  public readonly topic: string;
  public readonly deadLetterTopic: string;

  constructor(scope: Construct, id: string, props: DaprSubscriptionProps) {
    super(scope, id);
    if (!props.route.startsWith('/')) throw new Error(`subscription ${props.name}: route must start with "/"`);
    if (props.deadLetterTopic === props.topic) throw new Error(`subscription ${props.name}: the dead-letter topic must differ from the topic`);
    this.topic = props.topic;
    this.deadLetterTopic = props.deadLetterTopic;
    new SubscriptionV2Alpha1(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace },
      scopes: [...props.scopes],
      spec: { pubsubname: props.pubsubName, topic: props.topic, routes: { default: props.route }, deadLetterTopic: props.deadLetterTopic },
    });
  }
}
