import { APP_CATALOG, appsWhere } from '../apps/catalog';
import { APP_NAMES, type AppName } from '../contract/app-names';
import type { Environment } from '../config/environment';
import { DAPR_METRICS_PORT } from '../dapr/dapr-app';
import { exposedApps } from '../edge/routes';
import { eventApps } from '../events/topology';
import { KAFKA_INTERNAL_PORT } from '../kafka/kafka-cluster';
import { APP_NAMESPACE, PLATFORM_NAMESPACES } from '../platform/namespaces';
import { type CidrEndpoint, type Flow, type PodsEndpoint, PRIVATE_RANGES } from './flows';

/** Dapr control-plane services an app's sidecar connects to (pod ports). */
export const DAPR_CONTROL_PLANE: ReadonlyArray<{ readonly app: string; readonly port: number; readonly why: string }> = [
  { app: 'dapr-sentry', port: 50001, why: 'sidecar certificates (mTLS identity)' },
  { app: 'dapr-operator', port: 6500, why: 'components, subscriptions and configuration' },
  { app: 'dapr-scheduler-server', port: 50006, why: 'Jobs API (reminders)' },
];
/** Only with actors enabled (they are not: no app uses actors or workflows). */
export const DAPR_PLACEMENT = { app: 'dapr-placement-server', port: 50005 } as const;
/** daprd's internal gRPC port for sidecar-to-sidecar service invocation. */
export const DAPR_INTERNAL_PORT = 50002;
export const POSTGRES_PORT = 5432;
/** CloudNativePG instance manager (operator → instance status). */
export const CNPG_STATUS_PORT = 8000;
export const CNPG_METRICS_PORT = 9187;
/** Envoy Gateway maps privileged listener ports to 10000 + port in the proxy container. */
export const ENVOY_CONTAINER_PORTS = [10080, 10443] as const;
export const ACME_SOLVER_PORT = 8089;

const KUBE_DNS: PodsEndpoint = { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } };
const app = (...names: AppName[]): PodsEndpoint => ({ namespace: APP_NAMESPACE, names });
const envoyProxies: PodsEndpoint = { namespace: 'envoy-gateway-system', labels: { 'app.kubernetes.io/component': 'proxy', 'app.kubernetes.io/managed-by': 'envoy-gateway' } };
const prometheus: PodsEndpoint = { namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'prometheus' } };
const internet = (label: string): CidrEndpoint => ({ cidrs: ['0.0.0.0/0'], except: [...PRIVATE_RANGES], label });

/** Namespaces whose pods call the Kubernetes API (operators and controllers). */
const API_CLIENT_NAMESPACES = ['kafka', 'dapr-system', 'monitoring', 'cert-manager', 'envoy-gateway-system', 'keda', 'cnpg-system', 'argocd'];
/** Namespaces serving webhooks or aggregated APIs that the API server calls. */
const WEBHOOK_NAMESPACES = ['dapr-system', 'monitoring', 'cert-manager', 'envoy-gateway-system', 'keda', 'cnpg-system'];

/**
 * Every connection the platform needs, derived from the event topology, the routing
 * table, the app catalog and the add-ons. Anything not listed is denied.
 */
