import type { DatabaseConfig } from '../config/environment';
import type { SecretRef } from '../dapr/dapr-component';

/**
 * The Secret key holding the PostgreSQL connection URI: CloudNativePG's generated
 * `<cluster>-app` Secret (key `uri`), or the out-of-band Secret of an external database.
 */
export function databaseUriSecret(db: DatabaseConfig): SecretRef {
  return db.provider === 'cloudnative-pg' ? { name: `${db.clusterName}-app`, key: 'uri' } : { name: db.secretName, key: db.key };
}
