import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addonsOf } from '../../k8s/addons';
import { BARMAN_CLOUD, BARMAN_CLOUD_VERSION, barmanCloud } from '../../k8s/addons/barman-cloud';
import { cloudnativePg } from '../../k8s/addons/cloudnative-pg';
import { secretsMarkdown } from '../../k8s/apps/secrets-doc';
import { outOfBandSecrets } from '../../k8s/apps/secrets';
import { manifestDemands } from '../../k8s/budget/demand';
import { parseQuantity } from '../../k8s/budget/quantity';
import { ALWAYS_FREE } from '../../k8s/contract/always-free';
import { loadInfraOutputs } from '../../k8s/contract/infra-outputs';
import { loadPlatformConfig } from '../../k8s/contract/platform-config';
import { backupFootprint, type DatabaseBackupConfig, LIFECYCLE_MARGIN_DAYS } from '../../k8s/config/environment';
import { environmentInput, loadEnvironments } from '../../k8s/environments';
import { CONTAINER_LIMITS } from '../../k8s/platform/container-limits';
import { synthesize } from '../../k8s/synth/synthesize';
import { configProblems, find, objectsOf, ofKind, rendered } from '../helpers';

const oke = rendered('oke').env;
const backup = (oke.database as { backup: DatabaseBackupConfig }).backup;
const outputs = loadInfraOutputs('oke');
const store = () => find('oke', 'ObjectStore', 'todo-db-archive', 'todo-app');
const cluster = () => find('oke', 'Cluster', 'todo-db', 'todo-app');
const pgDemand = (objects: readonly any[]) => manifestDemands(oke, objects).find((d) => d.owner === 'PostgreSQL todo-db')!;
const GI = 2 ** 30;

describe('PostgreSQL backups on oke (Barman Cloud Plugin)', () => {
  it('archive to the bucket, endpoint and region the OCI stacks report', () => {
    expect(store().spec.configuration).toMatchObject({ destinationPath: `s3://${outputs.backup.bucket}/`, endpointURL: outputs.backup.s3Endpoint });
    // The folder comes from the Cluster's plugin parameter; the CRD forbids it in the ObjectStore.
    expect(store().spec.configuration.serverName).toBeUndefined();
    expect(outOfBandSecrets(oke).find((k) => k.key === store().spec.configuration.s3Credentials.region.key)?.example).toBe(outputs.backup.region);
  });

  it('read every S3 credential, the region too, from the one out-of-band Secret that docs/secrets.md lists', () => {
    const refs = Object.values(store().spec.configuration.s3Credentials) as Array<{ name: string; key: string }>;
    expect(refs.map((r) => Object.keys(r).sort())).toEqual([['key', 'name'], ['key', 'name'], ['key', 'name']]);
    const listed = outOfBandSecrets(oke).map((k) => `${k.namespace ?? 'todo-app'}/${k.secret}/${k.key}`);
    for (const r of refs) expect(listed).toContain(`todo-app/${r.name}/${r.key}`);
    expect(secretsMarkdown([rendered('oke')])).toContain(`kubectl -n todo-app create secret generic ${backup.credentialsSecret}`);
  });

  it('turn off the SDK checksums OCI’s S3 endpoint rejects, in the sidecar', () => {
    expect(store().spec.instanceSidecarConfiguration.env).toEqual(
      expect.arrayContaining([
        { name: 'AWS_REQUEST_CHECKSUM_CALCULATION', value: 'when_required' },
        { name: 'AWS_RESPONSE_CHECKSUM_VALIDATION', value: 'when_required' },
      ]),
    );
  });

  it('make the Cluster archive its WAL through the plugin, into its own folder, not in-tree', () => {
    expect(cluster().spec.plugins).toEqual([{ name: BARMAN_CLOUD.pluginName, isWALArchiver: true, parameters: { barmanObjectName: store().metadata.name, serverName: 'todo-db' } }]);
    expect(cluster().spec.backup).toBeUndefined();
    expect(cluster().spec.bootstrap).toEqual({ initdb: { database: 'todo', owner: 'todo' } });
  });

  it('schedule a daily base backup through the plugin, in the six-field cron CloudNativePG reads', () => {
    const s = find('oke', 'ScheduledBackup', 'todo-db-daily', 'todo-app').spec;
    expect(s).toMatchObject({ cluster: { name: cluster().metadata.name }, method: 'plugin', pluginConfiguration: { name: BARMAN_CLOUD.pluginName }, immediate: true });
    const [seconds, minutes, hours, ...rest] = s.schedule.split(' ');
    expect([seconds, rest]).toEqual(['0', ['*', '*', '*']]);
    expect(Number(minutes)).toBeLessThan(60);
    expect(Number(hours)).toBeLessThan(24);
  });

  it('keep a recovery window that fits Object Storage beside the state bucket and ends before the bucket’s lifecycle deletes', () => {
    expect(store().spec.retentionPolicy).toBe(`${backup.retentionDays}d`);
    const f = backupFootprint(backup);
    expect(f.gb).toBeLessThanOrEqual(backup.capacityGb);
    expect(backup.capacityGb).toBeLessThan(ALWAYS_FREE.objectStorageGb);
    expect(backup.bucketLifecycleDays).toBe(loadPlatformConfig().oci.backup.lifecycleDays);
    expect(f.oldestNeededDays + LIFECYCLE_MARGIN_DAYS).toBeLessThanOrEqual(backup.bucketLifecycleDays);
  });
});

