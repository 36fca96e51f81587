import { ALWAYS_FREE } from '../../k8s/contract/always-free';
import { budgetOf, budgetViolations } from '../../k8s/budget/report';
import { environmentInput, loadEnvironments } from '../../k8s/environments';
import { KAFKA_LOG_VOLUME_ID } from '../../k8s/kafka/kafka-cluster';
import { renderEnvironment } from '../../k8s/synth/render';
import { configProblems, find, objectsOf, ofKind, rendered } from '../helpers';

/** The OCI CSI class whose WaitForFirstConsumer binding creates each volume in its node's AD. */
const OCI_BLOCK_VOLUMES = 'oci-bv';

describe('Kafka keeps its log on a persistent volume', () => {
  it.each(['local', 'oke'] as const)('%s: one JBOD persistent-claim volume, shared with the KRaft metadata, kept when the pool goes', (env) => {
    const [pool] = ofKind(env, 'KafkaNodePool');
    expect(pool.spec.storage.type).toBe('jbod');
    expect(pool.spec.storage.volumes).toHaveLength(1);
    expect(pool.spec.storage.volumes[0]).toMatchObject({ id: KAFKA_LOG_VOLUME_ID, type: 'persistent-claim', kraftMetadata: 'shared', deleteClaim: false });
  });

  it('oke: the smallest OCI volume, in the block-volume class that follows the node’s availability domain', () => {
    const [pool] = ofKind('oke', 'KafkaNodePool');
    expect(pool.spec.storage.volumes[0]).toMatchObject({ size: `${ALWAYS_FREE.minimumVolumeGb}Gi`, class: OCI_BLOCK_VOLUMES });
  });

  it('local: a small claim on the default class', () => {
    const [pool] = ofKind('local', 'KafkaNodePool');
    expect(pool.spec.storage.volumes[0].class).toBeUndefined();
    expect(pool.spec.storage.volumes[0].size).toBe('2Gi');
  });

  it('requires a size: a Kafka without storage is refused before anything renders', () => {
    const input: any = environmentInput('oke');
    delete input.kafka.storage;
    expect(configProblems(() => loadEnvironments([input])).join('\n')).toMatch(/kafka\.storage/);
  });
});

describe('oke storage fits the Always Free block storage', () => {
  const budget = budgetOf(rendered('oke'));

  it('counts the boot volume, PostgreSQL and Kafka: 150 of 200 GB on 2 of 2 volumes', () => {
    expect(budget.storage).toMatchObject({ usedGb: 150, limitGb: ALWAYS_FREE.blockStorageGb, volumes: 2, maxVolumes: ALWAYS_FREE.blockVolumes });
    expect(budget.volumes.map((v) => v.owner).sort()).toEqual(['kafka.strimzi.io/v1/KafkaNodePool kafka/dual-role (broker volume)', 'postgresql.cnpg.io/v1/Cluster todo-app/todo-db (data)']);
    expect(budgetViolations(budget)).toEqual([]);
  });

  it('puts every claim in the OCI block-volume class (a volume elsewhere than the node pool’s AD could never attach)', () => {
    const classes = (objectsOf('oke') as any[]).flatMap((o) => {
      if (o.kind === 'Cluster') return [o.spec.storage?.storageClass, ...(o.spec.walStorage ? [o.spec.walStorage.storageClass] : [])];
      if (o.kind === 'KafkaNodePool') return o.spec.storage.volumes.filter((v: any) => v.type === 'persistent-claim').map((v: any) => v.class);
      if (o.kind === 'PersistentVolumeClaim') return [o.spec.storageClassName];
      if (o.kind === 'StatefulSet') return (o.spec.volumeClaimTemplates ?? []).map((t: any) => t.spec.storageClassName);
      return [];
    });
    expect(classes).toHaveLength(budget.volumes.length);
    expect(new Set(classes)).toEqual(new Set([OCI_BLOCK_VOLUMES]));
  });

  it('lets each namespace quota admit exactly its claims (a quota of 0 PVCs would leave the broker Pending)', () => {
    const quota = (ns: string) => find('oke', 'ResourceQuota', 'platform-budget', ns).spec.hard;
    expect(quota('kafka')).toMatchObject({ persistentvolumeclaims: '1', 'requests.storage': `${ALWAYS_FREE.minimumVolumeGb}Gi` });
    expect(quota('todo-app')).toMatchObject({ persistentvolumeclaims: '1', 'requests.storage': `${ALWAYS_FREE.minimumVolumeGb}Gi` });
  });

  it('refuses a third volume: three brokers would each claim one', () => {
    const input: any = environmentInput('oke');
    input.kafka.brokers = 3;
    const env = loadEnvironments([input])[0]!;
    const violations = budgetViolations(budgetOf(renderEnvironment(env)));
    expect(violations.join('\n')).toMatch(/4 block volumes are claimed, more than the Always Free 2/);
  });
});
