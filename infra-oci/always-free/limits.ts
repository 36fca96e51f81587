/**
 * Oracle Cloud Always Free limits that this platform can run into (per tenancy, home region).
 * https://docs.oracle.com/en-us/iaas/Content/FreeTier/freetier_topic-Always_Free_Resources.htm
 */
export const ALWAYS_FREE = {
  /** Ampere A1 compute: 3,000 OCPU-hours and 18,000 GB-hours a month = 4 OCPUs and 24 GB always on. */
  a1Shape: 'VM.Standard.A1.Flex',
  a1Ocpus: 4,
  a1MemoryGb: 24,
  /** Block Volume service: 200 GB in total, boot volumes included. */
  blockStorageGb: 200,
  /** Smallest block or boot volume OCI creates; smaller requests are rounded up to it. */
  minimumVolumeGb: 50,
  /** Block volumes besides boot volumes. */
  blockVolumes: 2,
  /** One flexible load balancer (10 Mbps). */
  loadBalancers: 1,
  loadBalancerMbps: 10,
  /** Only BASIC OKE clusters have no cluster fee. */
  freeClusterType: 'BASIC_CLUSTER',
} as const;
