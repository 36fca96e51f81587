import { type InfraOutputs, loadInfraOutputs } from '../contract/infra-outputs';
import { loadPlatformConfig, type PlatformConfig } from '../contract/platform-config';

/** What an environment declaration is built from: the platform configuration and the infrastructure's outputs. */
export interface DeploymentInputs {
  readonly platform: PlatformConfig;
  /** Outputs of the applied OCI stacks (or their offline example). */
  readonly outputs: InfraOutputs;
}

/** The committed platform configuration and the `oke` outputs file. */
export function loadDeploymentInputs(): DeploymentInputs {
  return { platform: loadPlatformConfig(), outputs: loadInfraOutputs('oke') };
}
