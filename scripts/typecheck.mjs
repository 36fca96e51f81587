#!/usr/bin/env node
/**
 * `npm run typecheck`: `tsc -b` over tsconfig.json, whose build info (node_modules/.cache/tsc)
 * lets an unchanged tree pass in under a second and a changed one re-check only what changed.
 *
 * Why the guard: tsc's up-to-date check compares the project's own files with the build info and
 * ignores node_modules, so after `npm install` of a new dependency version it would skip a check
 * the new typings might fail. npm rewrites node_modules/.package-lock.json on every install: when it
 * is newer than the build info, the build info goes.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildInfo = path.join(root, 'node_modules', '.cache', 'tsc', 'tsbuildinfo');
const mtime = (f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);
const installed = Math.max(mtime(path.join(root, 'node_modules', '.package-lock.json')), mtime(path.join(root, 'package-lock.json')));
if (installed === 0 || installed > mtime(buildInfo)) fs.rmSync(buildInfo, { force: true });

const tsc = spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-b', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
process.exit(tsc.status ?? 1);