describe('the budget follows what the plugin injects', () => {
  const objects = objectsOf('oke') as any[];
  const withStore = (resources: unknown) => objects.map((o) => (o.kind === 'ObjectStore' ? { ...o, spec: { ...o.spec, instanceSidecarConfiguration: { ...o.spec.instanceSidecarConfiguration, resources } } } : o));
  const dbLimit = parseQuantity(cluster().spec.resources.limits.memory);

  it('counts the sidecar the ObjectStore sizes inside the PostgreSQL pod', () => {
    const sidecar = parseQuantity(store().spec.instanceSidecarConfiguration.resources.limits.memory);
    expect(sidecar).toBeGreaterThan(0);
    expect(pgDemand(objects).limits.memory).toBe(dbLimit + sidecar);
    expect(pgDemand(withStore({ requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '1', memory: '1Gi' } })).limits.memory).toBe(dbLimit + GI);
  });

  it('counts the LimitRange default when the ObjectStore leaves the sidecar unsized', () => {
    expect(pgDemand(withStore(undefined)).limits.memory).toBe(dbLimit + parseQuantity(CONTAINER_LIMITS.default.memory));
  });

  it('counts no sidecar for a Cluster that does not archive through the plugin', () => {
    const plain = objects.map((o) => (o.kind === 'Cluster' ? { ...o, spec: { ...o.spec, plugins: undefined } } : o));
    expect(pgDemand(plain).limits.memory).toBe(dbLimit);
  });

  // The budget counts the sidecar only for the plugin's own entry, enabled (the Cluster CRD's `plugins[].enabled`,
  // default true) and naming an ObjectStore: barmanSidecar in k8s/budget/demand.ts, which cites where the plugin injects it.
  const withPlugins = (plugins: unknown[]) => objects.map((o) => (o.kind === 'Cluster' ? { ...o, spec: { ...o.spec, plugins } } : o));
  const ours = () => cluster().spec.plugins.find((p: any) => p.name === BARMAN_CLOUD.pluginName);

  it.each([
    ['another plugin naming the same store', () => ({ ...ours(), name: 'other.example.com' })],
    ['the plugin, disabled', () => ({ ...ours(), enabled: false })],
    ['the plugin without an ObjectStore', () => ({ ...ours(), parameters: {} })],
  ])('counts no sidecar for %s', (_, plugin) => {
    expect(pgDemand(withPlugins([plugin()])).limits.memory).toBe(dbLimit);
    expect(pgDemand(withPlugins([plugin(), ours()])).limits.memory).toBeGreaterThan(dbLimit);
  });

  it('sizes the sidecar from the ObjectStore the Cluster names, not from a namesake of another kind, API or namespace', () => {
    const named = store();
    const decoys = [
      { ...named, metadata: { ...named.metadata, namespace: 'elsewhere' } },
      { ...named, kind: 'ObjectBucket' },
      { ...named, apiVersion: 'barmancloud.example.com/v1' },
      { ...named, metadata: { ...named.metadata, name: `${named.metadata.name}-other` } },
    ].map((d) => ({ ...d, spec: { ...d.spec, instanceSidecarConfiguration: { resources: { limits: { cpu: '1', memory: '3Gi' } } } } }));
    const unsized = { ...named, spec: { ...named.spec, instanceSidecarConfiguration: undefined } };
    const all = [...decoys, ...objects.map((o) => (o === named ? unsized : o))];
    expect(pgDemand(all).limits.memory).toBe(dbLimit + parseQuantity(CONTAINER_LIMITS.default.memory));
    expect(pgDemand(objects.map((o) => (o === named ? { ...named, spec: undefined } : o))).limits.memory).toBe(dbLimit + parseQuantity(CONTAINER_LIMITS.default.memory));
  });

  it('counts the plugin’s own Deployment in the operator’s namespace', () => {
    const budgetLine = barmanCloud.components(oke).flatMap((c) => c.containers);
    expect(budgetLine.every((c) => c.resources.memoryLimit !== undefined && c.resources.cpuRequest !== undefined)).toBe(true);
  });
});

