import { FIXED_LB_QUOTAS } from '../../infra-oci/guardrails/quotas';
import { TerraformSchemaValidator } from '../validation/terraform-schema';
import { offlineConfig, resourcesOf, synthStacks } from './helpers';

const remote = synthStacks(offlineConfig({ state: { namespace: 'axaxnpcrorw5' } }));
const state = synthStacks().get('state')!;
const quota = resourcesOf(state, 'oci_limits_quota')[0]!;
const AD = '${data.oci_identity_availability_domains.availability-domains.availability_domains[0].name}';

describe('Terraform state', () => {
  it('creates a private, versioned bucket that cannot be destroyed by accident, whose old versions expire', () => {
    const bucket = resourcesOf(remote.get('state')!, 'oci_objectstorage_bucket').find((b) => b.name === 'todo-chatbot-tfstate')!;
    expect(bucket).toMatchObject({ access_type: 'NoPublicAccess', versioning: 'Enabled', lifecycle: { prevent_destroy: true } });
  });

  it('keeps every stack local when no state namespace is configured (offline synth)', () => {
    for (const stack of synthStacks().values()) expect(Object.keys(stack.terraform.backend)).toEqual(['local']);
  });

  // Defect 2: the state stack moves its own state into the bucket after its first local apply.
  it('moves every stack, state included, to the native oci backend when a namespace is configured', () => {
    for (const id of ['state', 'network', 'cluster', 'registry', 'bootstrap']) {
      expect(remote.get(id)!.terraform.backend).toEqual({
        oci: { bucket: 'todo-chatbot-tfstate', namespace: 'axaxnpcrorw5', key: `${id}/terraform.tfstate`, region: 'eu-frankfurt-1', config_file_profile: 'DEFAULT' },
      });
    }
  });

  it('reads cross-stack outputs from the producing stack’s state in the same backend', () => {
    const input = remote.get('cluster')!.data.terraform_remote_state['cross-stack-reference-input-network'];
    expect(input).toMatchObject({ backend: 'oci', config: { bucket: 'todo-chatbot-tfstate', key: 'network/terraform.tfstate', namespace: 'axaxnpcrorw5' } });
    const local = synthStacks().get('cluster')!.data.terraform_remote_state['cross-stack-reference-input-network'];
    expect(local.config).toEqual({ path: '../../../terraform.network.tfstate' });
  });
});

// Must-have 13: the tenancy itself refuses what Always Free does not cover.
describe('tenancy quota', () => {
  it('is created in the root compartment and validates against the provider schema', () => {
    expect(quota).toMatchObject({ compartment_id: offlineConfig().tenancyOcid, name: 'todo-chatbot-always-free' });
    expect(new TerraformSchemaValidator().validate(state, 'state').problems).toEqual([]);
  });

  it('zeroes every compute core and memory quota, then allows exactly the free A1 in the home region and the nodes’ AD', () => {
    const s: string[] = quota.statements;
    const at = (text: string) => s.indexOf(text);
    expect(at('zero compute-core quotas in tenancy')).toBeGreaterThanOrEqual(0);
    expect(at("set compute-core quota standard-a1-core-regional-count to 2 in tenancy where request.region = 'eu-frankfurt-1'")).toBeGreaterThan(at('zero compute-core quotas in tenancy'));
    expect(at(`set compute-core quota standard-a1-core-count to 2 in tenancy where request.ad = '${AD}'`)).toBeGreaterThan(0);
    expect(at('zero compute-memory quotas in tenancy')).toBeGreaterThanOrEqual(0);
    expect(at("set compute-memory quota standard-a1-memory-regional-count to 12 in tenancy where request.region = 'eu-frankfurt-1'")).toBeGreaterThan(at('zero compute-memory quotas in tenancy'));
    // Memory is its own family: a compute-core statement about memory would be rejected.
    expect(s.filter((x) => x.includes('memory')).every((x) => x.includes('compute-memory'))).toBe(true);
  });

  it('caps block storage at 200 GB in the nodes’ AD, object storage at 20 GB, backups at 5, reserved IPs at 1', () => {
    const s: string[] = quota.statements;
    expect(s).toEqual(
      expect.arrayContaining([
        'zero block-storage quota total-storage-gb in tenancy',
        `set block-storage quota total-storage-gb to 200 in tenancy where request.ad = '${AD}'`,
        "set block-storage quota backup-count to 5 in tenancy where request.region = 'eu-frankfurt-1'",
        "set object-storage quota storage-bytes to 21474836480 in tenancy where request.region = 'eu-frankfurt-1'",
        'set vcn quota reserved-public-ip-count to 1 in tenancy',
        'zero container-engine quota virtual-node-count in tenancy',
      ]),
    );
  });

  it('refuses every fixed-shape (billed) load balancer, including the CCM’s default 100Mbps shape', () => {
    for (const q of FIXED_LB_QUOTAS) expect(quota.statements).toContain(`zero load-balancer quota ${q} in tenancy`);
    expect(quota.statements).toContain('zero load-balancer quota lb-100mbps-count in tenancy');
    // No flexible-LB or cluster-type quota exists: nothing invents one (the synth guard covers them).
    expect(quota.statements.join('\n')).not.toMatch(/flexible|enhanced/i);
  });

  it('follows the documented statement grammar', () => {
    const grammar = /^(zero [a-z-]+ (quotas|quota [a-z0-9-]+)|set [a-z-]+ quota [a-z0-9-]+ to \d+) in tenancy( where request\.(region|ad) = '[^']+')?$/;
    for (const st of quota.statements) expect([st, grammar.test(st)]).toEqual([st, true]);
  });

  it('moves with nodePool.availabilityDomain and can be turned off', () => {
    const ad3 = resourcesOf(synthStacks(offlineConfig({ nodePool: { availabilityDomain: 3 } })).get('state')!, 'oci_limits_quota')[0]!;
    expect(ad3.statements.filter((x: string) => x.includes('request.ad')).every((x: string) => x.includes('availability_domains[2]'))).toBe(true);
    expect(resourcesOf(synthStacks(offlineConfig({ tenancyQuota: false })).get('state')!, 'oci_limits_quota')).toEqual([]);
  });
});

