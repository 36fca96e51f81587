import { loadDeploymentInputs } from '../../k8s/environments/inputs';
import { platformFlows } from '../../k8s/network/platform-flows';
import { environment, objectsOf } from '../helpers';

const policies = () => (objectsOf('oke') as any[]).filter((o) => o.kind === 'NetworkPolicy');
const peers = (p: any, side: 'ingress' | 'egress') => (p.spec[side] ?? []).flatMap((r: any) => (side === 'ingress' ? r.from : r.to) ?? []);

describe('network policies (oke)', () => {
  it('take every address range from the applied OCI network (one source of truth)', () => {
    const { outputs } = loadDeploymentInputs();
    const env = environment('oke');
    expect(env.network.apiServer.cidr).toBe(outputs.network.apiEndpointCidr);
    expect(env.network.nodeCidrs).toEqual([outputs.network.workerSubnetCidr]);
    expect(env.network.loadBalancerCidrs).toEqual([outputs.network.loadBalancerSubnetCidr]);
    const listeners = policies().find((p) => p.metadata.name === 'public-listeners-ingress');
    expect(peers(listeners, 'ingress')).toEqual([{ ipBlock: { cidr: outputs.network.loadBalancerSubnetCidr } }]);
  });

  it('admit no source from the whole internet: public traffic arrives from the load balancer’s subnet', () => {
    const open = policies().filter((p) => peers(p, 'ingress').some((x: any) => x.ipBlock?.cidr === '0.0.0.0/0'));
    expect(open.map((p) => p.metadata.name)).toEqual([]);
  });

  it('let only the backend (the LLM API) and PostgreSQL (its backups) out of the application namespace, never into private ranges', () => {
    const out = policies().filter((p) => p.metadata.namespace === 'todo-app' && peers(p, 'egress').some((x: any) => x.ipBlock?.cidr === '0.0.0.0/0'));
    const backups = environment('oke').database.provider === 'cloudnative-pg' && (environment('oke').database as any).backup;
    expect(out.map((p) => p.metadata.name).sort()).toEqual(['llm-api-egress', ...(backups ? ['postgres-backups-egress'] : [])].sort());
    const llm = out.find((p) => p.metadata.name === 'llm-api-egress');
    expect(llm.spec.podSelector.matchExpressions[0].values).toEqual(['backend']);
    for (const p of out) {
      expect(peers(p, 'egress')[0].ipBlock.except).toEqual(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']);
      expect(p.spec.egress.flatMap((r: any) => r.ports.map((x: any) => x.port))).toEqual([443]);
    }
    if (backups) expect(out.find((p) => p.metadata.name === 'postgres-backups-egress').spec.podSelector.matchLabels).toHaveProperty(['cnpg.io/cluster']);
  });

  it('follow the Kafka backend: an external Kafka is reached through an egress rule instead', () => {
    const base = environment('oke');
    const flows = platformFlows({ ...base, kafka: { backend: 'sasl', brokers: ['seed.redpanda.example:9092'], saslMechanism: 'SHA-256', credentialsSecret: 'kafka-credentials', usernameKey: 'username', passwordKey: 'password', egressCidrs: [] } });
    const kafka = flows.find((f) => f.name === 'kafka-clients')!;
    expect(kafka.to).toMatchObject({ cidrs: ['0.0.0.0/0'], label: 'external Kafka' });
  });
});
