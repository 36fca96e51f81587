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
    ]);
    expect(problems(() => offlineConfig({ network: { loadBalancerSubnetCidr: '10.0.16.0/24' } }))).toEqual([
      'oci.network.loadBalancerSubnetCidr: 10.0.16.0/24 overlaps network.workerSubnetCidr (10.0.16.0/20) — ranges must be disjoint',
    ]);
    expect(problems(() => offlineConfig({ network: { podsCidr: '10.0.128.0/17' } }))).toEqual([
      'oci.network.podsCidr: 10.0.128.0/17 overlaps the VCN 10.0.0.0/16 — pod and service ranges must be outside it',
    ]);
  });

  it('refuses the documentation placeholder as API allow-list once real OCIDs are set', () => {
    const real = { tenancyOcid: 'ocid1.tenancy.oc1..aaaaexample', compartmentOcid: 'ocid1.compartment.oc1..aaaaexample' };
    expect(problems(() => offlineConfig(real))).toEqual([
      'cluster.apiEndpoint.allowedCidrs: still the documentation placeholder 203.0.113.0/24 — set your own address (e.g. "$(curl -s ifconfig.me)/32") or OCI_API_ALLOWED_CIDRS',
    ]);
  });

  it('rejects boot volumes below the OCI minimum and a malformed SSH key', () => {
    expect(problems(() => offlineConfig({ nodePool: { bootVolumeGb: 40, sshPublicKey: 'not-a-key' } }))).toEqual([
      'nodePool.bootVolumeGb: OCI boot volumes are at least 50 GB — set 50 or more',
      'nodePool.sshPublicKey: must be an OpenSSH public key line',
    ]);
  });

  it('rejects a misspelt field with a suggestion', () => {
    expect(problems(() => offlineConfig({ network: { vcnCdir: '10.0.0.0/16' } }))).toEqual([
      'oci.network.vcnCdir: unknown field — did you mean "vcnCidr"? Rename it.',
    ]);
  });
});
