import type { App } from 'cdktf';
import type { Handoff } from '../k8s/contract/handoff';
import type { OciConfig } from './config/oci-config';
import { BootstrapStack } from './stacks/bootstrap-stack';
import { ClusterStack } from './stacks/cluster-stack';
import { STACK_IDS } from './stacks/index';
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
 * Adds every OCI stack to `app`, under the ids declared in infra-oci/stacks/index.ts (the
 * folder names under cdktf.out/stacks/). cdktf deploy '*' follows the cross-stack
 * dependencies itself; CI applies in the declared order.
 */
export function buildOciStacks(app: App, config: OciConfig, handoff: Handoff): OciStacks {
  const [stateId, networkId, clusterId, registryId, bootstrapId] = STACK_IDS;
  const state = new StateStack(app, stateId, { config });
  const network = new NetworkStack(app, networkId, { config });
  const cluster = new ClusterStack(app, clusterId, { config, network });
  const registry = new RegistryStack(app, registryId, { config, images: handoff.images });
  const bootstrap = new BootstrapStack(app, bootstrapId, { config, cluster, handoff });
  return { state, network, cluster, registry, bootstrap };
}
