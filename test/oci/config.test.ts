import { loadOciConfig, usesPlaceholders } from '../../infra-oci/config/oci-config';
import { configProblems as problems } from '../helpers';
import { offlineConfig } from './helpers';

describe('OCI configuration', () => {
  it('works offline with placeholders that are clearly marked', () => {
    const config = offlineConfig();
    expect(usesPlaceholders(config)).toBe(true);
    expect(config.compartmentOcid).toContain('placeholder');
  });

  it('takes identifiers and any other field from PLATFORM_* environment variables', () => {
    const config = loadOciConfig({
      PLATFORM_OCI_REGION: 'uk-london-1',
      PLATFORM_OCI_TENANCY_OCID: 'ocid1.tenancy.oc1..aaaaexample',
      PLATFORM_OCI_COMPARTMENT_OCID: 'ocid1.compartment.oc1..aaaaexample',
      PLATFORM_OCI_CLUSTER_API_ENDPOINT_ALLOWED_CIDRS: '198.51.100.7/32, 192.0.2.0/28',
      PLATFORM_OCI_STATE_NAMESPACE: 'axaxnpcrorw5',
      PLATFORM_OCI_NODE_POOL_OCPUS_PER_NODE: '1',
      PLATFORM_OCI_BUDGET_ALERT_EMAIL: 'ops@example.net',
      UNRELATED: 'ignored',
    });
    expect(config).toMatchObject({
      region: 'uk-london-1',
      nodePool: { nodeCount: 1, ocpusPerNode: 1 },
      cluster: { apiEndpoint: { allowedCidrs: ['198.51.100.7/32', '192.0.2.0/28'] } },
      state: { namespace: 'axaxnpcrorw5' },
    });
    expect(usesPlaceholders(config)).toBe(false);
  });

  it('names an override variable that matches no field', () => {
    expect(problems(() => loadOciConfig({ PLATFORM_OCI_NODEPOOL_COUNT: '2' }))).toEqual(['PLATFORM_OCI_NODEPOOL_COUNT: no such field — the variables are listed in docs/configuration.md']);
  });

  it('names the field of a malformed OCID, region or CIDR', () => {
    expect(problems(() => offlineConfig({ compartmentOcid: 'compartment-123' }))).toEqual([
      'oci.compartmentOcid: must be a compartment OCID (ocid1.compartment.oc1..…); copy it from the OCI console',
    ]);
    expect(problems(() => offlineConfig({ region: 'Frankfurt' }))).toEqual(['oci.region: must be an OCI region identifier such as eu-frankfurt-1']);
    expect(problems(() => offlineConfig({ network: { vcnCidr: '10.0.1.0/16' } }))).toEqual([
      'oci.network.vcnCidr: "10.0.1.0/16" is not a network address; did you mean 10.0.0.0/16? — use a network address such as 10.0.0.0/16',
    ]);
  });

  it('checks that subnets sit inside the VCN and that no ranges overlap', () => {
    expect(problems(() => offlineConfig({ network: { vcnCidr: '10.20.0.0/16' } }))).toEqual([
      'oci.network.endpointSubnetCidr: 10.0.0.0/28 is outside the VCN 10.20.0.0/16 — pick a range inside it',
      'oci.network.workerSubnetCidr: 10.0.16.0/20 is outside the VCN 10.20.0.0/16 — pick a range inside it',
      'oci.network.loadBalancerSubnetCidr: 10.0.32.0/24 is outside the VCN 10.20.0.0/16 — pick a range inside it',
      'oci.network.bastionSubnetCidr: 10.0.0.16/28 is outside the VCN 10.20.0.0/16 — pick a range inside it',
    ]);
    expect(problems(() => offlineConfig({ network: { loadBalancerSubnetCidr: '10.0.16.0/24' } }))).toEqual([
      'oci.network.loadBalancerSubnetCidr: 10.0.16.0/24 overlaps network.workerSubnetCidr (10.0.16.0/20) — ranges must be disjoint',
    ]);
    expect(problems(() => offlineConfig({ network: { podsCidr: '10.0.128.0/17' } }))).toEqual([
      'oci.network.podsCidr: 10.0.128.0/17 overlaps the VCN 10.0.0.0/16 — pod and service ranges must be outside it',
    ]);
  });

  it('refuses the documentation API allow-list and the placeholder budget e-mail once real OCIDs are set', () => {
    const real = { tenancyOcid: 'ocid1.tenancy.oc1..aaaaexample', compartmentOcid: 'ocid1.compartment.oc1..aaaaexample' };
    expect(problems(() => offlineConfig(real))).toEqual([
      'oci.cluster.apiEndpoint.allowedCidrs: still the documentation placeholder 203.0.113.0/24 — set your own address (e.g. "$(curl -s ifconfig.me)/32") or PLATFORM_OCI_CLUSTER_API_ENDPOINT_ALLOWED_CIDRS',
      'oci.budget.alertEmail: still the placeholder budget-alerts-placeholder@example.org — set the address budget alerts go to (oci.budget.alertEmail or PLATFORM_OCI_BUDGET_ALERT_EMAIL)',
    ]);
  });

  // Defect 9: Terraform's oci backend rejects "." in bucket names (util.go:121-130@v1.12.2).
  it('accepts only bucket names the Terraform oci backend accepts', () => {
    expect(problems(() => offlineConfig({ state: { bucketName: 'my.state' } }))).toEqual([
      'oci.state.bucketName: letters, digits, "_" and "-" only: Terraform\'s oci backend rejects anything else (no ".")',
    ]);
    expect(problems(() => offlineConfig({ backup: { bucketName: 'pg backups' } }))[0]).toMatch(/^oci\.backup\.bucketName: letters, digits/);
    expect(offlineConfig({ state: { bucketName: 'Tf_state-1' } }).state.bucketName).toBe('Tf_state-1');
  });

  // Defect 2: CI must never silently fall back to (thrown-away) local state.
  it('refuses to run without remote state where remote state is required (CI)', () => {
    expect(problems(() => loadOciConfig({ PLATFORM_OCI_STATE_REQUIRE_REMOTE: 'true' }))).toEqual([
      'oci.state.namespace: required because state.requireRemote is true (CI must never fall back to local state) — set PLATFORM_OCI_STATE_NAMESPACE to the output of `oci os ns get` once the state stack was applied and migrated (docs/oci-deploy.md)',
    ]);
    // An empty variable is "not given", not "no namespace": the same refusal.
    expect(problems(() => loadOciConfig({ PLATFORM_OCI_STATE_REQUIRE_REMOTE: 'true', PLATFORM_OCI_STATE_NAMESPACE: '' }))).toHaveLength(1);
    expect(loadOciConfig({ PLATFORM_OCI_STATE_REQUIRE_REMOTE: 'true', PLATFORM_OCI_STATE_NAMESPACE: 'axaxnpcrorw5' }).state.namespace).toBe('axaxnpcrorw5');
  });

  // Defect 4: OKE cycles nodes in place on ENHANCED clusters only.
  it('refuses node cycling on a BASIC cluster', () => {
    expect(problems(() => offlineConfig({ nodePool: { nodeCycling: true } }))).toEqual([
      'oci.nodePool.nodeCycling: OKE cycles nodes in place on ENHANCED clusters only, and this one is BASIC_CLUSTER — set nodePool.nodeCycling to false',
    ]);
  });

  it('names the field of an impossible availability domain, fault domain or eviction grace period', () => {
    expect(problems(() => offlineConfig({ nodePool: { availabilityDomain: 0, faultDomains: ['FD-1'], evictionGraceDuration: 'PT90M' } }))).toEqual([
      'oci.nodePool.availabilityDomain: availability domains are numbered from 1',
      'oci.nodePool.faultDomains.0: must be one of FAULT-DOMAIN-1, FAULT-DOMAIN-2, FAULT-DOMAIN-3',
      'oci.nodePool.evictionGraceDuration: an ISO-8601 duration between PT0M and PT60M, e.g. PT5M',
    ]);
  });

  it('rejects boot volumes below the OCI minimum and a malformed SSH key', () => {
    expect(problems(() => offlineConfig({ nodePool: { bootVolumeGb: 40, sshPublicKey: 'not-a-key' } }))).toEqual([
      'oci.nodePool.bootVolumeGb: OCI boot volumes are at least 50 GB — set 50 or more',
      'oci.nodePool.sshPublicKey: must be an OpenSSH public key line',
    ]);
  });

  it('rejects a misspelt field with a suggestion', () => {
    expect(problems(() => offlineConfig({ network: { vcnCdir: '10.0.0.0/16' } }))).toEqual([
      'oci.network.vcnCdir: unknown field — did you mean "vcnCidr"? Rename it.',
    ]);
  });
});
