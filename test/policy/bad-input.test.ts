import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AlwaysFreeError } from '../../infra-oci/always-free/budget';
import { synthesizeOci } from '../../infra-oci/synthesize';
import { synthesize } from '../../k8s/synth/synthesize';
import { readOutputTree } from '../../k8s/synth/write';
import { offlineConfig, okeHandoff } from '../oci/helpers';
import { environmentInput } from '../../k8s/environments';
import { tempDirForFile, withTempDir } from '../temp';
const local = environmentInput('local');
const oke = environmentInput('oke');

/** A dist/ written from the good configuration, to prove failed synths leave it alone. */
const dist = tempDirForFile('bad-input-');
synthesize(dist);
const good = readOutputTree(dist);

function k8sFailure(mutate: (env: any) => unknown): string {
  const env = JSON.parse(JSON.stringify(oke));
  mutate(env);
  try {
    synthesize(dist, [local, env]);
  } catch (err) {
    expect(readOutputTree(dist)).toEqual(good);
    return (err as Error).message;
  }
  throw new Error('expected the synth to fail');
}

function ociFailure(overrides: Record<string, unknown>): string {
  return withTempDir('bad-oci-', (dir) => {
    const outdir = path.join(dir, 'cdktf.out');
    try {
      synthesizeOci(offlineConfig(overrides), outdir, okeHandoff());
    } catch (err) {
      expect(fs.existsSync(outdir)).toBe(false);
      return (err as Error).message;
    }
    throw new Error('expected the OCI synth to fail');
  });
}

describe('bad input fails before anything is written, naming the field and the fix', () => {
  it.each<[string, () => string, RegExp]>([
    ['a typo in a field name', () => k8sFailure((e) => { e.edge.acmeEmial = e.edge.acmeEmail; }), /edge\.acmeEmial: unknown field — did you mean "acmeEmail"\? Rename it\./],
    ['an unknown Kafka backend', () => k8sFailure((e) => { e.kafka.backend = 'kinesis'; }), /kafka(\.backend)?: kafka\.backend must be "strimzi" \(in-cluster\) or "sasl"/],
    ['a SCRAM-… SASL mechanism', () => k8sFailure((e) => { e.kafka = { backend: 'sasl', brokers: ['k:9092'], saslMechanism: 'SCRAM-SHA-512' }; }), /kafka\.saslMechanism: must be "SHA-256" or "SHA-512"/],
    ['more replicas than partitions', () => k8sFailure((e) => { e.workloads.audit.replicas.max = 3; }), /workloads\.audit\.replicas\.max: 3 exceeds the 1 partition\(s\) of topic "reminders"/],
    ['an unpinned image on oke', () => k8sFailure((e) => { e.images.versions.frontend = 'latest'; }), /images\.versions\.frontend: "latest" is not a release/],
    ['replicas below one', () => k8sFailure((e) => { e.workloads.backend.replicas.min = 0; }), /workloads\.backend\.replicas\.min: must be at least 1/],
    ['a malformed resource quantity', () => k8sFailure((e) => { e.workloads.backend.resources.memoryLimit = '512MB'; }), /workloads\.backend\.resources\.memoryLimit: must be a Kubernetes quantity/],
    ['a Let’s Encrypt issuer without e-mail', () => k8sFailure((e) => { delete e.edge.acmeEmail; }), /edge\.acmeEmail: required with the letsencrypt-production issuer/],
    ['an unknown database provider', () => k8sFailure((e) => { e.database = { provider: 'autonomous-db' }; }), /database\.provider must be "cloudnative-pg"/],
    ['an impossible CIDR', () => ociFailure({ network: { workerSubnetCidr: '10.0.16.7/20' } }), /network\.workerSubnetCidr: "10\.0\.16\.7\/20" is not a network address; did you mean 10\.0\.16\.0\/20\?/],
    ['a subnet outside the VCN', () => ociFailure({ network: { loadBalancerSubnetCidr: '192.168.0.0/24' } }), /network\.loadBalancerSubnetCidr: 192\.168\.0\.0\/24 is outside the VCN 10\.0\.0\.0\/16/],
    ['a non-A1 shape', () => ociFailure({ nodePool: { shape: 'VM.Standard.E4.Flex' } }), /nodePool\.shape: VM\.Standard\.E4\.Flex is not Always Free — only VM\.Standard\.A1\.Flex/],
    ['more OCPUs than the free tier', () => ociFailure({ nodePool: { ocpusPerNode: 4 } }), /A1 OCPUs: nodePool\.nodeCount × nodePool\.ocpusPerNode = 1 × 4 = 4 exceeds the Always Free 2 \(limit since 2026-06-15\)/],
    ['the old default of two 2-OCPU nodes', () => ociFailure({ nodePool: { nodeCount: 2 } }), /A1 memory: .* = 24 GB exceeds the Always Free 12 GB \(limit since 2026-06-15\)/],
    ['a bucket name the oci backend rejects', () => ociFailure({ state: { bucketName: 'todo.state' } }), /oci\.state\.bucketName: letters, digits, "_" and "-" only/],
    ['node cycling on a BASIC cluster', () => ociFailure({ nodePool: { nodeCycling: true } }), /oci\.nodePool\.nodeCycling: OKE cycles nodes in place on ENHANCED clusters only/],
  ])('%s', (_label, run, expected) => {
    expect(run()).toMatch(expected);
  });

  it('rejects a billed configuration with an AlwaysFreeError', () => {
    expect(() => synthesizeOci(offlineConfig({ cluster: { type: 'ENHANCED_CLUSTER' } }), path.join(os.tmpdir(), 'never-written'), okeHandoff())).toThrow(AlwaysFreeError);
  });
});
