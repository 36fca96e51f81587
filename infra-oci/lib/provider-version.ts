import cdktfJson from '../../cdktf.json';

/**
 * The oracle/oci version constraint, read from cdktf.json (`oracle/oci@~> 7.1`) so the
 * bindings in imports/oci and the provider Terraform downloads cannot disagree.
 */
export function ociProviderConstraint(): string {
  const entry = cdktfJson.terraformProviders.find((p) => p.startsWith('oracle/oci@'));
  if (!entry) throw new Error('cdktf.json: terraformProviders must declare "oracle/oci@<constraint>"');
  return entry.slice('oracle/oci@'.length).trim();
}
