#!/usr/bin/env node
/**
 * `npm test [-- <jest args>]`: jest, then the type check and the drift check.
 *
 * Why this order: jest keeps both cores busy with its workers; the type check and the drift check
 * are one process each, so they run side by side afterwards instead of one after the other. Their
 * output is printed whole, in a fixed order, once both have finished. Exits with the first
 * non-zero status. What `npm run validate` checks (every committed object and every stack against
 * its schema) runs inside jest (test/validation/kubernetes-schema.test.ts, test/oci/stacks.test.ts).
 */
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jest = spawnSync(path.join(root, 'node_modules', '.bin', 'jest'), process.argv.slice(2), { cwd: root, stdio: 'inherit' });

/** Runs a command with its output captured, resolving to its status and output. */
function captured(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(['stdout', d]));
    child.stderr.on('data', (d) => out.push(['stderr', d]));
    child.on('error', (err) => resolve({ status: 1, out: [['stderr', Buffer.from(`${command}: ${err.message}\n`)]] }));
    child.on('close', (status) => resolve({ status: status ?? 1, out }));
  });
}

const after = await Promise.all([
  captured(process.execPath, [path.join(root, 'scripts', 'typecheck.mjs')]),
  captured(process.execPath, [path.join(root, 'scripts', 'run-bundled.mjs'), 'test/drift.ts']),
]);
for (const { out } of after) for (const [stream, data] of out) process[stream].write(data);
if (after[0].status !== 0) console.error('typecheck: failed (npm run typecheck)');
process.exit([jest.status ?? 1, ...after.map((r) => r.status)].find((s) => s !== 0) ?? 0);
