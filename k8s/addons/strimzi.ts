import { APP_NAMESPACE } from '../platform/namespaces';
import { type Addon, type AddonComponent, kube, res, resourcesOf } from './types';

const COMPONENTS: AddonComponent[] = [{ name: 'cluster-operator', replicas: 1, containers: [{ name: 'strimzi-cluster-operator', resources: res('50m', '384Mi', '500m', '384Mi') }] }];

/** Strimzi 1.2.0 cluster operator; the Kafka pods themselves come from dist/<env>/kafka.yaml. */
export const strimzi: Addon = {
  name: 'strimzi',
  namespace: 'kafka',
  chart: { repoURL: 'quay.io/strimzi-helm', chart: 'strimzi-kafka-operator', version: '1.2.0' },
  syncWave: 1,
  enabled: (env) => env.kafka.backend === 'strimzi',
  components: () => COMPONENTS,
  values: () => ({
    resources: kube(resourcesOf(COMPONENTS, 'cluster-operator')),
    // KafkaUsers live in the app namespace (their Secrets must be next to the apps).
    watchNamespaces: [APP_NAMESPACE],
    watchAnyNamespace: false,
    // Operand pods satisfy the restricted Pod Security Standard.
    extraEnvs: [{ name: 'STRIMZI_POD_SECURITY_PROVIDER_CLASS', value: 'restricted' }],
    generateNetworkPolicy: true,
  }),
};
