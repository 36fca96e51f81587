import type { EnvironmentInput } from '../config/environment';
import { ALWAYS_FREE } from '../contract/always-free';
import type { DeploymentInputs } from './inputs';
import { SIDECAR, WORKLOADS } from './workloads';
import versions from './images/oke.json';

/**
 * OCI's CSI block-volume class: WaitForFirstConsumer, so each volume is created in the
 * availability domain of the node its pod is scheduled on — the node pool's one AD
 * (oracle/oci-cloud-controller-manager manifests/container-storage-interface/storage-class.yaml@v1.35.0).
 * Named rather than left to the default: clusters first created on Kubernetes ≤ 1.23 default to
 * the FlexVolume class `oci` (docs.oracle.com …/contengcreatingpersistentvolumeclaim_topic-Provisioning_PVCs_on_BV.htm).
 */
const BLOCK_VOLUMES = 'oci-bv';
/** OCI's smallest block volume: a smaller claim is billed as this much. */
const SMALLEST_VOLUME = `${ALWAYS_FREE.minimumVolumeGb}Gi`;
/**
 * Object Storage kept for the Terraform state bucket, which shares the free 20 GB with the
 * backups: a few state files of kilobytes, each overwrite kept 30 days as a version.
 */
const STATE_BUCKET_RESERVE_GB = 1;

/** Oracle Kubernetes Engine on the Always Free tier (Ampere A1, sized by the platform configuration). */
export function oke({ platform, outputs }: DeploymentInputs): EnvironmentInput {
  const pool = platform.oci.nodePool;
  return {
  name: 'oke',
  description: 'Oracle Kubernetes Engine on the Always Free tier',
  cluster: { distribution: 'oke' },
  kafka: {
    backend: 'strimzi',
    // Every service gets its own SCRAM identity, limited by ACLs to its topics and group.
    authentication: 'scram-sha-512',
    // A 288 MiB heap in a 576 MiB container: a few messages a second on 15 small topics (32 MiB
    // less heap than before pays for the database backups; the log on disk needs no heap).
    heap: '288Mi',
    cpu: { request: '100m', limit: '1' },
    // The second free block volume (PostgreSQL has the first; the boot volume is not one).
    storage: { size: SMALLEST_VOLUME, storageClass: BLOCK_VOLUMES },
  },
  database: {
    provider: 'cloudnative-pg',
    storageSize: SMALLEST_VOLUME,
    storageClass: BLOCK_VOLUMES,
    resources: { cpuRequest: '50m', cpuLimit: '500m', memoryRequest: '384Mi', memoryLimit: '384Mi' },
    // To the versioned, private bucket of the `state` stack, which outlives the cluster.
    backup: {
      bucket: outputs.backup.bucket,
      endpointURL: outputs.backup.s3Endpoint,
      region: outputs.backup.region,
      bucketLifecycleDays: platform.oci.backup.lifecycleDays,
      capacityGb: ALWAYS_FREE.objectStorageGb - STATE_BUCKET_RESERVE_GB,
      retentionDays: 7,
    },
  },
  dapr: {
    logLevel: 'info',
    // No collector on the free node: tracing is off rather than sampled into nowhere.
    tracing: { samplingRate: '0' },
    sidecar: SIDECAR,
    // Three scheduler volumes would not fit the 200 GB free storage; reminders are also swept by cron.
    scheduler: { inMemoryStorage: true },
  },
  gitops: platform.gitops,
  // The node pool of the platform configuration (the guard in infra-oci checks it fits Always Free).
  capacity: { nodes: pool.nodeCount, cpuPerNode: pool.ocpusPerNode, memoryGiPerNode: pool.memoryGbPerNode, bootVolumeGb: pool.bootVolumeGb },
  // From the applied network stack (k8s/contract/outputs/oke.json).
  network: {
      apiServer: { cidr: outputs.network.apiEndpointCidr, port: 6443 },
      nodeCidrs: [outputs.network.workerSubnetCidr],
      loadBalancerCidrs: [outputs.network.loadBalancerSubnetCidr],
    },
  // Repository from the registry stack; versions (git SHAs) live in images/oke.json, which the
  // images workflow bumps in a pull request.
  images: { repository: outputs.registry.repositoryPrefix, pullSecret: 'ocir-pull', versions },
  workloads: WORKLOADS,
  edge: {
    host: platform.edge.hostname,
    publicIp: outputs.edge.publicIp,
    issuer: platform.edge.issuer,
    acmeEmail: platform.edge.acmeEmail,
    exposure: 'load-balancer',
    loadBalancerMbps: ALWAYS_FREE.loadBalancerMbps,
    envoyResources: { cpuRequest: '50m', cpuLimit: '500m', memoryRequest: '96Mi', memoryLimit: '160Mi' },
  },
  };
}
