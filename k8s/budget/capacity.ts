import type { Environment } from '../config/environment';
import { minikubeNodeAllocatable, type NodeAllocatable, okeNodeAllocatable } from './node-allocatable';
import { minikubeSystemPods, okeSystemPods, type SystemPod } from './system-pods';

/** What one node of the environment leaves to pods, by distribution. */
export function nodeAllocatableOf(env: Environment): NodeAllocatable {
  const { cpuPerNode, memoryGiPerNode } = env.capacity;
  return env.cluster.distribution === 'oke' ? okeNodeAllocatable(cpuPerNode, memoryGiPerNode) : minikubeNodeAllocatable(cpuPerNode, memoryGiPerNode);
}

/** What the cluster itself runs before any of our pods, by distribution. */
export function systemPodsOf(env: Environment): SystemPod[] {
  return env.cluster.distribution === 'oke' ? okeSystemPods(env.capacity.nodes) : minikubeSystemPods();
}
