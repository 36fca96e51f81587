import { deepMerge } from '../../k8s/contract/merge';
import { type OciConfig, usesPlaceholders } from '../../k8s/contract/oci-settings';
import { loadPlatformConfig, type PlatformConfigInput } from '../../k8s/contract/platform-config';
import committed from '../../k8s/contract/platform.json';

export type { OciConfig };
export { usesPlaceholders };

/**
 * The OCI settings the stacks are built from: the `oci` section of the committed platform
 * configuration, overridden field by field by PLATFORM_* environment variables (which is
 * how the identifiers — tenancy, compartment, state namespace — are given, locally and in CI).
 */
export function loadOciConfig(env: Readonly<Record<string, string | undefined>> = process.env): OciConfig {
  return loadPlatformConfig({ env }).oci;
}

/**
 * The offline configuration: the committed file with placeholder identifiers, whoever runs
 * it (docs, validation and tests use it so their output does not depend on the caller's
 * environment). `overrides` are merged into the `oci` section.
 */
export function offlineOciConfig(overrides?: Record<string, unknown>): OciConfig {
  const input = overrides ? deepMerge(committed as PlatformConfigInput as Record<string, unknown>, { oci: overrides }) : committed;
  return loadPlatformConfig({ input }).oci;
}
