import { addonsOf } from '../addons';
import { argoCd } from '../addons/argo-cd';
import { certManager } from '../addons/cert-manager';
import { cloudnativePg } from '../addons/cloudnative-pg';
import { keda } from '../addons/keda';
import { monitoring } from '../addons/monitoring';
import type { PortClient } from '../addons/types';
import { APP_CATALOG, APP_NAMES, type AppName, invokedBy } from '../apps/catalog';
import type { Environment } from '../config/environment';
import { intToIp, parseCidr } from '../contract/cidr';
import { DAPR_INTERNAL_PORT, DAPR_METRICS_PORT } from '../dapr/dapr-app';
import { ROUTES } from '../edge/routes';
import { appTopics, eventApps } from '../events/topology';
import { KAFKA_INTERNAL_PORT } from '../kafka/kafka-cluster';
import { STRIMZI_OPERANDS } from '../kafka/operands';
import { CNPG_INSTANCE } from '../platform/database';
import { APP_NAMESPACE, ownedNamespaces } from '../platform/namespaces';
import type { AddressEndpoint, Endpoint } from './network-policy';
import type { InventoryPod } from './pod-inventory';

/** One connection the running system opens (or must never be able to open). */
export interface Connection {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly port: number;
  readonly protocol: 'TCP' | 'UDP';
  readonly why: string;
}

/** An address `offset` hosts into a CIDR. */
function hostIn(cidr: string, offset: number): string {
  const c = parseCidr(cidr);
  if (typeof c === 'string') throw new Error(c);
  return intToIp(c.address + offset);
}

/** The addresses outside the pod network that take part. */
export function addressesOf(env: Environment) {
  const address = (ip: string, label: string): AddressEndpoint => ({ kind: 'address', ip, label });
  return {
    apiServer: address(hostIn(env.network.apiServer.cidr, 2), 'Kubernetes API server'),
    node: address(hostIn(env.network.nodeCidrs[0]!, 10), 'a worker node'),
    residentNode: { ...address(hostIn(env.network.nodeCidrs[0]!, 10), 'the pod’s own node (kubelet)'), residentNode: true } as AddressEndpoint,
    loadBalancer: env.network.loadBalancerCidrs[0] ? address(hostIn(env.network.loadBalancerCidrs[0], 5), 'the load balancer (source NAT)') : undefined,
    internet: address('198.51.100.20', 'a host on the internet'),
  };
}

const conn = (from: Endpoint, to: Endpoint, port: number, why: string, protocol: 'TCP' | 'UDP' = 'TCP'): Connection => ({ from, to, port, protocol, why });

/**
 * The connections the platform needs, from the facts: which pods call the API server, which
 * ports each add-on serves and to whom, the event topology, the app catalog, the routes, and
 * what the monitoring charts scrape by default. Independent of k8s/network (which renders
 * the policies): the engine judges the rendered policies against this list.
 */
