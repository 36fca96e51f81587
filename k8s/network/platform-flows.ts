import { addonsOf } from '../addons';
import { argoCd } from '../addons/argo-cd';
import { ACME_SOLVER, certManager } from '../addons/cert-manager';
import { cloudnativePg } from '../addons/cloudnative-pg';
import { ENVOY_PROXY, envoyGateway } from '../addons/envoy-gateway';
import { keda } from '../addons/keda';
import { monitoring } from '../addons/monitoring';
import { strimzi } from '../addons/strimzi';
import type { Addon, AddonComponent, PortClient } from '../addons/types';
import { APP_CATALOG, APP_NAMES, type AppName, appsWhere, invokedBy } from '../apps/catalog';
import type { Environment } from '../config/environment';
import { DAPR_INTERNAL_PORT, DAPR_METRICS_PORT } from '../dapr/dapr-app';
import { exposedApps } from '../edge/routes';
import { GATEWAY_LISTENERS } from '../edge/gateway-listeners';
import { eventApps } from '../events/topology';
import { KAFKA_INTERNAL_PORT } from '../kafka/kafka-cluster';
import { STRIMZI_OPERANDS } from '../kafka/operands';
import { CNPG_INSTANCE } from '../platform/database';
import { APP_NAMESPACE, platformNamespaces } from '../platform/namespaces';
import { type CidrEndpoint, type Flow, type PodsEndpoint, PRIVATE_RANGES } from './flows';

/** CoreDNS pods (Service kube-dns selects k8s-app=kube-dns: kubernetes/kubernetes cluster/addons/dns/coredns/coredns.yaml.base). */
const KUBE_DNS: PodsEndpoint = { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } };
/** CoreDNS metrics port, scraped by kube-prometheus-stack's default coreDns ServiceMonitor (templates/exporters/core-dns). */
const COREDNS_METRICS_PORT = 9153;
/** Kubelet (metrics, cAdvisor) and node-exporter (host network) on every node. */
const NODE_SCRAPE_PORTS = [10250, 9100] as const;

const app = (...names: AppName[]): PodsEndpoint => ({ namespace: APP_NAMESPACE, names });
const internet = (label: string): CidrEndpoint => ({ cidrs: ['0.0.0.0/0'], except: [...PRIVATE_RANGES], label });

/** The pods of an add-on component, or its whole namespace when the chart gives no labels we rely on. */
function componentPods(namespace: string, c: AddonComponent): PodsEndpoint {
  return c.podLabels ? { namespace, labels: c.podLabels.labels } : { namespace };
}

/** Every (namespace, component, port) an add-on serves to a given kind of client. */
function servedTo(env: Environment, client: PortClient) {
  return addonsOf(env).flatMap((a) => a.components(env).flatMap((c) => (c.ports ?? []).filter((p) => p.clients.includes(client)).map((p) => ({ addon: a, component: c, port: p }))));
}

/** The pods of one component of an add-on, as an endpoint (e.g. the Prometheus pods). */
function podsOf(addon: Addon, componentName: string, env: Environment): PodsEndpoint {
  const c = addon.components(env).find((x) => x.name === componentName);
  if (!c) throw new Error(`flows: add-on ${addon.name} has no component ${componentName}`);
  return componentPods(addon.namespace, c);
}

/** The Envoy proxies behind the load balancer (in Envoy Gateway's namespace). */
export function envoyProxies(): PodsEndpoint {
  return { namespace: envoyGateway.namespace, labels: { ...ENVOY_PROXY.labels } };
}

/** The KEDA operator, which reads the consumer lag. */
export function kedaOperatorPods(env: Environment): PodsEndpoint {
  return podsOf(keda, 'operator', env);
}

/**
 * Every connection the platform needs, derived from the add-on descriptors (who serves which
 * port to whom), the event topology, the routing table, the app catalog and the network the
 * infrastructure reports (API endpoint, nodes, load balancer subnet). Anything not listed is
 * denied.
 */
