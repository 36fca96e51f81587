import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError } from '../../k8s/config/errors';
import { loadOciConfig, usesPlaceholders } from '../../infra-oci/config/oci-config';
import { offlineConfig } from './helpers';

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('OCI configuration', () => {
  it('works offline with placeholders that are clearly marked', () => {
    const config = offlineConfig();
    expect(usesPlaceholders(config)).toBe(true);
    expect(config.compartmentOcid).toContain('placeholder');
  });

  it('takes real identifiers from environment variables over the config file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'oci-cfg-')), 'config.local.json');
    fs.writeFileSync(file, JSON.stringify({ region: 'us-ashburn-1', network: { vcnCidr: '10.20.0.0/16' } }));
    const config = loadOciConfig({
      file,
      env: { OCI_REGION: 'uk-london-1', OCI_TENANCY_OCID: 'ocid1.tenancy.oc1..aaaaexample', OCI_COMPARTMENT_OCID: 'ocid1.compartment.oc1..aaaaexample' },
    });
    expect(config).toMatchObject({ region: 'uk-london-1', network: { vcnCidr: '10.20.0.0/16' } });
    expect(usesPlaceholders(config)).toBe(false);
  });

  it('names the field of a malformed OCID, region or CIDR', () => {
    expect(problems(() => offlineConfig({ compartmentOcid: 'compartment-123' }))).toEqual([
      'compartmentOcid: must be a compartment OCID (ocid1.compartment.oc1..…); copy it from the OCI console',
    ]);
    expect(problems(() => offlineConfig({ region: 'Frankfurt' }))).toEqual(['region: must be an OCI region identifier such as eu-frankfurt-1']);
    expect(problems(() => offlineConfig({ network: { vcnCidr: '10.0.1.0/16' } }))).toEqual([
      'network.vcnCidr: "10.0.1.0/16" is not a network address; did you mean 10.0.0.0/16? — use a network address such as 10.0.0.0/16',
    ]);
  });

  it('rejects a misspelt field with a suggestion', () => {
    expect(problems(() => offlineConfig({ network: { vcnCdir: '10.0.0.0/16' } }))).toEqual([
      'network.vcnCdir: unknown field — did you mean "vcnCidr"? Rename it.',
    ]);
  });
});
