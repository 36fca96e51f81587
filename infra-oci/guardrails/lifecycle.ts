/**
 * Object lifecycle rules of the two buckets, as data (oci_objectstorage_object_lifecycle_policy
 * rules: action, is_enabled, name, time_amount, time_unit, target — schema oracle/oci 7.1.0).
 * Both buckets are versioned, so every rule set also deletes old versions: without that,
 * every overwrite would keep its predecessor forever and count against the free 20 GB.
 */
export interface LifecycleRule {
  readonly name: string;
  readonly action: 'DELETE' | 'ABORT';
  readonly target: 'objects' | 'previous-object-versions' | 'multipart-uploads';
  readonly days: number;
}

/** Previous versions of a state file are kept this long (to recover a broken apply). */
export const STATE_VERSION_DAYS = 30;

export function stateBucketRules(): LifecycleRule[] {
  return [
    { name: 'delete-old-state-versions', action: 'DELETE', target: 'previous-object-versions', days: STATE_VERSION_DAYS },
    { name: 'abort-stale-uploads', action: 'ABORT', target: 'multipart-uploads', days: 1 },
  ];
}

/**
 * Backups: the database's own retention deletes old backups first; this rule is the
 * backstop that keeps the bucket bounded if it does not (e.g. the cluster is gone).
 */
export function backupBucketRules(lifecycleDays: number): LifecycleRule[] {
  return [
    { name: 'delete-expired-backups', action: 'DELETE', target: 'objects', days: lifecycleDays },
    { name: 'delete-overwritten-versions', action: 'DELETE', target: 'previous-object-versions', days: 1 },
    { name: 'abort-stale-uploads', action: 'ABORT', target: 'multipart-uploads', days: 1 },
  ];
}
