import { BARMAN_CLOUD } from '../../k8s/addons/barman-cloud';
import { budgetOf, budgetViolations } from '../../k8s/budget/report';
import { environmentInput, loadEnvironments } from '../../k8s/environments';
import { renderEnvironment } from '../../k8s/synth/render';
import { configProblems, find } from '../helpers';
import { KubernetesSchemaValidator } from '../validation/kubernetes-schema';

/** The oke declaration with the database restored from the archive of the lost cluster `todo-db`. */
function restoring(restoreFrom: Record<string, unknown>, serverName: string | null = 'todo-db-2') {
  const input: any = environmentInput('oke');
  input.database.restoreFrom = restoreFrom;
  input.database.backup = { ...input.database.backup, ...(serverName ? { serverName } : {}) };
  return input;
}

const restored = renderEnvironment(loadEnvironments([restoring({ serverName: 'todo-db' })])[0]!);
const database = restored.files.find((f) => f.name === 'database.yaml')!.objects as any[];
const cluster = database.find((o) => o.kind === 'Cluster');
const store = database.find((o) => o.kind === 'ObjectStore');

describe('restore path: a Cluster bootstrapped from the archive, rendered from the same config', () => {
  it('passes strict schema validation (Cluster, ObjectStore, ScheduledBackup)', () => {
    const validator = new KubernetesSchemaValidator();
    expect(database.map((o) => o.kind).sort()).toEqual(['Cluster', 'ObjectStore', 'ScheduledBackup']);
    expect(database.flatMap((o) => validator.validate(o))).toEqual([]);
  });

  it('recovers from the lost cluster’s folder through the plugin, keeping the app database and its Secret name', () => {
    expect(cluster.metadata.name).toBe(find('oke', 'Cluster', 'todo-db', 'todo-app').metadata.name);
    expect(cluster.spec.bootstrap).toEqual({ recovery: { source: cluster.spec.externalClusters[0].name, database: 'todo', owner: 'todo' } });
    expect(cluster.spec.externalClusters).toEqual([
      { name: cluster.spec.bootstrap.recovery.source, plugin: { name: BARMAN_CLOUD.pluginName, parameters: { barmanObjectName: store.metadata.name, serverName: 'todo-db' } } },
    ]);
  });

  it('archives the restored cluster into a new folder, never into the one it restores from', () => {
    const archive = cluster.spec.plugins[0].parameters;
    expect(archive).toEqual({ barmanObjectName: store.metadata.name, serverName: 'todo-db-2' });
    expect(archive.serverName).not.toBe(cluster.spec.externalClusters[0].plugin.parameters.serverName);
  });

  it('stops at a point in time when asked', () => {
    const pitr = renderEnvironment(loadEnvironments([restoring({ serverName: 'todo-db', targetTime: '2026-11-20T09:30:00Z' })])[0]!);
    const c = pitr.files.find((f) => f.name === 'database.yaml')!.objects.find((o) => o.kind === 'Cluster') as any;
    expect(c.spec.bootstrap.recovery.recoveryTarget).toEqual({ targetTime: '2026-11-20T09:30:00Z' });
  });

  it('stays within budget: the recovery Job replaces the instance pod, it does not run beside it', () => {
    expect(budgetViolations(budgetOf(restored))).toEqual([]);
  });

  it('refuses to archive into the folder it restores from ("Expected empty archive")', () => {
    const problems = configProblems(() => loadEnvironments([restoring({ serverName: 'todo-db' }, null)]));
    expect(problems.join('\n')).toMatch(/database\.backup\.serverName: is "todo-db", the archive being restored from.* "todo-db-2"/);
  });

  it('refuses a restore without an object store to restore from', () => {
    const input: any = environmentInput('local');
    input.database.restoreFrom = { serverName: 'todo-db' };
    expect(configProblems(() => loadEnvironments([input])).join('\n')).toMatch(/database\.restoreFrom: needs database\.backup/);
  });

  it('refuses a point in time without a zone', () => {
    expect(configProblems(() => loadEnvironments([restoring({ serverName: 'todo-db', targetTime: '2026-11-20 09:30' })])).join('\n')).toMatch(/database\.restoreFrom\.targetTime/);
  });
});
