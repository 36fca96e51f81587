import type { App } from 'cdktf';
import type { Handoff } from '../k8s/contract/handoff';
import type { OciConfig } from './config/oci-config';
import { BootstrapStack } from './stacks/bootstrap-stack';
import { ClusterStack } from './stacks/cluster-stack';
import { NetworkStack } from './stacks/network-stack';
import { RegistryStack } from './stacks/registry-stack';
import { StateStack } from './stacks/state-stack';

export interface OciStacks {
  readonly state: StateStack;
  readonly network: NetworkStack;
  readonly cluster: ClusterStack;
  readonly registry: RegistryStack;
  readonly bootstrap: BootstrapStack;
}

/**
 * Adds every OCI stack to `app`. Stack ids are the folder names under cdktf.out/stacks/;
 * apply order: state → network → cluster, registry → bootstrap (cdktf deploy '*' follows
 * the cross-stack dependencies itself).
 */
export function buildOciStacks(app: App, config: OciConfig, handoff: Handoff): OciStacks {
  const state = new StateStack(app, 'state', { config });
  const network = new NetworkStack(app, 'network', { config });
  const cluster = new ClusterStack(app, 'cluster', { config, network });
  const registry = new RegistryStack(app, 'registry', { config });
  const bootstrap = new BootstrapStack(app, 'bootstrap', { config, cluster, handoff });
  return { state, network, cluster, registry, bootstrap };
}
