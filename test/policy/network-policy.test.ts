import { offlineOciConfig } from '../../infra-oci/config/oci-config';
import { loadEnvironments } from '../../k8s/environments';
import { eventApps } from '../../k8s/events/topology';
import { DAPR_PLACEMENT, platformFlows } from '../../k8s/network/platform-flows';
import { find, objectsOf } from '../helpers';

const policies = (env: 'local' | 'oke') => (objectsOf(env) as any[]).filter((o) => o.kind === 'NetworkPolicy');
const policy = (env: 'local' | 'oke', ns: string, name: string) => policies(env).find((p) => p.metadata.namespace === ns && p.metadata.name === name);
const names = (p: any, side: 'egress' | 'ingress' = 'egress') => p.spec.podSelector.matchExpressions?.[0]?.values ?? p.spec[side];
const ports = (rule: any) => (rule.ports ?? []).map((x: any) => `${x.protocol}/${x.port}`);

describe('network policies (oke)', () => {
  it('lets only the producers and consumers of the topology reach the Kafka brokers on 9092', () => {
    const egress = policy('oke', 'todo-app', 'kafka-clients-egress');
    expect(names(egress)).toEqual(eventApps());
    expect(egress.spec.egress[0].to[0].podSelector.matchLabels).toEqual({ 'strimzi.io/cluster': 'events', 'strimzi.io/broker-role': 'true' });
    expect(ports(egress.spec.egress[0])).toEqual(['TCP/9092']);
    expect(names(egress)).not.toContain('frontend');
    const ingress = policy('oke', 'kafka', 'kafka-clients-ingress');
    expect(ingress.spec.ingress[0].from[0].podSelector.matchExpressions[0].values).toEqual(eventApps());
    const listener = (find('oke', 'Kafka', 'events', 'kafka') as any).spec.kafka.listeners[0];
    expect(listener.networkPolicyPeers.map((p: any) => p.namespaceSelector.matchLabels['kubernetes.io/metadata.name'])).toEqual(['todo-app', 'keda']);
  });

  it('lets only the backend and the state-store users reach PostgreSQL on 5432', () => {
    const p = policy('oke', 'todo-app', 'postgres-clients-ingress');
    expect(p.spec.podSelector.matchLabels).toEqual({ 'cnpg.io/cluster': 'todo-db' });
    expect(p.spec.ingress[0].from[0].podSelector.matchExpressions[0].values).toEqual(['audit', 'backend', 'notification', 'recurring-task']);
    expect(ports(p.spec.ingress[0])).toEqual(['TCP/5432']);
  });

  it('lets the gateway reach exactly the routed apps on their ports', () => {
    const routed = policies('oke').filter((p) => /^gateway-to-(frontend|backend|realtime)-ingress$/.test(p.metadata.name));
    expect(routed.map((p) => [p.spec.podSelector.matchExpressions[0].values[0], ports(p.spec.ingress[0])]).sort()).toEqual([
      ['backend', ['TCP/8000']],
      ['frontend', ['TCP/3000']],
      ['realtime', ['TCP/8000']],
    ]);
    expect(policies('oke').filter((p) => p.metadata.name.startsWith('gateway-to-audit'))).toEqual([]);
  });

  it('opens the Dapr control plane on its pod ports, without placement (actors are off)', () => {
    const cp = ['dapr-sentry-egress', 'dapr-operator-egress', 'dapr-scheduler-server-egress'].map((n) => policy('oke', 'todo-app', n));
    expect(cp.map((p) => [p.spec.egress[0].to[0].podSelector.matchLabels.app, ports(p.spec.egress[0])])).toEqual([
      ['dapr-sentry', ['TCP/50001']],
      ['dapr-operator', ['TCP/6500']],
      ['dapr-scheduler-server', ['TCP/50006']],
    ]);
    expect(policies('oke').some((p) => JSON.stringify(p).includes(`"port":${DAPR_PLACEMENT.port}`))).toBe(false);
  });

  it('allows sidecar-to-sidecar 50002 only from the apps that invoke, to their targets', () => {
    const invocations = policies('oke').filter((p) => p.metadata.name.startsWith('invoke-') && p.metadata.name.endsWith('-ingress'));
    expect(invocations.map((p) => p.metadata.name).sort()).toEqual(['invoke-frontend-to-backend-ingress', 'invoke-recurring-task-to-backend-ingress']);
    for (const p of invocations) expect(ports(p.spec.ingress[0])).toEqual(['TCP/50002']);
  });

  it('lets Prometheus scrape the Dapr sidecars on 9090', () => {
    const p = policy('oke', 'todo-app', 'scrape-dapr-sidecars-ingress');
    expect(p.spec.ingress[0].from[0]).toEqual({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } },
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } },
    });
    expect(ports(p.spec.ingress[0])).toEqual(['TCP/9090']);
  });

  it('lets only the backend leave the cluster (LLM API, HTTPS, never into private ranges)', () => {
    const internetEgress = policies('oke').filter((p) => p.metadata.namespace === 'todo-app' && JSON.stringify(p.spec.egress ?? []).includes('0.0.0.0/0'));
    expect(internetEgress.map((p) => p.metadata.name)).toEqual(['llm-api-egress']);
    expect(names(internetEgress[0])).toEqual(['backend']);
    expect(internetEgress[0].spec.egress[0].to[0].ipBlock.except).toEqual(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']);
  });

  it('accepts internet traffic only on the Envoy listeners', () => {
    const fromInternet = policies('oke').filter((p) => JSON.stringify(p.spec.ingress ?? []).includes('0.0.0.0/0'));
    expect(fromInternet.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual(['envoy-gateway-system/public-listeners-ingress']);
  });

  it('uses the API endpoint and worker subnets of the OCI network', () => {
    const oci = offlineOciConfig();
    const env = loadEnvironments().find((e) => e.name === 'oke')!;
    expect(env.network.apiServer.cidr).toBe(oci.network.endpointSubnetCidr);
    expect(env.network.nodeCidrs).toEqual([oci.network.workerSubnetCidr]);
    expect(env.capacity).toMatchObject({ nodes: oci.nodePool.nodeCount, cpu: oci.nodePool.nodeCount * oci.nodePool.ocpusPerNode, memoryGi: oci.nodePool.nodeCount * oci.nodePool.memoryGbPerNode });
  });

  it('follows the Kafka backend: an external Kafka is reached through an egress rule instead', () => {
    const base = loadEnvironments().find((e) => e.name === 'oke')!;
    const flows = platformFlows({ ...base, kafka: { backend: 'sasl', brokers: ['seed.redpanda.example:9092'], saslMechanism: 'SHA-256', credentialsSecret: 'kafka-credentials', usernameKey: 'username', passwordKey: 'password', egressCidrs: [] } });
    const kafka = flows.find((f) => f.name === 'kafka-clients')!;
    expect(kafka.to).toMatchObject({ cidrs: ['0.0.0.0/0'], label: 'external Kafka' });
  });
});
