import { App } from 'cdktf';
import type { OciConfig } from './config/oci-config';
import { NetworkStack } from './stacks/network-stack';

export interface OciStacks {
  readonly network: NetworkStack;
}

/** Adds every OCI stack to `app`; stack ids are the folder names under cdktf.out/stacks/. */
export function buildOciStacks(app: App, config: OciConfig): OciStacks {
  const network = new NetworkStack(app, 'network', { config });
  return { network };
}