describe('budget', () => {
  it('tracks the whole tenancy monthly and e-mails on any actual spend and on a forecast over budget', () => {
    const budget = resourcesOf(state, 'oci_budget_budget')[0]!;
    const tenancy = offlineConfig().tenancyOcid;
    expect(budget).toMatchObject({ compartment_id: tenancy, target_type: 'COMPARTMENT', targets: [tenancy], reset_period: 'MONTHLY', amount: 1 });
    const rules = resourcesOf(state, 'oci_budget_alert_rule');
    expect(rules.map((r) => [r.type, r.threshold_type, r.threshold]).sort()).toEqual([
      ['ACTUAL', 'PERCENTAGE', 1],
      ['FORECAST', 'PERCENTAGE', 100],
    ]);
    expect(rules.every((r) => r.recipients === offlineConfig().budget.alertEmail && r.budget_id.includes('oci_budget_budget'))).toBe(true);
    const mail = resourcesOf(synthStacks(offlineConfig({ budget: { alertEmail: 'ops@example.net' } })).get('state')!, 'oci_budget_alert_rule');
    expect(mail.every((r) => r.recipients === 'ops@example.net')).toBe(true);
  });
});

// Issue 16 item 2: backups in Object Storage, bounded to the free 20 GB.
describe('PostgreSQL backup bucket', () => {
  const buckets = resourcesOf(state, 'oci_objectstorage_bucket');
  const backup = buckets.find((b) => b.name === 'todo-chatbot-pg-backups')!;
  const policies = resourcesOf(state, 'oci_objectstorage_object_lifecycle_policy');
  const policyOf = (bucketKey: string) => policies.find((p) => p.bucket.includes(bucketKey))!;

  it('is private and versioned, and survives a teardown of the cluster (it lives in the state stack)', () => {
    expect(backup).toMatchObject({ access_type: 'NoPublicAccess', versioning: 'Enabled', storage_tier: 'Standard' });
  });

  it('expires backups, overwritten versions and stale uploads', () => {
    const rules = policyOf('backup-bucket').rules.map((r: any) => [r.target, r.action, r.time_amount, r.time_unit, r.is_enabled]);
    expect(rules).toEqual([
      ['objects', 'DELETE', '30', 'DAYS', true],
      ['previous-object-versions', 'DELETE', '1', 'DAYS', true],
      ['multipart-uploads', 'ABORT', '1', 'DAYS', true],
    ]);
    expect(policyOf('state-bucket').rules.map((r: any) => r.target)).toEqual(['previous-object-versions', 'multipart-uploads']);
  });

  it('grants Object Storage the right to apply the lifecycle policies first, for these two buckets only', () => {
    const grant = resourcesOf(state, 'oci_identity_policy')[0]!;
    expect(grant.statements).toEqual([
      "Allow service objectstorage-eu-frankfurt-1 to manage object-family in tenancy where any {target.bucket.name='todo-chatbot-tfstate', target.bucket.name='todo-chatbot-pg-backups'}",
    ]);
    for (const p of policies) expect(p.depends_on).toEqual([expect.stringMatching(/^oci_identity_policy\./)]);
    const inCompartment = resourcesOf(synthStacks(offlineConfig({ compartmentOcid: 'ocid1.compartment.oc1..aaaaexample' })).get('state')!, 'oci_identity_policy')[0]!;
    expect(inCompartment.statements[0]).toContain('in compartment id ocid1.compartment.oc1..aaaaexample where');
  });

  it('outputs the bucket, its S3-compatible endpoint and region', () => {
    expect(state.output.backup_bucket.value).toMatch(/^\$\{oci_objectstorage_bucket\.backup-bucket_[0-9A-F]+\.name\}$/);
    expect(state.output.backup_s3_endpoint.value).toBe('https://${data.oci_objectstorage_namespace.namespace.namespace}.compat.objectstorage.eu-frankfurt-1.oraclecloud.com');
    expect(state.output.backup_region.value).toBe('eu-frankfurt-1');
  });
});
