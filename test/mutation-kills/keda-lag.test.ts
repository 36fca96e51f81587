/**
 * The consumer-lag autoscaling must react to the load the design describes. The seeds ask the
 * platform to handle 100 concurrent users (SC-006) and to consume every event within 5 seconds
 * (SC-003, p99); one task change per user is a burst of 100 messages on each topic. Under that
 * burst, KEDA must ask for every replica a consumer can use — the replicas its ScaledObject allows,
 * at most one per partition of the smallest topic it reads (k8s/events/scaling.ts) — so the backlog
 * is shared instead of waiting on one replica; with a trickle it must not scale out.
 *
 * What KEDA does with a `kafka` trigger, from kedacore/keda pkg/scalers/kafka_scaler.go@v2.20.2:
 * - lagThreshold must be a positive number (Validate, :116-118);
 * - the metric is the consumer group's total lag over the topic's partitions, and with
 *   allowIdleConsumers false it is capped at partitions × lagThreshold (getTotalLag, :825-840);
 * - the HPA target is that threshold as an AverageValue (GetMetricSpecForScaling, :736, and
 *   pkg/scalers/scaler.go@v2.20.2 GetMetricTargetType, :95-105), so the HPA asks for
 *   ceil(metric / lagThreshold) replicas (kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale,
 *   "Algorithm details"), the largest over all triggers, within minReplicaCount..maxReplicaCount.
 */
import type { AppName } from '../../k8s/apps/catalog';
import type { EnvironmentName } from '../../k8s/config/environment';
import { maxUsefulReplicas } from '../../k8s/events/scaling';
import { TOPOLOGY } from '../../k8s/events/topology';
import { ENVIRONMENTS, ofKind } from '../helpers';

interface KafkaTrigger {
  readonly topic: string;
  readonly lagThreshold: number;
  readonly allowIdleConsumers: boolean;
}

/** The metric KEDA's kafka scaler reports for a topic with `lag` messages waiting (kafka_scaler.go:825-840). */
function kafkaMetric(trigger: KafkaTrigger, lag: number, partitions: number): number {
  if (!trigger.allowIdleConsumers && Math.floor(lag / trigger.lagThreshold) > partitions) return partitions * trigger.lagThreshold;
  return lag;
}

/** Replicas the HPA KEDA drives asks for, given the lag on each topic. */
function desiredReplicas(so: any, lagOf: (topic: string) => number): number {
  const perTrigger = triggersOf(so).map((t) => Math.ceil(kafkaMetric(t, lagOf(t.topic), TOPOLOGY.topics[t.topic]!.partitions) / t.lagThreshold));
  return Math.min(so.spec.maxReplicaCount, Math.max(so.spec.minReplicaCount, ...perTrigger));
}

function triggersOf(so: any): KafkaTrigger[] {
  return so.spec.triggers.map((t: any) => {
    expect(t.type).toBe('kafka');
    return { topic: t.metadata.topic, lagThreshold: Number(t.metadata.lagThreshold), allowIdleConsumers: t.metadata.allowIdleConsumers === 'true' };
  });
}

/** SC-006: 100 concurrent users, one task change each, lands as 100 messages on every topic. */
const PEAK_BURST = 100;

describe('the KEDA kafka scaler model', () => {
  const so = (max: number, threshold: number) => ({
    spec: { minReplicaCount: 1, maxReplicaCount: max, triggers: [{ type: 'kafka', metadata: { topic: 'task-events', lagThreshold: String(threshold), allowIdleConsumers: 'false' } }] },
  });

  it('asks for ceil(lag / threshold) replicas, never more partitions than the topic has, within the bounds', () => {
    expect(desiredReplicas(so(10, 20), () => 0)).toBe(1);
    expect(desiredReplicas(so(10, 20), () => 20)).toBe(1);
    expect(desiredReplicas(so(10, 20), () => 21)).toBe(2);
    expect(desiredReplicas(so(10, 20), () => 1000)).toBe(3); // task-events has 3 partitions
    expect(desiredReplicas(so(2, 20), () => 1000)).toBe(2);
    expect(kafkaMetric({ topic: 't', lagThreshold: 20, allowIdleConsumers: true }, 1000, 3)).toBe(1000);
    expect(kafkaMetric({ topic: 't', lagThreshold: 20, allowIdleConsumers: false }, 1000, 3)).toBe(60);
  });
});

describe.each(ENVIRONMENTS)('consumer-lag scaling (%s)', (env: EnvironmentName) => {
  const scaledObjects = () => ofKind(env, 'ScaledObject');

  it('has a valid lag threshold on every trigger (a positive whole number)', () => {
    for (const so of scaledObjects()) for (const t of triggersOf(so)) expect([so.metadata.name, t.topic, Number.isInteger(t.lagThreshold) && t.lagThreshold > 0]).toEqual([so.metadata.name, t.topic, true]);
  });

  it('scales every consumer to all the replicas it can use under the peak burst of the seeds', () => {
    const consumers = scaledObjects();
    expect(consumers.length).toBeGreaterThan(0);
    for (const so of consumers) {
      const app = so.spec.scaleTargetRef.name as AppName;
      const useful = Math.min(so.spec.maxReplicaCount, maxUsefulReplicas(app)!.replicas);
      expect([app, desiredReplicas(so, () => PEAK_BURST)]).toEqual([app, useful]);
    }
    // Not vacuous: at least one consumer can scale out here, and does.
    expect(consumers.some((so) => desiredReplicas(so, () => PEAK_BURST) > so.spec.minReplicaCount)).toBe(true);
  });

  it('does not scale out for a trickle of one message per partition', () => {
    for (const so of scaledObjects()) {
      expect([so.metadata.name, desiredReplicas(so, (topic) => TOPOLOGY.topics[topic]!.partitions)]).toEqual([so.metadata.name, so.spec.minReplicaCount]);
    }
  });
});
