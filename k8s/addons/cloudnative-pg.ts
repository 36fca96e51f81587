import { type Addon, type AddonComponent, kube, res, resourcesOf } from './types';

const COMPONENTS: AddonComponent[] = [{ name: 'operator', replicas: 1, containers: [{ name: 'manager', resources: res('25m', '96Mi', '250m', '256Mi') }] }];

/** CloudNativePG operator 1.30.0 (chart 0.29.0); the database is dist/<env>/database.yaml. */
export const cloudnativePg: Addon = {
  name: 'cloudnative-pg',
  namespace: 'cnpg-system',
  chart: { repoURL: 'https://cloudnative-pg.github.io/charts', chart: 'cloudnative-pg', version: '0.29.0' },
  syncWave: 1,
  enabled: (env) => env.database.provider === 'cloudnative-pg',
  components: () => COMPONENTS,
  values: () => ({ resources: kube(resourcesOf(COMPONENTS, 'operator')) }),
};
