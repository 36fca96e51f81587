import { STRIMZI_OPERANDS, STRIMZI_OPERATOR_RBAC } from '../kafka/operands';
import { ENVOY_DEFAULT_ROUTE_TIMEOUT_S, ENVOY_DEFAULT_STREAM_IDLE_S, OCI_LB_DEFAULT_IDLE_TCP_S, OCI_LB_IDLE_ANNOTATION } from './envoy-timeouts';

/** A behaviour of a program that acts on our objects, as the engines model it. */
export interface EngineFact {
  readonly program: string;
  readonly fact: string;
  readonly value: string;
  readonly source: string;
}

/** The behaviours the engine models in k8s/engines rely on, beyond the add-on descriptors. */
export const ENGINE_FACTS: readonly EngineFact[] = [
  { program: 'Envoy Gateway 1.9.0', fact: 'route timeout when an HTTPRoute rule sets none', value: `${ENVOY_DEFAULT_ROUTE_TIMEOUT_S} s (Envoy default)`, source: 'envoyproxy/gateway internal/xds/translator/route.go:118-124, 442-456@v1.9.0; envoy docs faq/configuration/timeouts.rst' },
  { program: 'Envoy Gateway 1.9.0', fact: 'stream idle timeout (WebSockets) without policy', value: `${ENVOY_DEFAULT_STREAM_IDLE_S} s; a BackendTrafficPolicy on the rule wins, then a ClientTrafficPolicy, then max(1 h, request timeout)`, source: 'envoyproxy/gateway internal/xds/translator/route.go:458-493@v1.9.0' },
  { program: 'OCI cloud controller manager', fact: `idle timeout of a TCP listener without ${OCI_LB_IDLE_ANNOTATION}`, value: `${OCI_LB_DEFAULT_IDLE_TCP_S} s`, source: 'oracle/oci-cloud-controller-manager load_balancer.go:83-86, docs/load-balancer-annotations.md@v1.35.0' },
  { program: 'OCI load balancer', fact: 'source address seen by the backends', value: 'the load balancer’s private address in its subnet (always source-NATs)', source: 'oracle/oci-cloud-controller-manager docs (backends are node NodePorts); OCI A-Team: "The OCI LB will always perform source NAT"' },
  { program: 'kube-proxy', fact: 'traffic to a LoadBalancer address from inside the cluster', value: 'short-circuited to a backend pod when status.loadBalancer.ingress[].ipMode is VIP (default on OKE ≥ 1.30)', source: 'OKE release note 2024-09-18; Kubernetes SetDefaults_Service (ipMode VIP)' },
  { program: 'Argo CD 3.5.1', fact: 'cascade delete of an Application', value: 'deletes every managed object except CRDs, `Delete=false` and `helm.sh/resource-policy: keep`', source: 'argoproj/argo-cd controller/appcontroller.go shouldBeDeleted@v3.5.1' },
  { program: 'Argo CD 3.5.1', fact: 'sync waves', value: 'a wave starts when the previous one is Healthy; the last wave is not waited on', source: 'argoproj/gitops-engine pkg/sync/sync_context.go l.548-594, 703-713@v3.5.1' },
  { program: 'Strimzi 1.2.0 cluster operator', fact: 'Entity Operator watching another namespace', value: 'needs STRIMZI_ENTITY_OPERATOR_WATCHED_NAMESPACE_ENABLED=true, else the Entity Operator is deleted', source: 'strimzi/strimzi-kafka-operator CHANGELOG.md ## 1.0.1; EntityOperatorReconciler.java@1.2.0' },
  { program: 'Strimzi 1.2.0 cluster operator', fact: 'RBAC it needs in a watched namespace', value: `roles/rolebindings CRUD and the rights of ClusterRole ${STRIMZI_OPERATOR_RBAC.entityOperatorClusterRole.name} (it delegates them)`, source: STRIMZI_OPERATOR_RBAC.source },
  { program: 'Strimzi 1.2.0 cluster operator', fact: 'operand pods', value: `labels ${JSON.stringify(STRIMZI_OPERANDS.brokerLabels('<cluster>'))}; plain listener port name ${STRIMZI_OPERANDS.plainListenerPortName}; metrics ${STRIMZI_OPERANDS.ports.metrics}`, source: STRIMZI_OPERANDS.source },
  { program: 'HPA controller', fact: 'metrics API per metric type', value: 'Resource → metrics.k8s.io; Pods/Object → custom.metrics.k8s.io; External (and KEDA) → external.metrics.k8s.io', source: 'kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale (support for metrics APIs); kedacore/keda pkg/scalers/kafka_scaler.go:732-738 (External), cpu_memory_scaler.go:110-120 (Resource)@v2.20.2' },
  { program: 'Kubernetes RBAC', fact: 'creating a Role or RoleBinding', value: 'the author must hold every permission it grants (or have escalate/bind)', source: 'kubernetes.io/docs/reference/access-authn-authz/rbac (privilege escalation prevention)' },
  { program: 'Kubernetes NetworkPolicy', fact: 'a pod’s own node', value: 'always allowed in (kubelet probes)', source: 'kubernetes.io/docs/concepts/services-networking/network-policies ("What you can\'t do")' },
];
