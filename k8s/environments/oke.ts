import type { EnvironmentInput } from '../config/environment';

/** Oracle Kubernetes Engine on the Always Free tier (4 OCPU / 24 GB Ampere A1). */
export const oke: EnvironmentInput = {
  name: 'oke',
  description: 'Oracle Kubernetes Engine on the Always Free tier',
  cluster: { distribution: 'oke' },
};
