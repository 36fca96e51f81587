import { ApiObject } from 'cdk8s';
import type { Construct } from 'constructs';
import {
  Cluster,
  type ClusterSpecBootstrap,
  type ClusterSpecExternalClusters,
  type ClusterSpecPlugins,
  ClusterSpecPrimaryUpdateStrategy,
  ClusterSpecResourcesLimits,
  ClusterSpecResourcesRequests,
} from '../../imports/k8s/cluster-postgresql.cnpg.io';
import { BARMAN_CLOUD } from '../addons/barman-cloud';
import { archiveServerName, type DatabaseBackupConfig, type DatabaseConfig } from '../config/environment';
import { KEEP_ON_DELETE } from '../gitops/argo-application';
import { APP_DATABASE, BACKUP_SECRET_KEYS, backupObjectNames } from '../platform/database';
import { APP_NAMESPACE } from '../platform/namespaces';
import { toCrdResources, toKubeResources } from '../platform/resources';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';

/** PostgreSQL image, pinned (CloudNativePG's standard image, Debian trixie). */
export const POSTGRES_IMAGE = 'ghcr.io/cloudnative-pg/postgresql:18.3-standard-trixie';

/** The postgresql.cnpg.io kind that schedules backups (no typed import: its CRD is not in ../shared). */
const SCHEDULED_BACKUP = { apiVersion: 'postgresql.cnpg.io/v1', kind: 'ScheduledBackup' } as const;

/**
 * OCI's S3 endpoint rejects the checksum headers boto3 ≥ 1.36 sends by default; the plugin
 * documents these variables for such providers (web/docs/object_stores.md:153-179@v0.14.0).
 */
const S3_COMPATIBLE_CHECKSUMS = [
  { name: 'AWS_REQUEST_CHECKSUM_CALCULATION', value: 'when_required' },
  { name: 'AWS_RESPONSE_CHECKSUM_VALIDATION', value: 'when_required' },
] as const;

/**
 * How often the sidecar applies the retention and refreshes the recovery window (CRD default
 * 1800 s). Hourly halves the LIST/GET requests against OCI's 50,000 free API requests a month;
 * obsolete backups are deleted only after the next daily backup anyway.
 */
const RETENTION_INTERVAL_SECONDS = 3600;

export interface DatabaseChartProps extends EnvironmentChartProps {
  readonly database: Extract<DatabaseConfig, { provider: 'cloudnative-pg' }>;
}

/**
 * dist/<env>/database.yaml: a one-instance CloudNativePG cluster. The operator generates
 * the application credentials into the Secret `<name>-app` (key `uri`), which the backend
 * and the Dapr state store reference; no password exists in this repository.
 *
 * With `backup`, the Barman Cloud Plugin archives every WAL segment and a daily base backup
 * to the object store (an ObjectStore, the Cluster's `plugins` entry, a ScheduledBackup); with
 * `restoreFrom`, a new Cluster starts from that archive instead of an empty database, and
 * archives to a folder of its own.
 */
export class DatabaseChart extends EnvironmentChart {
  public readonly cluster: Cluster;
  public readonly objectStore?: ApiObject;
  public readonly scheduledBackup?: ApiObject;

