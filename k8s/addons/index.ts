import type { Environment } from '../config/environment';
import { argoCd } from './argo-cd';
import { barmanCloud } from './barman-cloud';
import { certManager } from './cert-manager';
import { cloudnativePg } from './cloudnative-pg';
import { dapr } from './dapr';
import { envoyGateway } from './envoy-gateway';
import { keda } from './keda';
import { metricsServer } from './metrics-server';
import { alloy, loki } from './logging';
import { monitoring } from './monitoring';
import { strimzi } from './strimzi';
import type { Addon } from './types';

/** Every platform add-on, in sync-wave order. */
export const ADDONS: readonly Addon[] = [argoCd, monitoring, metricsServer, envoyGateway, certManager, dapr, strimzi, keda, cloudnativePg, barmanCloud, loki, alloy];

/** The add-ons an environment installs. */
export function addonsOf(env: Environment): Addon[] {
  return ADDONS.filter((a) => a.enabled(env));
}
