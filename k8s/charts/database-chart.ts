import type { Construct } from 'constructs';
import { Cluster, ClusterSpecPrimaryUpdateStrategy, ClusterSpecResourcesLimits, ClusterSpecResourcesRequests } from '../../imports/k8s/cluster-postgresql.cnpg.io';
import { KEEP_ON_DELETE } from '../gitops/argo-application';
import { APP_NAMESPACE } from '../platform/namespaces';
import { toCrdResources } from '../platform/resources';
import type { DatabaseConfig } from '../config/environment';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';

/** PostgreSQL image, pinned (CloudNativePG's standard image, Debian trixie). */
export const POSTGRES_IMAGE = 'ghcr.io/cloudnative-pg/postgresql:18.3-standard-trixie';

export interface DatabaseChartProps extends EnvironmentChartProps {
  readonly database: Extract<DatabaseConfig, { provider: 'cloudnative-pg' }>;
}

/**
 * dist/<env>/database.yaml: a one-instance CloudNativePG cluster. The operator generates
 * the application credentials into the Secret `<name>-app` (key `uri`), which the backend
 * and the Dapr state store reference; no password exists in this repository.
 */
export class DatabaseChart extends EnvironmentChart {
  constructor(scope: Construct, id: string, props: DatabaseChartProps) {
    super(scope, id, props);
    const db = props.database;
    new Cluster(this, 'cluster', {
      metadata: { name: db.clusterName, namespace: APP_NAMESPACE, annotations: { ...KEEP_ON_DELETE } },
      spec: {
        instances: 1,
        imageName: POSTGRES_IMAGE,
        primaryUpdateStrategy: ClusterSpecPrimaryUpdateStrategy.UNSUPERVISED,
        // One instance: a PodDisruptionBudget would block every node drain.
        enablePdb: false,
        storage: { size: db.storageSize },
        resources: toCrdResources(db.resources, ClusterSpecResourcesRequests.fromString, ClusterSpecResourcesLimits.fromString),
        postgresql: { parameters: { max_connections: '50', shared_buffers: '64MB' } },
        bootstrap: { initdb: { database: 'todo', owner: 'todo' } },
      },
    });
  }
}
