/** Per-container defaults and bounds in every namespace we own (for charts that leave containers unsized). */
export const CONTAINER_LIMITS = {
  defaultRequest: { cpu: '10m', memory: '32Mi' },
  default: { cpu: '100m', memory: '48Mi' },
  max: { cpu: '2', memory: '2Gi' },
} as const;
