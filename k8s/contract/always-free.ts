/**
 * Oracle Cloud Always Free limits this platform can run into (per tenancy, home region),
 * each with the date it took effect and where it is stated. The guard (infra-oci) and the
 * budget (k8s) read the current values; superseded ones stay only as history.
 */

/** Where the limits are published. */
export const ALWAYS_FREE_PAGE = 'https://docs.oracle.com/en-us/iaas/Content/FreeTier/freetier_topic-Always_Free_Resources.htm';

export interface LimitFact<T extends number | string> {
  readonly value: T;
  /** ISO date from which `value` applies. */
  readonly since: string;
  /** Where it is stated. */
  readonly source: string;
  /** Values that applied before `since`, newest first. */
  readonly history?: ReadonlyArray<{ readonly value: T; readonly until: string; readonly source: string }>;
}

const A1_CUT = '2026-06-15';
const A1_CUT_SOURCE = `${ALWAYS_FREE_PAGE} (Ampere A1: 1,500 OCPU-hours and 9,000 GB-hours a month since ${A1_CUT}); ERRATA #15`;
const BEFORE_CUT = `${ALWAYS_FREE_PAGE} until ${A1_CUT} (3,000 OCPU-hours and 18,000 GB-hours a month)`;

/** The Always Free limits, one fact each. */
export const ALWAYS_FREE_LIMITS = {
  /** The only Always Free shape that can run OKE worker nodes. */
  a1Shape: { value: 'VM.Standard.A1.Flex', since: '2021-05-25', source: ALWAYS_FREE_PAGE } as LimitFact<string>,
  /** Ampere A1 OCPUs always on, for the whole tenancy (1,500 OCPU-hours / ~730 h). */
  a1Ocpus: { value: 2, since: A1_CUT, source: A1_CUT_SOURCE, history: [{ value: 4, until: '2026-06-14', source: BEFORE_CUT }] } as LimitFact<number>,
  /** Ampere A1 memory always on, in GB, for the whole tenancy (9,000 GB-hours / ~730 h). */
  a1MemoryGb: { value: 12, since: A1_CUT, source: A1_CUT_SOURCE, history: [{ value: 24, until: '2026-06-14', source: BEFORE_CUT }] } as LimitFact<number>,
  /** Block Volume service, in GB, boot volumes included. */
  blockStorageGb: { value: 200, since: '2021-05-25', source: ALWAYS_FREE_PAGE } as LimitFact<number>,
  /** Smallest block or boot volume OCI creates; smaller requests are rounded up to it. */
  minimumVolumeGb: { value: 50, since: '2021-05-25', source: 'https://docs.oracle.com/en-us/iaas/Content/Block/Concepts/overview.htm (volume size 50 GB to 32 TB)' } as LimitFact<number>,
  /** Block volumes besides boot volumes. */
  blockVolumes: { value: 2, since: '2021-05-25', source: ALWAYS_FREE_PAGE } as LimitFact<number>,
  /** Flexible load balancers. */
  loadBalancers: { value: 1, since: '2021-05-25', source: ALWAYS_FREE_PAGE } as LimitFact<number>,
  /** Bandwidth of the free flexible load balancer, in Mbps (minimum and maximum). */
  loadBalancerMbps: { value: 10, since: '2021-05-25', source: ALWAYS_FREE_PAGE } as LimitFact<number>,
  /** Object Storage, in GB (Standard + Infrequent Access + Archive). */
  objectStorageGb: { value: 20, since: '2021-05-25', source: ALWAYS_FREE_PAGE } as LimitFact<number>,
  /** OKE cluster type without a cluster fee. */
  freeClusterType: { value: 'BASIC_CLUSTER', since: '2023-03-29', source: 'https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengcomparingenhancedwithbasicclusters_topic.htm' } as LimitFact<string>,
} as const;

type Limits = typeof ALWAYS_FREE_LIMITS;
/** The current value of every limit. */
export type AlwaysFreeValues = { readonly [K in keyof Limits]: Limits[K]['value'] };

/** The current Always Free values (what the guard and the budget check against). */
export const ALWAYS_FREE: AlwaysFreeValues = Object.fromEntries(Object.entries(ALWAYS_FREE_LIMITS).map(([k, f]) => [k, f.value])) as AlwaysFreeValues;

/** "2 (since 2026-06-15)": how error messages name a limit. */
export function describeLimit(key: keyof Limits, unit = ''): string {
  const f = ALWAYS_FREE_LIMITS[key] as LimitFact<number | string>;
  return `${f.value}${unit} (Always Free limit since ${f.since})`;
}