export function platformFlows(env: Environment): Flow[] {
  const flows: Flow[] = [];
  const apiServer: CidrEndpoint = { cidrs: [env.network.apiServer.cidr], label: 'Kubernetes API server' };
  const controlPlane: CidrEndpoint = { cidrs: [env.network.apiServer.cidr, ...env.network.nodeCidrs], label: 'API server and nodes' };
  const dbPods: PodsEndpoint | undefined = env.database.provider === 'cloudnative-pg' ? { namespace: APP_NAMESPACE, labels: { 'cnpg.io/cluster': env.database.clusterName } } : undefined;

  // Everyone resolves names; operators talk to the API server; webhooks are called by it.
  for (const ns of PLATFORM_NAMESPACES.map((n) => n.name)) {
    flows.push({ name: 'dns', from: { namespace: ns }, to: KUBE_DNS, ports: [{ port: 53, protocol: 'UDP' }, { port: 53 }], why: 'DNS' });
  }
  for (const ns of API_CLIENT_NAMESPACES) {
    flows.push({ name: 'kube-api', from: { namespace: ns }, to: apiServer, ports: [{ port: env.network.apiServer.port }], why: 'operators and controllers watch the Kubernetes API' });
  }
  for (const ns of WEBHOOK_NAMESPACES) {
    flows.push({ name: 'from-control-plane', from: controlPlane, to: { namespace: ns }, ports: [], why: 'admission webhooks and aggregated APIs called by the API server' });
  }
  for (const ns of PLATFORM_NAMESPACES.map((n) => n.name).filter((n) => n !== APP_NAMESPACE)) {
    flows.push({ name: 'same-namespace', from: { namespace: ns }, to: { namespace: ns }, ports: [], why: 'components of one add-on talk to each other' });
  }

  // The edge: Envoy accepts the load balancer's traffic and forwards it to the routed apps.
  flows.push({ name: 'public-listeners', from: internet('the internet (through the load balancer)'), to: envoyProxies, ports: ENVOY_CONTAINER_PORTS.map((port) => ({ port })), why: 'HTTP and HTTPS listeners' });
  for (const target of exposedApps()) {
    flows.push({ name: `gateway-to-${target}`, from: envoyProxies, to: app(target), ports: [{ port: APP_CATALOG[target].port }], why: `routes of the Gateway to ${target}` });
  }
  if (env.edge.issuer !== 'self-signed') {
    flows.push({
      name: 'gateway-to-acme-solver',
      from: envoyProxies,
      to: { namespace: APP_NAMESPACE, labels: { 'acme.cert-manager.io/http01-solver': 'true' } },
      ports: [{ port: ACME_SOLVER_PORT }],
      why: "Let's Encrypt HTTP-01 challenges",
    });
    flows.push({ name: 'acme', from: { namespace: 'cert-manager' }, to: { cidrs: ['0.0.0.0/0'], label: 'ACME server and the public HTTP-01 self-check' }, ports: [{ port: 80 }, { port: 443 }], why: "Let's Encrypt" });
  }

  // Dapr: every sidecar reaches the control plane; invokers reach their targets' sidecars.
  for (const cp of DAPR_CONTROL_PLANE) {
    flows.push({ name: `dapr-${cp.app.replace(/^dapr-/, '')}`, from: app(...APP_NAMES), to: { namespace: 'dapr-system', labels: { app: cp.app } }, ports: [{ port: cp.port }], why: cp.why });
  }
  for (const caller of APP_NAMES) {
    for (const target of APP_CATALOG[caller].invokes) {
      flows.push({ name: `invoke-${caller}-to-${target}`, from: app(caller), to: app(target), ports: [{ port: DAPR_INTERNAL_PORT }], why: `Dapr service invocation ${caller} → ${target}` });
    }
  }

  // Kafka: only the producers and consumers of the topology (and KEDA reading their lag).
  const producersAndConsumers = eventApps();
  if (env.kafka.backend === 'strimzi') {
    const brokers: PodsEndpoint = { namespace: 'kafka', labels: { 'strimzi.io/cluster': env.kafka.clusterName, 'strimzi.io/broker-role': 'true' } };
    flows.push({ name: 'kafka-clients', from: app(...producersAndConsumers), to: brokers, ports: [{ port: KAFKA_INTERNAL_PORT }], why: 'Dapr pub/sub of the event apps' });
    flows.push({ name: 'keda-to-kafka', from: { namespace: 'keda', labels: { app: 'keda-operator' } }, to: brokers, ports: [{ port: KAFKA_INTERNAL_PORT }], why: 'KEDA reads consumer-group lag' });
  } else {
    const external: CidrEndpoint = { cidrs: env.kafka.egressCidrs.length > 0 ? env.kafka.egressCidrs : ['0.0.0.0/0'], except: [...PRIVATE_RANGES], label: 'external Kafka' };
    const port = Number(env.kafka.brokers[0]!.split(':')[1]);
    flows.push({ name: 'kafka-clients', from: app(...producersAndConsumers), to: external, ports: [{ port }], why: 'Dapr pub/sub to the external Kafka' });
    flows.push({ name: 'keda-to-kafka', from: { namespace: 'keda', labels: { app: 'keda-operator' } }, to: external, ports: [{ port }], why: 'KEDA reads consumer-group lag' });
  }

  // PostgreSQL: the backend and the Dapr state-store users.
  const dbClients = [...new Set<AppName>(['backend', ...appsWhere((a) => a.usesState)])].sort();
  if (dbPods) {
    flows.push({ name: 'postgres-clients', from: app(...dbClients), to: dbPods, ports: [{ port: POSTGRES_PORT }], why: 'backend and Dapr state store' });
    flows.push({ name: 'cnpg-operator-to-postgres', from: { namespace: 'cnpg-system' }, to: dbPods, ports: [{ port: CNPG_STATUS_PORT }, { port: POSTGRES_PORT }], why: 'CloudNativePG operator manages the instance' });
    flows.push({ name: 'postgres-kube-api', from: dbPods, to: apiServer, ports: [{ port: env.network.apiServer.port }], why: 'the instance manager reports to the Kubernetes API' });
  } else if (env.database.provider === 'external') {
    const cidrs = env.database.egressCidrs.length > 0 ? env.database.egressCidrs : ['0.0.0.0/0'];
    flows.push({ name: 'postgres-clients', from: app(...dbClients), to: { cidrs, except: [...PRIVATE_RANGES], label: 'external PostgreSQL' }, ports: [{ port: POSTGRES_PORT }], why: 'backend and Dapr state store' });
  }

  // Apps that read Secrets through the Dapr secrets API; the backend's LLM provider.
  const secretReaders = appsWhere((a) => a.readsSecrets.length > 0);
  if (secretReaders.length > 0) {
    flows.push({ name: 'secret-readers-kube-api', from: app(...secretReaders), to: apiServer, ports: [{ port: env.network.apiServer.port }], why: 'Dapr kubernetes secret store reads named Secrets' });
  }
  flows.push({ name: 'llm-api', from: app('backend'), to: { cidrs: env.network.llmApiCidrs, except: [...PRIVATE_RANGES], label: 'LLM provider' }, ports: [{ port: 443 }], why: "the AI agent's LLM API" });

  // Observability: Prometheus scrapes metrics ports; Argo CD fetches charts and Git.
  flows.push({ name: 'scrape-dapr-sidecars', from: prometheus, to: app(...APP_NAMES), ports: [{ port: DAPR_METRICS_PORT }], why: 'daprd metrics' });
  if (dbPods) flows.push({ name: 'scrape-postgres', from: prometheus, to: dbPods, ports: [{ port: CNPG_METRICS_PORT }], why: 'PostgreSQL metrics' });
  for (const ns of PLATFORM_NAMESPACES.map((n) => n.name).filter((n) => n !== APP_NAMESPACE && n !== 'monitoring')) {
    flows.push({ name: `scrape-${ns}`, from: prometheus, to: { namespace: ns }, ports: [], why: 'metrics endpoints of the add-ons' });
  }
  flows.push({ name: 'scrape-nodes', from: prometheus, to: { cidrs: env.network.nodeCidrs, label: 'nodes' }, ports: [{ port: 10250 }, { port: 9100 }], why: 'kubelet/cAdvisor and node-exporter' });
  flows.push({ name: 'git-and-charts', from: { namespace: 'argocd' }, to: internet('Git and Helm/OCI registries'), ports: [{ port: 443 }], why: 'Argo CD fetches this repository and the add-on charts' });

  return flows;
}

/** The namespaced names of the policies the flows render (must be unique). */
export function flowPolicyNames(flows: readonly Flow[], owned: ReadonlySet<string>): string[] {
  return flows.flatMap((f) => [
    ...('namespace' in f.from && owned.has(f.from.namespace) ? [`${f.from.namespace}/${f.name}-egress`] : []),
    ...('namespace' in f.to && owned.has(f.to.namespace) ? [`${f.to.namespace}/${f.name}-ingress`] : []),
  ]);
}
