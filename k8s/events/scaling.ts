import type { AppName } from '../apps/catalog';
import type { Environment } from '../config/environment';
import { subscriptions, TOPOLOGY, type EventTopology } from './topology';

/**
 * The most replicas a consumer can use: the partitions of the smallest topic it consumes
 * (in one consumer group, a replica beyond a topic's partitions gets none of them).
 */
export function maxUsefulReplicas(app: AppName, t: EventTopology = TOPOLOGY): { replicas: number; topic: string } | undefined {
  const topics = subscriptions(t).filter((s) => s.app === app).map((s) => ({ topic: s.topic, partitions: t.topics[s.topic]!.partitions }));
  if (topics.length === 0) return undefined;
  const smallest = topics.reduce((a, b) => (b.partitions < a.partitions ? b : a));
  return { replicas: smallest.partitions, topic: smallest.topic };
}

/** Consumers configured to scale beyond the partitions of a topic they consume. */
export function scalingProblems(env: Environment, t: EventTopology = TOPOLOGY): string[] {
  const problems: string[] = [];
  for (const [app, w] of Object.entries(env.workloads) as [AppName, (typeof env.workloads)[AppName]][]) {
    const limit = maxUsefulReplicas(app, t);
    if (w && limit && w.replicas.max > limit.replicas) {
      problems.push(
        `workloads.${app}.replicas.max: ${w.replicas.max} exceeds the ${limit.replicas} partition(s) of topic "${limit.topic}" it consumes — lower it to ${limit.replicas} or give the topic more partitions`,
      );
    }
  }
  return problems;
}