describe('the plugin add-on', () => {
  const apps = ofKind('oke', 'Application');
  const wave = (name: string) => Number(apps.find((a) => a.metadata.name === name)?.metadata.annotations?.['argocd.argoproj.io/sync-wave']);

  it('is installed only where a database is backed up: oke, not Minikube', () => {
    expect(addonsOf(oke)).toContain(barmanCloud);
    expect(addonsOf(rendered('local').env)).not.toContain(barmanCloud);
    for (const kind of ['ObjectStore', 'ScheduledBackup']) expect(ofKind('local', kind)).toEqual([]);
    expect(find('local', 'Cluster', 'todo-db', 'todo-app').spec.plugins).toBeUndefined();
  });

  it('runs in the CloudNativePG operator’s namespace, from a pinned chart with pinned images', () => {
    const app = apps.find((a) => a.metadata.name === barmanCloud.name);
    expect(app.spec.destination.namespace).toBe(cloudnativePg.namespace);
    expect(app.spec.source).toMatchObject({ repoURL: 'https://cloudnative-pg.github.io/charts', chart: 'plugin-barman-cloud', targetRevision: '0.7.0' });
    const values = app.spec.source.helm.valuesObject;
    expect([values.image.tag, values.sidecarImage.tag]).toEqual([BARMAN_CLOUD_VERSION, BARMAN_CLOUD_VERSION]);
    expect(BARMAN_CLOUD_VERSION).toMatch(/^v\d+\.\d+\.\d+$/);
  });

  it('syncs after every add-on whose CRDs it needs (cert-manager, CloudNativePG) and before the manifests that use its CRD', () => {
    const required = barmanCloud.requiresCrds!(oke);
    expect(required).toEqual(expect.arrayContaining(['cert-manager.io/Certificate', 'postgresql.cnpg.io/Cluster']));
    for (const crd of required) {
      const provider = addonsOf(oke).find((a) => a.footprint(oke).crds.includes(crd));
      expect([crd, provider?.name]).toEqual([crd, expect.any(String)]);
      expect(wave(provider!.name)).toBeLessThan(wave(barmanCloud.name));
    }
    const carriesDatabase = apps.find((a) => String(a.spec.source.directory?.include ?? '').includes('database.yaml'));
    expect(wave(barmanCloud.name)).toBeLessThan(wave(carriesDatabase.metadata.name));
  });

  it('opens the instance pods to the object store on 443 and the operator to the plugin inside its namespace', () => {
    const policies = ofKind('oke', 'NetworkPolicy');
    const egress = policies.find((p) => p.metadata.name === 'postgres-backups-egress');
    expect(egress.metadata.namespace).toBe('todo-app');
    expect(egress.spec.podSelector.matchLabels).toEqual({ 'cnpg.io/cluster': 'todo-db' });
    expect(egress.spec.egress[0]).toMatchObject({ ports: [{ port: 443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] });
    const plugin = barmanCloud.components(oke)[0]!.ports![0]!;
    expect(plugin.clients).toContain('same-namespace');
    const inside = policies.find((p) => p.metadata.namespace === cloudnativePg.namespace && p.metadata.name === 'same-namespace-ingress');
    expect(inside.spec).toMatchObject({ podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': cloudnativePg.namespace } } }] }] });
  });
});

describe('bad backup settings are refused, naming the field, before anything is written', () => {
  const withBackup = (patch: Record<string, unknown>) => {
    const input: any = environmentInput('oke');
    input.database.backup = { ...input.database.backup, ...patch };
    return input;
  };

  it('a five-field cron', () => {
    expect(configProblems(() => loadEnvironments([withBackup({ schedule: '0 3 * * *' })])).join('\n')).toMatch(/database\.backup\.schedule: must be a daily six-field cron/);
  });

  it('a recovery window the bucket’s lifecycle rule would cut short', () => {
    const problems = configProblems(() => loadEnvironments([withBackup({ retentionDays: 28 })])).join('\n');
    expect(problems).toMatch(/database\.backup\.retentionDays: a 28-day recovery window needs objects up to 29 days old, but the bucket deletes objects after 30 days/);
  });

  it('an archive larger than the Object Storage it may use', () => {
    expect(configProblems(() => loadEnvironments([withBackup({ expected: { baseBackupGb: 1, walGbPerDay: 2 } })])).join('\n')).toMatch(/database\.backup\.retentionDays: the archive would reach 28 GB .* more than the 19 GB/);
  });

  it('leaves dist/ untouched', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'durability-'));
    expect(() => synthesize(out, [environmentInput('local'), withBackup({ retentionDays: 28 })])).toThrow(/retentionDays/);
    expect(fs.readdirSync(out)).toEqual([]);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
