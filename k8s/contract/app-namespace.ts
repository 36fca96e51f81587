/** The namespace the application's services, their Dapr components and their Kafka users live in. */
export const APP_NAMESPACE = 'todo-app';
