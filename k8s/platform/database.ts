import type { DatabaseConfig } from '../config/environment';
import type { SecretRef } from '../dapr/dapr-component';

/**
 * The Secret key holding the PostgreSQL connection URI: CloudNativePG's generated
 * `<cluster>-app` Secret (key `uri`), or the out-of-band Secret of an external database.
 */
export function databaseUriSecret(db: DatabaseConfig): SecretRef {
  return db.provider === 'cloudnative-pg' ? { name: `${db.clusterName}-app`, key: 'uri' } : { name: db.secretName, key: db.key };
}

/**
 * The instance pods CloudNativePG 1.30.0 creates for a Cluster (cloudnative-pg/cloudnative-pg
 * pkg/specs/pods.go:262-278,546-553@v1.30.0): labels and the ports of container `postgres`.
 */
export const CNPG_INSTANCE = {
  labels: (cluster: string) => ({ 'cnpg.io/cluster': cluster }),
  ports: { postgresql: 5432, status: 8000, metrics: 9187 },
  metricsPortName: 'metrics',
  /** runAsNonRoot, seccomp RuntimeDefault, drop ALL, readOnlyRootFilesystem (pkg/specs/pods.go@v1.30.0). */
  podSecurity: { level: 'restricted' as const, source: 'cloudnative-pg/cloudnative-pg pkg/specs/pods.go (CreateContainerSecurityContext)@v1.30.0' },
  source: 'cloudnative-pg/cloudnative-pg pkg/specs/pods.go:262-278,546-553; pkg/management/url/url.go:34,79@v1.30.0',
} as const;
