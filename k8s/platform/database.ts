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

/** The application database and its owner: created by initdb, recreated on recovery. */
export const APP_DATABASE = { name: 'todo', owner: 'todo' } as const;

/**
 * Keys of the backup credentials Secret (created out of band, docs/secrets.md): an S3 access key
 * pair (on OCI a Customer Secret Key) and the region, which the plugin reads only from a Secret
 * (ObjectStore `s3Credentials.region`, plugin-barman-cloud
 * config/crd/bases/barmancloud.cnpg.io_objectstores.yaml@v0.14.0).
 */
export const BACKUP_SECRET_KEYS = { accessKeyId: 'ACCESS_KEY_ID', secretAccessKey: 'ACCESS_SECRET_KEY', region: 'REGION' } as const;

/** Names of the backup objects of a cluster. */
export function backupObjectNames(clusterName: string) {
  return {
    /** The ObjectStore: one per cluster, as the plugin recommends (web/docs/concepts.md@v0.14.0). */
    objectStore: `${clusterName}-archive`,
    scheduledBackup: `${clusterName}-daily`,
    /** The externalClusters entry a recovery reads from. */
    recoverySource: 'archive',
  } as const;
}
