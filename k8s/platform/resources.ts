import type { Resources } from '../config/environment';

/** Kubernetes `resources` of a container from the typed form used in configuration. */
export function toKubeResources(r: Resources): { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } } {
  return { requests: { cpu: r.cpuRequest, memory: r.memoryRequest }, limits: { cpu: r.cpuLimit, memory: r.memoryLimit } };
}

/**
 * The same, for generated CRD types, whose quantities are wrapper classes built with
 * `fromString` (one class for requests, one for limits).
 */
export function toCrdResources<R, L>(r: Resources, request: (v: string) => R, limit: (v: string) => L): { requests: Record<string, R>; limits: Record<string, L> } {
  return {
    requests: { cpu: request(r.cpuRequest), memory: request(r.memoryRequest) },
    limits: { cpu: limit(r.cpuLimit), memory: limit(r.memoryLimit) },
  };
}
