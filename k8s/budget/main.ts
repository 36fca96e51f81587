/**
 * `npm run budget`: CPU, memory and storage each environment asks for — workloads, Dapr
 * sidecars, Kafka, PostgreSQL, the add-ons (from the Helm values we pin) and a stated
 * system reserve — against the cluster's capacity (on oke: the Always Free 4 OCPU / 24 GB,
 * 200 GB of block storage).
 */
import { ALWAYS_FREE } from '../contract/always-free';
import { loadPlatformConfig } from '../contract/platform-config';
import { renderAll } from '../synth/synthesize';
import { budgetOf, budgetReport } from './report';

const oci = loadPlatformConfig().oci;
for (const rendered of renderAll().environments) {
  const storage =
    rendered.env.cluster.distribution === 'oke'
      ? { bootVolumeGb: oci.nodePool.bootVolumeGb, limitGb: ALWAYS_FREE.blockStorageGb, maxVolumes: ALWAYS_FREE.blockVolumes, minimumVolumeGb: ALWAYS_FREE.minimumVolumeGb }
      : undefined;
  console.log(`${budgetReport(budgetOf(rendered, storage))}\n`);
}
