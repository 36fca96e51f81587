/**
 * The application's deployable services: one container image, one Deployment and one
 * Dapr app-id each. Everything per-app (OCIR repositories, topology roles, workloads,
 * network policies) is keyed by these names.
 */
export const APP_NAMES = ['frontend', 'backend', 'recurring-task', 'notification', 'audit', 'realtime'] as const;
export type AppName = (typeof APP_NAMES)[number];

/** The namespace the application's services, their Dapr components and their Kafka users live in. */
export const APP_NAMESPACE = 'todo-app';