export function requiredConnections(env: Environment, pods: readonly InventoryPod[]): Connection[] {
  const a = addressesOf(env);
  const owned = new Set(ownedNamespaces(env));
  const out: Connection[] = [];
  const pod = (predicate: (p: InventoryPod) => boolean, what: string): InventoryPod => {
    const found = pods.find(predicate);
    if (!found) throw new Error(`pod inventory: no ${what}`);
    return found;
  };
  const app = (name: AppName) => pod((p) => p.namespace === APP_NAMESPACE && p.labels['app.kubernetes.io/name'] === name && p.origin === 'manifest', `app ${name}`);
  const role = (r: string) => pod((p) => p.role === r, r);
  const dns = pod((p) => p.labels['k8s-app'] === 'kube-dns', 'CoreDNS');
  const prometheus = role(`${monitoring.name}/prometheus`);
  const proxy = role('proxy');

  for (const p of pods.filter((x) => owned.has(x.namespace))) {
    out.push(conn(p, dns, 53, 'DNS', 'UDP'), conn(p, dns, 53, 'DNS over TCP'));
  }
  const clientsOf = (client: PortClient) =>
    addonsOf(env).flatMap((ad) => ad.components(env).filter((c) => !c.transient).flatMap((c) => (c.ports ?? []).filter((p) => p.clients.includes(client)).map((p) => ({ pod: role(`${ad.name}/${c.name}`), port: p.port, addon: ad.name }))));
  for (const ad of addonsOf(env).filter((x) => x.callsKubernetesApi && owned.has(x.namespace))) {
    for (const p of pods.filter((x) => x.namespace === ad.namespace && x.origin === 'add-on')) out.push(conn(p, a.apiServer, env.network.apiServer.port, `${ad.name} watches the API`));
  }
  for (const s of clientsOf('api-server')) {
    out.push(conn(a.apiServer, s.pod, s.port, `the API server calls ${s.addon} (webhook or aggregated API)`), conn(a.node, s.pod, s.port, `the API server reaches ${s.addon} through the node tunnel`));
  }
  for (const s of clientsOf('prometheus')) out.push(conn(prometheus, s.pod, s.port, `Prometheus scrapes ${s.addon}`));
  for (const s of clientsOf('same-namespace')) {
    for (const p of pods.filter((x) => x.namespace === s.pod.namespace && x !== s.pod && x.origin === 'add-on')) out.push(conn(p, s.pod, s.port, `${s.addon} components talk to each other`));
  }
  for (const s of clientsOf('dapr-sidecars')) for (const name of APP_NAMES) out.push(conn(app(name), s.pod, s.port, `daprd of ${name} → Dapr control plane`));
  for (const s of clientsOf('proxies')) out.push(conn(proxy, s.pod, s.port, 'Envoy fetches its configuration (xDS)'));

  // The edge.
  const publicSource = env.edge.exposure === 'load-balancer' ? a.loadBalancer! : a.node;
  for (const port of proxy.ports ?? []) if (port.name !== 'metrics') out.push(conn(publicSource, proxy, port.containerPort, 'public traffic reaches the Envoy listeners'));
  for (const r of ROUTES) out.push(conn(proxy, app(r.app), APP_CATALOG[r.app].port, `route ${r.pathPrefix}`));
  if (env.edge.issuer !== 'self-signed') {
    const solver = pod((p) => p.labels['acme.cert-manager.io/http01-solver'] === 'true', 'ACME solver');
    const controller = role(`${certManager.name}/controller`);
    out.push(conn(proxy, solver, solver.ports![0]!.containerPort, 'HTTP-01 challenge'));
    out.push(conn(controller, proxy, proxy.ports![0]!.containerPort, 'HTTP-01 self-check through the public address (ipMode VIP: kube-proxy sends it straight to Envoy)'));
    out.push(conn(controller, a.internet, 443, "Let's Encrypt API"));
  }

  // Events, data, invocation, the internet.
  if (env.kafka.backend === 'strimzi') {
    const broker = pod((p) => p.labels['strimzi.io/broker-role'] === 'true', 'Kafka broker');
    for (const name of eventApps()) out.push(conn(app(name), broker, KAFKA_INTERNAL_PORT, `${name} publishes or consumes (${[...appTopics(name).publishes, ...appTopics(name).subscribes].join(', ')})`));
    out.push(conn(role(`${keda.name}/operator`), broker, KAFKA_INTERNAL_PORT, 'KEDA reads consumer lag'));
    for (const p of pods.filter((x) => x.labels['strimzi.io/cluster'] !== undefined)) out.push(conn(prometheus, p, STRIMZI_OPERANDS.ports.metrics, 'Kafka and Kafka Exporter metrics'));
  }
  if (env.database.provider === 'cloudnative-pg') {
    const db = pod((p) => p.labels['cnpg.io/cluster'] !== undefined, 'PostgreSQL');
    for (const name of APP_NAMES.filter((n) => APP_CATALOG[n].database || APP_CATALOG[n].usesState)) out.push(conn(app(name), db, CNPG_INSTANCE.ports.postgresql, `${name} uses PostgreSQL`));
    const operator = role(`${cloudnativePg.name}/operator`);
    out.push(conn(operator, db, CNPG_INSTANCE.ports.status, 'CNPG operator → instance manager'), conn(operator, db, CNPG_INSTANCE.ports.postgresql, 'CNPG operator → PostgreSQL'));
    out.push(conn(db, a.apiServer, env.network.apiServer.port, 'instance manager → API (status, primary Lease)'));
    out.push(conn(prometheus, db, CNPG_INSTANCE.ports.metrics, 'PostgreSQL metrics'));
    if (env.database.backup) out.push(conn(db, a.internet, Number(new URL(env.database.backup.endpointURL).port || 443), 'WAL archiving and base backups to Object Storage'));
  }
  for (const caller of APP_NAMES) for (const target of invokedBy(caller)) out.push(conn(app(caller), app(target), DAPR_INTERNAL_PORT, `${caller} invokes ${target}`));
  for (const name of APP_NAMES) {
    out.push(conn(prometheus, app(name), DAPR_METRICS_PORT, 'daprd metrics'));
    out.push(conn(a.residentNode, app(name), APP_CATALOG[name].port, 'kubelet probes'));
    if (APP_CATALOG[name].readsSecrets.length > 0) out.push(conn(app(name), a.apiServer, env.network.apiServer.port, 'Dapr secret store reads named Secrets'));
    if (APP_CATALOG[name].egress.includes('llm-api')) out.push(conn(app(name), a.internet, 443, 'LLM API'));
  }
  out.push(conn(prometheus, proxy, proxy.ports!.find((p) => p.name === 'metrics')!.containerPort, 'Envoy metrics'));
  out.push(conn(prometheus, a.node, 10250, 'kubelet and cAdvisor metrics'), conn(prometheus, a.node, 9100, 'node-exporter (host network)'));
  out.push(conn(prometheus, dns, 9153, 'CoreDNS metrics (default ServiceMonitor)'));
  out.push(conn(role(`${monitoring.name}/alertmanager`), a.internet, 443, 'alert webhook'));
  out.push(conn(role(`${argoCd.name}/repo-server`), a.internet, 443, 'Git and Helm repositories'));
  return out;
}

