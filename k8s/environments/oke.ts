import type { EnvironmentInput } from '../config/environment';

/** Oracle Kubernetes Engine on the Always Free tier (4 OCPU / 24 GB Ampere A1). */
export const oke: EnvironmentInput = {
  name: 'oke',
  description: 'Oracle Kubernetes Engine on the Always Free tier',
  cluster: { distribution: 'oke' },
  kafka: {
    backend: 'strimzi',
    // Every service gets its own SCRAM identity, limited by ACLs to its topics and group.
    authentication: 'scram-sha-512',
    resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '1Gi', memoryLimit: '1Gi' },
    storageLimit: '5Gi',
  },
  // 50Gi: OCI's smallest block volume, counted in the Always Free storage budget.
  database: { provider: 'cloudnative-pg', storageSize: '50Gi' },
  dapr: { logLevel: 'info', tracing: { samplingRate: '0.1' } },
};