  constructor(scope: Construct, id: string, props: DatabaseChartProps) {
    super(scope, id, props);
    const db = props.database;
    const names = backupObjectNames(db.clusterName);
    if (db.backup) this.objectStore = objectStore(this, names.objectStore, db.backup);
    const archive = db.backup ? { [BARMAN_CLOUD.parameters.objectStore]: names.objectStore } : undefined;

    // WAL archiver and base backups: the object store, in this cluster's own folder.
    const plugins: ClusterSpecPlugins[] = archive ? [{ name: BARMAN_CLOUD.pluginName, isWalArchiver: true, parameters: { ...archive, [BARMAN_CLOUD.parameters.serverName]: archiveServerName(db) } }] : [];
    // Where a restore reads from: the same object store, in the lost cluster's folder.
    const externalClusters: ClusterSpecExternalClusters[] =
      archive && db.restoreFrom ? [{ name: names.recoverySource, plugin: { name: BARMAN_CLOUD.pluginName, parameters: { ...archive, [BARMAN_CLOUD.parameters.serverName]: db.restoreFrom.serverName } } }] : [];
    const bootstrap: ClusterSpecBootstrap = db.restoreFrom
      ? {
          // The app database and owner are kept; the operator writes a new password into <name>-app after recovery (docs/src/recovery.md@v1.30.0).
          recovery: { source: names.recoverySource, database: APP_DATABASE.name, owner: APP_DATABASE.owner, ...(db.restoreFrom.targetTime ? { recoveryTarget: { targetTime: db.restoreFrom.targetTime } } : {}) },
        }
      : { initdb: { database: APP_DATABASE.name, owner: APP_DATABASE.owner } };

    this.cluster = new Cluster(this, 'cluster', {
      metadata: { name: db.clusterName, namespace: APP_NAMESPACE, annotations: { ...KEEP_ON_DELETE } },
      spec: {
        instances: 1,
        imageName: POSTGRES_IMAGE,
        primaryUpdateStrategy: ClusterSpecPrimaryUpdateStrategy.UNSUPERVISED,
        // One instance: a PodDisruptionBudget would block every node drain.
        enablePdb: false,
        storage: { size: db.storageSize, ...(db.storageClass ? { storageClass: db.storageClass } : {}) },
        resources: toCrdResources(db.resources, ClusterSpecResourcesRequests.fromString, ClusterSpecResourcesLimits.fromString),
        postgresql: { parameters: { max_connections: '50', shared_buffers: '64MB' } },
        bootstrap,
        ...(plugins.length > 0 ? { plugins } : {}),
        ...(externalClusters.length > 0 ? { externalClusters } : {}),
      },
    });

    if (db.backup) {
      this.scheduledBackup = new ApiObject(this, 'scheduled-backup', {
        ...SCHEDULED_BACKUP,
        metadata: { name: names.scheduledBackup, namespace: APP_NAMESPACE },
        spec: {
          cluster: { name: db.clusterName },
          schedule: db.backup.schedule,
          // The default method is the in-tree barmanObjectStore, which this cluster does not configure.
          method: 'plugin',
          pluginConfiguration: { name: BARMAN_CLOUD.pluginName },
          // A first base backup right away: WAL archived before it cannot be restored from.
          immediate: true,
          // Backup objects go with their schedule (the sidecar also deletes those retention removed: internal/cnpgi/instance/retention.go@v0.14.0).
          backupOwnerReference: 'self',
        },
      });
    }
  }
}

/** The object store of one cluster's archive, and how the plugin's sidecar reaches and runs against it. */
function objectStore(scope: Construct, name: string, b: DatabaseBackupConfig): ApiObject {
  const key = (k: string) => ({ name: b.credentialsSecret, key: k });
  return new ApiObject(scope, 'object-store', {
    ...BARMAN_CLOUD.objectStore,
    // Kept when its Application goes, like the Cluster archiving through it.
    metadata: { name, namespace: APP_NAMESPACE, annotations: { ...KEEP_ON_DELETE } },
    spec: {
      configuration: {
        // The cluster's folder (serverName) is appended by the plugin; never set here (the CRD forbids it).
        destinationPath: `s3://${b.bucket}/`,
        endpointURL: b.endpointURL,
        s3Credentials: { accessKeyId: key(BACKUP_SECRET_KEYS.accessKeyId), secretAccessKey: key(BACKUP_SECRET_KEYS.secretAccessKey), region: key(BACKUP_SECRET_KEYS.region) },
        // A WAL segment closed by archive_timeout is mostly zeros and compresses to a few kB.
        wal: { compression: 'zstd', maxParallel: 1 },
        // One upload process instead of the default two keeps the sidecar's peak memory down
        // (cloudnative-pg/barman-cloud pkg/api/config.go:298-302@950b0f5).
        data: { compression: 'gzip', jobs: 1 },
      },
      retentionPolicy: `${b.retentionDays}d`,
      instanceSidecarConfiguration: {
        env: S3_COMPATIBLE_CHECKSUMS.map((e) => ({ ...e })),
        resources: toKubeResources(b.sidecar),
        retentionPolicyIntervalSeconds: RETENTION_INTERVAL_SECONDS,
      },
    },
  });
}
