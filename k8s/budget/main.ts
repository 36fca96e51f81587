/**
 * `npm run budget`: per environment, what one node allocates (capacity minus the kubelet's
 * reservations), what the cluster runs before us, and the CPU, memory and storage every pod
 * asks for — workloads, Dapr sidecars, operands, add-ons from their pinned values — against it.
 */
import { renderAll } from '../synth/synthesize';
import { budgetOf, budgetReport } from './report';

for (const rendered of renderAll().environments) console.log(`${budgetReport(budgetOf(rendered))}\n`);
