import { addonsOf } from '../addons';
import { ACME_SOLVER } from '../addons/cert-manager';
import { dapr } from '../addons/dapr';
import { ENVOY_PROXY } from '../addons/envoy-gateway';
import type { PodSecurityLevel } from '../platform/pod-security';
import type { Environment } from '../config/environment';
import { GATEWAY_LISTENERS } from '../edge/gateway-listeners';
import { KAFKA_INTERNAL_PORT } from '../kafka/kafka-cluster';
import { STRIMZI_OPERANDS } from '../kafka/operands';
import { CNPG_INSTANCE } from '../platform/database';
import { APP_NAMESPACE } from '../platform/namespaces';
import type { KubeObject } from '../synth/objects';
import { injectDaprSidecar, injectorSettings } from './dapr-injector';
import type { PodEndpoint } from './network-policy';
import type { PodSpecLike } from './pod-security';

/**
 * Every pod the running environment will have, as the engines see it: our workloads after
 * the Dapr injector mutated them, the add-ons' pods (from their descriptors' upstream facts),
 * the pods operators create from our resources, and CoreDNS. Each has labels, ports and a
 * synthetic address in the pod network (10.244.0.0/16, the default of both distributions).
 */
export interface InventoryPod extends PodEndpoint {
  /** Who makes it. */
  readonly origin: 'manifest' | 'add-on' | 'operand' | 'system';
  /** The full spec, where this repository renders it (after mutation). */
  readonly spec?: PodSpecLike;
  /** Otherwise: the most restrictive level its upstream renders it for, and where that was read. */
  readonly claimedLevel?: { readonly level: PodSecurityLevel; readonly source: string };
  /** Its main container's ports, by purpose. */
  readonly role?: string;
}

type Obj = KubeObject & { spec?: any };

const ports = (...list: Array<[number, string?, string?]>) => list.map(([containerPort, name, protocol]) => ({ containerPort, ...(name ? { name } : {}), ...(protocol ? { protocol } : {}) }));

export function podInventory(env: Environment, objects: readonly KubeObject[]): InventoryPod[] {
  const pods: Omit<InventoryPod, 'ip' | 'kind'>[] = [];
  const settings = injectorSettings(dapr.values(env));
  for (const o of objects as Obj[]) {
    const ns = o.metadata.namespace ?? '';
    if (['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind)) {
      const template = o.spec.template;
      const spec = injectDaprSidecar(template.spec, template.metadata?.annotations ?? {}, settings);
      pods.push({ origin: 'manifest', namespace: ns, labels: template.metadata?.labels ?? {}, label: `${ns}/${o.metadata.name}`, spec, ports: spec.containers.flatMap((c) => c.ports ?? []) });
    } else if (o.kind === 'KafkaNodePool') {
      const cluster = (o.metadata.labels as Record<string, string> | undefined)?.['strimzi.io/cluster'] ?? '';
      pods.push({
        origin: 'operand',
        namespace: ns,
        labels: { ...STRIMZI_OPERANDS.brokerLabels(cluster), ...STRIMZI_OPERANDS.clusterLabels(cluster) },
        label: `${ns}/${cluster}-${o.metadata.name} (Kafka node)`,
        ports: ports(
          [STRIMZI_OPERANDS.ports.controlPlane, 'tcp-ctrlplane'],
          [STRIMZI_OPERANDS.ports.replication, 'tcp-replication'],
          [KAFKA_INTERNAL_PORT, STRIMZI_OPERANDS.plainListenerPortName],
          [STRIMZI_OPERANDS.ports.metrics, STRIMZI_OPERANDS.metricsPortName],
        ),
        claimedLevel: STRIMZI_OPERANDS.podSecurity,
      });
    } else if (o.kind === 'Kafka') {
      const cluster = o.metadata.name;
      pods.push({ origin: 'operand', namespace: ns, labels: { ...STRIMZI_OPERANDS.entityOperatorLabels(cluster), ...STRIMZI_OPERANDS.clusterLabels(cluster) }, label: `${ns}/${cluster}-entity-operator`, ports: ports([8080, 'healthcheck-to'], [8081, 'healthcheck-uo']), claimedLevel: STRIMZI_OPERANDS.podSecurity, role: 'entity-operator' });
      if (o.spec.kafkaExporter) {
        pods.push({ origin: 'operand', namespace: ns, labels: { ...STRIMZI_OPERANDS.exporterLabels(cluster), ...STRIMZI_OPERANDS.clusterLabels(cluster) }, label: `${ns}/${cluster}-kafka-exporter`, ports: ports([STRIMZI_OPERANDS.ports.metrics, STRIMZI_OPERANDS.metricsPortName]), claimedLevel: STRIMZI_OPERANDS.podSecurity });
      }
    } else if (o.kind === 'Cluster' && o.apiVersion.startsWith('postgresql.cnpg.io/')) {
      const p = CNPG_INSTANCE.ports;
      pods.push({ origin: 'operand', namespace: ns, labels: CNPG_INSTANCE.labels(o.metadata.name), label: `${ns}/${o.metadata.name}-1 (PostgreSQL)`, ports: ports([p.postgresql, 'postgresql'], [p.status, 'status'], [p.metrics, CNPG_INSTANCE.metricsPortName]), claimedLevel: CNPG_INSTANCE.podSecurity });
    } else if (o.kind === 'EnvoyProxy') {
      const listenerPorts = GATEWAY_LISTENERS.map((l) => [ENVOY_PROXY.containerPort(l.port)] as [number]);
      pods.push({ origin: 'operand', namespace: ns, labels: { ...ENVOY_PROXY.labels }, label: `${ns}/envoy (proxy of ${o.metadata.name})`, ports: ports(...listenerPorts, [ENVOY_PROXY.metricsPort, 'metrics']), claimedLevel: ENVOY_PROXY.podSecurity, role: 'proxy' });
    } else if (o.kind === 'Certificate' && env.edge.issuer !== 'self-signed') {
      pods.push({ origin: 'operand', namespace: APP_NAMESPACE, labels: { ...ACME_SOLVER.labels }, label: `${APP_NAMESPACE}/cm-acme-http-solver (for ${o.metadata.name})`, ports: ports([ACME_SOLVER.port, 'http']), claimedLevel: ACME_SOLVER.podSecurity });
    }
  }
  for (const a of addonsOf(env)) {
    for (const c of a.components(env).filter((x) => !x.transient)) {
      pods.push({
        origin: 'add-on',
        namespace: a.namespace,
        labels: c.podLabels?.labels ?? {},
        label: `${a.namespace}/${a.name} ${c.name}`,
        ports: (c.ports ?? []).map((p) => ({ containerPort: p.port, ...(p.protocol ? { protocol: p.protocol } : {}) })),
        claimedLevel: { level: c.podSecurity.level, source: c.podSecurity.source },
        role: `${a.name}/${c.name}`,
      });
    }
  }
  pods.push({ origin: 'system', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, label: 'kube-system/coredns', ports: ports([53, 'dns', 'UDP'], [53, 'dns-tcp'], [9153, 'metrics']) });
  return pods.map((p, i) => ({ ...p, kind: 'pod' as const, ip: `10.244.${Math.floor(i / 250)}.${(i % 250) + 2}` }));
}