/**
 * Connections that must never be possible: the internet or the load balancer straight to an
 * app, apps to what they do not use, one namespace's tools into the app namespace.
 */
export function forbiddenConnections(env: Environment, pods: readonly InventoryPod[]): Connection[] {
  const a = addressesOf(env);
  const app = (name: AppName) => pods.find((p) => p.namespace === APP_NAMESPACE && p.labels['app.kubernetes.io/name'] === name && p.origin === 'manifest')!;
  const out: Connection[] = [];
  for (const name of APP_NAMES) {
    const target = app(name);
    out.push(conn(a.internet, target, APP_CATALOG[name].port, 'the internet reaches apps only through Envoy'));
    if (a.loadBalancer) out.push(conn(a.loadBalancer, target, APP_CATALOG[name].port, 'the load balancer reaches only Envoy'));
    if (!APP_CATALOG[name].egress.includes('llm-api')) out.push(conn(target, a.internet, 443, `${name} calls nothing on the internet`));
    if (APP_CATALOG[name].readsSecrets.length === 0) out.push(conn(target, a.apiServer, env.network.apiServer.port, `${name} does not call the Kubernetes API`));
    for (const other of APP_NAMES.filter((o) => o !== name && !APP_CATALOG[name].invokes.includes(o))) out.push(conn(target, app(other), DAPR_INTERNAL_PORT, `${name} does not invoke ${other}`));
  }
  const proxy = pods.find((p) => p.role === 'proxy')!;
  out.push(conn(a.internet, proxy, proxy.ports![0]!.containerPort, 'the internet reaches Envoy only through the load balancer'));
  if (env.kafka.backend === 'strimzi') {
    const broker = pods.find((p) => p.labels['strimzi.io/broker-role'] === 'true')!;
    for (const name of APP_NAMES.filter((n) => !eventApps().includes(n))) out.push(conn(app(name), broker, KAFKA_INTERNAL_PORT, `${name} does not use Kafka`));
  }
  if (env.database.provider === 'cloudnative-pg') {
    const db = pods.find((p) => p.labels['cnpg.io/cluster'] !== undefined)!;
    for (const name of APP_NAMES.filter((n) => !APP_CATALOG[n].database && !APP_CATALOG[n].usesState)) out.push(conn(app(name), db, CNPG_INSTANCE.ports.postgresql, `${name} does not use PostgreSQL`));
    out.push(conn(a.internet, db, CNPG_INSTANCE.ports.postgresql, 'PostgreSQL is not public'));
  }
  const argo = pods.find((p) => p.role === `${argoCd.name}/repo-server`)!;
  out.push(conn(argo, app('backend'), APP_CATALOG.backend.port, 'Argo CD talks to the API, not to the apps'));
  return out;
}