export function platformFlows(env: Environment): Flow[] {
  const flows: Flow[] = [];
  const namespaces = platformNamespaces(env);
  const apiServer: CidrEndpoint = { cidrs: [env.network.apiServer.cidr], label: 'Kubernetes API server' };
  const controlPlane: CidrEndpoint = { cidrs: [env.network.apiServer.cidr, ...env.network.nodeCidrs], label: 'API server and nodes' };
  const proxies = envoyProxies();
  const prometheus = podsOf(monitoring, 'prometheus', env);
  const dbPods: PodsEndpoint | undefined = env.database.provider === 'cloudnative-pg' ? { namespace: APP_NAMESPACE, labels: CNPG_INSTANCE.labels(env.database.clusterName) } : undefined;

  // Everyone resolves names; operators talk to the API server; webhooks and aggregated APIs are called by it.
  for (const ns of namespaces) {
    flows.push({ name: 'dns', from: { namespace: ns.name }, to: KUBE_DNS, ports: [{ port: 53, protocol: 'UDP' }, { port: 53 }], why: 'DNS' });
    if (ns.callsKubernetesApi) flows.push({ name: 'kube-api', from: { namespace: ns.name }, to: apiServer, ports: [{ port: env.network.apiServer.port }], why: 'operators and controllers watch the Kubernetes API' });
    if (ns.name !== APP_NAMESPACE) flows.push({ name: 'same-namespace', from: { namespace: ns.name }, to: { namespace: ns.name }, ports: [], why: 'components of one add-on talk to each other' });
  }
  for (const { addon, component, port } of servedTo(env, 'api-server')) {
    flows.push({
      name: `from-control-plane-${component.name}-${port.port}`,
      from: controlPlane,
      to: componentPods(addon.namespace, component),
      ports: [{ port: port.port }],
      why: `the API server calls ${addon.name} ${component.name} (${port.source})`,
    });
  }

  // The edge: the load balancer (which source-NATs to its own private address) and, on a
  // NodePort, the nodes reach Envoy's listener ports; Envoy forwards to the routed apps.
  const publicSources: CidrEndpoint =
    env.edge.exposure === 'load-balancer'
      ? { cidrs: env.network.loadBalancerCidrs, label: 'the load balancer (source NAT to its private addresses)' }
      : { cidrs: env.network.nodeCidrs, label: 'nodes (NodePort)' };
  const listenerPorts = GATEWAY_LISTENERS.map((l) => ({ port: ENVOY_PROXY.containerPort(l.port) }));
  flows.push({ name: 'public-listeners', from: publicSources, to: proxies, ports: listenerPorts, why: 'HTTP and HTTPS listeners' });
  for (const target of exposedApps()) {
    flows.push({ name: `gateway-to-${target}`, from: proxies, to: app(target), ports: [{ port: APP_CATALOG[target].port }], why: `routes of the Gateway to ${target}` });
  }
  if (env.edge.issuer !== 'self-signed') {
    const solver: PodsEndpoint = { namespace: APP_NAMESPACE, labels: { ...ACME_SOLVER.labels } };
    flows.push({ name: 'gateway-to-acme-solver', from: proxies, to: solver, ports: [{ port: ACME_SOLVER.port }], why: "Let's Encrypt HTTP-01 challenges" });
    flows.push({ name: 'acme', from: { namespace: certManager.namespace }, to: { cidrs: ['0.0.0.0/0'], except: [...PRIVATE_RANGES], label: "the ACME server (Let's Encrypt)" }, ports: [{ port: 443 }, { port: 80 }], why: "Let's Encrypt" });
    // The self-check fetches http://<host>/.well-known/… from the controller; with the load
    // balancer's ipMode VIP (default on Kubernetes ≥ 1.30), kube-proxy short-circuits the public
    // address straight to an Envoy pod on its container port.
    const http = GATEWAY_LISTENERS.find((l) => l.protocol === 'HTTP')!;
    flows.push({ name: 'acme-self-check', from: { namespace: certManager.namespace }, to: proxies, ports: [{ port: ENVOY_PROXY.containerPort(http.port) }], why: 'cert-manager checks its HTTP-01 answer through the public address before asking Let’s Encrypt' });
  }

  // Dapr: every sidecar reaches the control-plane ports that serve sidecars; invokers reach their targets' sidecars.
  for (const { component, port, addon } of servedTo(env, 'dapr-sidecars')) {
    flows.push({ name: `dapr-${component.name}-${port.port}`, from: app(...APP_NAMES), to: componentPods(addon.namespace, component), ports: [{ port: port.port }], why: `daprd → ${component.name} (${port.source})` });
  }
  for (const caller of APP_NAMES) {
    for (const target of invokedBy(caller)) {
      flows.push({ name: `invoke-${caller}-to-${target}`, from: app(caller), to: app(target), ports: [{ port: DAPR_INTERNAL_PORT }], why: `Dapr service invocation ${caller} → ${target}` });
    }
  }

  // Kafka: only the producers and consumers of the topology (and KEDA reading their lag).
  const kedaPods = kedaOperatorPods(env);
  if (env.kafka.backend === 'strimzi') {
    const brokers: PodsEndpoint = { namespace: strimzi.namespace, labels: STRIMZI_OPERANDS.brokerLabels(env.kafka.clusterName) };
    flows.push({ name: 'kafka-clients', from: app(...eventApps()), to: brokers, ports: [{ port: KAFKA_INTERNAL_PORT }], why: 'Dapr pub/sub of the event apps' });
    flows.push({ name: 'keda-to-kafka', from: kedaPods, to: brokers, ports: [{ port: KAFKA_INTERNAL_PORT }], why: 'KEDA reads consumer-group lag' });
  } else {
    const external: CidrEndpoint = { cidrs: env.kafka.egressCidrs.length > 0 ? env.kafka.egressCidrs : ['0.0.0.0/0'], except: [...PRIVATE_RANGES], label: 'external Kafka' };
    const port = Number(env.kafka.brokers[0]!.split(':')[1]);
    flows.push({ name: 'kafka-clients', from: app(...eventApps()), to: external, ports: [{ port }], why: 'Dapr pub/sub to the external Kafka' });
    flows.push({ name: 'keda-to-kafka', from: kedaPods, to: external, ports: [{ port }], why: 'KEDA reads consumer-group lag' });
  }

  // PostgreSQL: the apps that use it directly and the Dapr state-store users.
  const dbClients = appsWhere((a) => a.database || a.usesState);
  if (dbPods) {
    flows.push({ name: 'postgres-clients', from: app(...dbClients), to: dbPods, ports: [{ port: CNPG_INSTANCE.ports.postgresql }], why: 'backend and Dapr state store' });
    flows.push({ name: 'cnpg-operator-to-postgres', from: podsOf(cloudnativePg, 'operator', env), to: dbPods, ports: [{ port: CNPG_INSTANCE.ports.status }, { port: CNPG_INSTANCE.ports.postgresql }], why: 'CloudNativePG operator manages the instance' });
    flows.push({ name: 'postgres-kube-api', from: dbPods, to: apiServer, ports: [{ port: env.network.apiServer.port }], why: 'the instance manager reports to the Kubernetes API and holds the primary Lease' });
    // The Barman Cloud sidecar in the instance pod uploads WAL and base backups itself (the
    // plugin's Deployment only talks to the operator, inside its namespace: same-namespace).
    const backup = env.database.provider === 'cloudnative-pg' ? env.database.backup : undefined;
    if (backup) {
      const store = new URL(backup.endpointURL);
      flows.push({ name: 'postgres-backups', from: dbPods, to: internet(`object storage ${store.hostname}`), ports: [{ port: Number(store.port || 443) }], why: 'WAL archiving, base backups and restores to the S3-compatible endpoint' });
    }
  } else if (env.database.provider === 'external') {
    const cidrs = env.database.egressCidrs.length > 0 ? env.database.egressCidrs : ['0.0.0.0/0'];
    flows.push({ name: 'postgres-clients', from: app(...dbClients), to: { cidrs, except: [...PRIVATE_RANGES], label: 'external PostgreSQL' }, ports: [{ port: CNPG_INSTANCE.ports.postgresql }], why: 'backend and Dapr state store' });
  }

  // Apps that read Secrets through the Dapr secrets API; apps that call an API on the internet.
  const secretReaders = appsWhere((a) => a.readsSecrets.length > 0);
  if (secretReaders.length > 0) {
    flows.push({ name: 'secret-readers-kube-api', from: app(...secretReaders), to: apiServer, ports: [{ port: env.network.apiServer.port }], why: 'Dapr kubernetes secret store reads named Secrets' });
  }
  const llmUsers = appsWhere((a) => a.egress.includes('llm-api'));
  if (llmUsers.length > 0) {
    flows.push({ name: 'llm-api', from: app(...llmUsers), to: { cidrs: env.network.llmApiCidrs, except: [...PRIVATE_RANGES], label: 'LLM provider' }, ports: [{ port: 443 }], why: "the AI agent's LLM API" });
  }

  // Observability: Prometheus scrapes every port a component serves to it, the sidecars, the
  // operands, the nodes and CoreDNS; Alertmanager notifies a chat webhook on the internet.
  flows.push({ name: 'scrape-dapr-sidecars', from: prometheus, to: app(...APP_NAMES), ports: [{ port: DAPR_METRICS_PORT }], why: 'daprd metrics' });
  flows.push({ name: 'scrape-envoy', from: prometheus, to: proxies, ports: [{ port: ENVOY_PROXY.metricsPort }], why: 'Envoy metrics' });
  if (dbPods) flows.push({ name: 'scrape-postgres', from: prometheus, to: dbPods, ports: [{ port: CNPG_INSTANCE.ports.metrics }], why: 'PostgreSQL metrics' });
  for (const { addon, component, port } of servedTo(env, 'prometheus').filter((s) => s.addon.namespace !== prometheus.namespace && !s.component.hostNetwork)) {
    flows.push({ name: `scrape-${component.name}-${port.port}`, from: prometheus, to: componentPods(addon.namespace, component), ports: [{ port: port.port }], why: `${addon.name} ${component.name} metrics` });
  }
  if (env.kafka.backend === 'strimzi') {
    flows.push({ name: 'scrape-kafka', from: prometheus, to: { namespace: strimzi.namespace, labels: STRIMZI_OPERANDS.clusterLabels(env.kafka.clusterName) }, ports: [{ port: STRIMZI_OPERANDS.ports.metrics }], why: 'Kafka brokers and the Kafka Exporter (consumer lag)' });
  }
  flows.push({ name: 'scrape-nodes', from: prometheus, to: { cidrs: env.network.nodeCidrs, label: 'nodes' }, ports: NODE_SCRAPE_PORTS.map((port) => ({ port })), why: 'kubelet/cAdvisor and node-exporter' });
  flows.push({ name: 'scrape-coredns', from: prometheus, to: KUBE_DNS, ports: [{ port: COREDNS_METRICS_PORT }], why: 'CoreDNS metrics (the chart’s default ServiceMonitor)' });
  flows.push({ name: 'alert-receivers', from: podsOf(monitoring, 'alertmanager', env), to: internet('chat webhook (Slack-compatible)'), ports: [{ port: 443 }], why: 'alerts reach someone' });
  flows.push({ name: 'git-and-charts', from: { namespace: argoCd.namespace }, to: internet('Git, Helm/OCI registries, GitHub API'), ports: [{ port: 443 }], why: 'Argo CD fetches this repository and the add-on charts, and posts commit statuses' });

  return flows;
}

/** The namespaced names of the policies the flows render (must be unique). */
export function flowPolicyNames(flows: readonly Flow[], owned: ReadonlySet<string>): string[] {
  return flows.flatMap((f) => [
    ...('namespace' in f.from && owned.has(f.from.namespace) ? [`${f.from.namespace}/${f.name}-egress`] : []),
    ...('namespace' in f.to && owned.has(f.to.namespace) ? [`${f.to.namespace}/${f.name}-ingress`] : []),
  ]);
}
