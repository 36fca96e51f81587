/**
 * What the kubelet leaves to pods on one node (node allocatable = capacity − kube-reserved −
 * system-reserved − eviction threshold), per distribution, with the source of every number.
 * OKE publishes no reservation table; its node bootstrap is not public. The numbers below are
 * those Oracle's own Karpenter provider reimplements from OKE's bootstrap
 * ("follow[s] the same logic" as node-ansible-bundle/v4/getcpuMemory.py) and what kubelets
 * report on real OKE nodes. Verify on a real node with `kubectl describe node`.
 */

const MI = 2 ** 20;
const GI = 2 ** 30;

export interface Reservation {
  readonly cpu: number;
  /** Bytes. */
  readonly memory: number;
  readonly source: string;
}

export interface NodeAllocatable {
  /** What the node reports as capacity (cores, bytes). */
  readonly capacity: { readonly cpu: number; readonly memory: number; readonly source: string };
  readonly kubeReserved: Reservation;
  readonly systemReserved: Reservation;
  /** Memory kept free before the kubelet starts evicting (hard threshold). */
  readonly evictionHard: Reservation;
  /** Cores and bytes the scheduler can hand out. */
  readonly allocatable: { readonly cpu: number; readonly memory: number };
}

const KPO = 'oracle/karpenter-provider-oci pkg/providers/instancetype/provider.go:520-590@v1.0.0 (OKE getcpuMemory.py logic)';
/** kubelet /configz kube-reserved memory measured on OKE nodes (oracle/karpenter-provider-oci issue #63, 2026-07-27). */
const MEASURED_KUBE_RESERVED: ReadonlyArray<{ readonly fromGb: number; readonly toGb: number; readonly gi: number }> = [
  { fromGb: 12, toGb: 21, gi: 2 },
  { fromGb: 32, toGb: 37, gi: 3 },
  { fromGb: 39, toGb: 40, gi: 4 },
  { fromGb: 64, toGb: 64, gi: 5 },
  { fromGb: 128, toGb: 128, gi: 9 },
];
/** MemTotal measured on A1 VMs, by declared GB: the hypervisor keeps the rest (karpenter-provider-oci issue #7, 2026-04-18). */
const MEASURED_MEMTOTAL_MIB: Readonly<Record<number, number>> = { 8: 7657, 12: 11669 };
/** Below that, the share of the declared memory a VM reports, from the smaller of the two measurements (7657 / 8192). */
const MEMTOTAL_SHARE = 0.934;
/** The kubelet's default hard eviction threshold memory.available<100Mi (kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction); OKE's own value is not published. */
const KUBELET_EVICTION: Reservation = { cpu: 0, memory: 100 * MI, source: 'kubelet default evictionHard memory.available<100Mi (OKE publishes no value)' };

function okeKubeReservedCpu(vcpus: number): number {
  const table: Record<number, number> = { 1: 60, 2: 72, 3: 80, 4: 85, 5: 90 };
  return (table[vcpus] ?? 90 + 2.5 * (vcpus - 5)) / 1000;
}

/** GKE-style tiers on the declared memory: 25 % of the first 4 GB, 20 % of the next 4, 10 % to 16, 6 % to 128, 2 % above. */
function okeKubeReservedMemoryGi(gb: number): number {
  const measured = MEASURED_KUBE_RESERVED.find((m) => gb >= m.fromGb && gb <= m.toGb);
  if (measured) return measured.gi;
  const tiers = [
    [4, 0.25],
    [8, 0.2],
    [16, 0.1],
    [128, 0.06],
    [Infinity, 0.02],
  ] as const;
  let reserved = 0;
  let lower = 0;
  for (const [upper, share] of tiers) {
    reserved += Math.max(0, Math.min(gb, upper) - lower) * share;
    lower = upper;
  }
  return reserved;
}

/** An OKE worker of `ocpus` Ampere A1 OCPUs (one core each) and `memoryGb` GB. */
export function okeNodeAllocatable(ocpus: number, memoryGb: number): NodeAllocatable {
  const vcpus = ocpus; // Ampere A1: an OCPU is one physical core, presented as one vCPU.
  const memTotalMiB = MEASURED_MEMTOTAL_MIB[memoryGb] ?? Math.floor(memoryGb * 1024 * MEMTOTAL_SHARE);
  const capacity = {
    cpu: vcpus,
    memory: memTotalMiB * MI,
    source: MEASURED_MEMTOTAL_MIB[memoryGb] ? 'MemTotal measured on an A1 VM of that size (karpenter-provider-oci issue #7)' : `${MEMTOTAL_SHARE} × declared memory (the smallest share measured on A1, karpenter-provider-oci issue #7)`,
  };
  const kubeReservedMemoryGi = okeKubeReservedMemoryGi(memoryGb);
  const kubeReserved: Reservation = {
    cpu: okeKubeReservedCpu(vcpus),
    memory: kubeReservedMemoryGi * GI,
    source: MEASURED_KUBE_RESERVED.some((m) => memoryGb >= m.fromGb && memoryGb <= m.toGb) ? `${KPO}; memory as measured by kubelet /configz (issue #63)` : KPO,
  };
  const systemReserved: Reservation = { cpu: 0.1, memory: 100 * MI, source: KPO };
  return { capacity, kubeReserved, systemReserved, evictionHard: KUBELET_EVICTION, allocatable: allocatableOf(capacity, kubeReserved, systemReserved, KUBELET_EVICTION) };
}

/** A Minikube node: the VM's CPUs and memory, no kube/system reservations (kubelet defaults). */
export function minikubeNodeAllocatable(cpus: number, memoryGi: number): NodeAllocatable {
  const none = (source: string): Reservation => ({ cpu: 0, memory: 0, source });
  const capacity = { cpu: cpus, memory: memoryGi * GI, source: 'minikube start --cpus --memory (the VM/container size)' };
  const kubeReserved = none('not set by Minikube (kubelet default)');
  const systemReserved = none('not set by Minikube (kubelet default)');
  return { capacity, kubeReserved, systemReserved, evictionHard: KUBELET_EVICTION, allocatable: allocatableOf(capacity, kubeReserved, systemReserved, KUBELET_EVICTION) };
}

function allocatableOf(capacity: { cpu: number; memory: number }, ...reservations: Reservation[]): { cpu: number; memory: number } {
  return {
    cpu: capacity.cpu - reservations.reduce((n, r) => n + r.cpu, 0),
    memory: capacity.memory - reservations.reduce((n, r) => n + r.memory, 0),
  };
}
