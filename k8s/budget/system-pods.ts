import type { Resources } from '../config/environment';

/**
 * A pod the cluster itself runs before any of ours (kube-system). Where upstream sets no
 * limit, `memoryCeiling` is what we count against the node instead: an estimate from observed
 * usage, with margin, stated as such.
 */
export interface SystemPod {
  readonly name: string;
  /** 'per-node' for DaemonSets. */
  readonly replicas: number | 'per-node';
  readonly resources: Resources;
  /** Where the requests and limits come from. */
  readonly source: string;
}

const FLANNEL = 'flannel-io/flannel Documentation/kube-flannel.yml (kube-flannel: requests = limits 100m/50Mi)';
const COREDNS = 'kubernetes/kubernetes cluster/addons/dns/coredns/coredns.yaml.base (requests 100m/70Mi; memory limit 170Mi as kubeadm sets it)';
const AUTOSCALER = 'kubernetes/kubernetes cluster/addons/dns-horizontal-autoscaler/dns-horizontal-autoscaler.yaml (requests 20m/10Mi, no limit)';
const OBSERVED = 'OKE publishes no requests for it; observed 1–13Mi (mushop lab `kubectl top`), counted as the ceiling shown';
const KUBEADM = 'kubernetes/kubernetes cmd/kubeadm/app/phases/controlplane/manifests.go (CPU requests of the static pods; no limits), memory ceiling estimated';
/** Calico enforces the NetworkPolicies (flannel does not): `--cni=calico` on Minikube, Oracle's Calico guide on OKE (docs.oracle.com …/contengsettingupcalico.htm). */
const CALICO_NODE = 'projectcalico/calico charts/calico/templates/calico-node.yaml (requests cpu 250m, no memory request or limit); ceiling estimated';
const CALICO_NODE_POD: SystemPod = { name: 'calico-node', replicas: 'per-node', resources: { cpuRequest: '250m', memoryRequest: '0', cpuLimit: '250m', memoryLimit: '256Mi' }, source: CALICO_NODE };

const r = (cpuRequest: string, memoryRequest: string, memoryCeiling: string): Resources => ({ cpuRequest, memoryRequest, cpuLimit: cpuRequest, memoryLimit: memoryCeiling });

/**
 * What OKE runs on a BASIC cluster with flannel: four DaemonSets (terraform-oci-oke docs
 * "Workers: Draining" lists csi-oci-node, kube-flannel-ds, kube-proxy, proxymux-client) and
 * CoreDNS with its autoscaler (docs.oracle.com …/configuration-arguments-coredns.htm), plus
 * Calico in policy-only mode, which the runbook installs so the NetworkPolicies hold. CoreDNS
 * runs one replica on one node and two from two nodes on (the cluster-proportional
 * autoscaler's linear mode with preventSinglePointFailure).
 */
export function okeSystemPods(nodes: number): SystemPod[] {
  return [
    { name: 'kube-flannel-ds', replicas: 'per-node', resources: r('100m', '50Mi', '50Mi'), source: FLANNEL },
    { name: 'kube-proxy', replicas: 'per-node', resources: r('0', '0', '64Mi'), source: `${OBSERVED}; kubeadm sets no resources` },
    { name: 'csi-oci-node', replicas: 'per-node', resources: r('0', '0', '64Mi'), source: `oracle/oci-cloud-controller-manager manifests/container-storage-interface/oci-csi-node-driver.yaml@v1.35.0 (no resources); ${OBSERVED}` },
    { name: 'proxymux-client', replicas: 'per-node', resources: r('0', '0', '32Mi'), source: OBSERVED },
    { name: 'coredns', replicas: nodes > 1 ? 2 : 1, resources: r('100m', '70Mi', '170Mi'), source: COREDNS },
    { name: 'kube-dns-autoscaler', replicas: 1, resources: r('20m', '10Mi', '32Mi'), source: `${AUTOSCALER}; ceiling estimated` },
    CALICO_NODE_POD,
  ];
}

/**
 * What a Minikube node runs: the kubeadm control plane as static pods, CoreDNS, kube-proxy, the
 * storage provisioner and — with `--cni=calico`, which enforces the NetworkPolicies — Calico.
 */
export function minikubeSystemPods(): SystemPod[] {
  return [
    { name: 'kube-apiserver', replicas: 1, resources: r('250m', '0', '512Mi'), source: KUBEADM },
    { name: 'kube-controller-manager', replicas: 1, resources: r('200m', '0', '128Mi'), source: KUBEADM },
    { name: 'kube-scheduler', replicas: 1, resources: r('100m', '0', '64Mi'), source: KUBEADM },
    { name: 'etcd', replicas: 1, resources: r('100m', '100Mi', '256Mi'), source: `${KUBEADM} (etcd requests 100m/100Mi)` },
    { name: 'coredns', replicas: 1, resources: r('100m', '70Mi', '170Mi'), source: COREDNS },
    { name: 'kube-proxy', replicas: 'per-node', resources: r('0', '0', '64Mi'), source: 'kubeadm sets no resources; ceiling estimated' },
    { name: 'storage-provisioner', replicas: 1, resources: r('0', '0', '32Mi'), source: 'minikube addon, no resources; ceiling estimated' },
    CALICO_NODE_POD,
    { name: 'calico-kube-controllers', replicas: 1, resources: r('0', '0', '64Mi'), source: 'projectcalico/calico manifests/calico.yaml (no resources); ceiling estimated' },
  ];
}
