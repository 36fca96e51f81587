/**
 * `npm run set-image -- <environment> <app> <tag-or-digest>`: sets one image version in
 * k8s/environments/images/<environment>.json (used by the images workflow's promotion PR).
 * Validates the environment, the app and the version before writing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { APP_NAMES } from '../apps/catalog';
import { ENVIRONMENT_NAMES } from '../config/environment';

const [environment, app, version] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(`set-image: ${message}\nusage: npm run set-image -- <${ENVIRONMENT_NAMES.join('|')}> <${APP_NAMES.join('|')}> <tag|sha256:digest>`);
  process.exit(2);
};
if (!environment || !(ENVIRONMENT_NAMES as readonly string[]).includes(environment)) fail(`unknown environment "${environment ?? ''}"`);
if (!app || !(APP_NAMES as readonly string[]).includes(app)) fail(`unknown app "${app ?? ''}"`);
if (!version || !/^([A-Za-z0-9_][A-Za-z0-9._-]{0,127}|sha256:[a-f0-9]{64})$/.test(version)) fail(`"${version ?? ''}" is not an image tag or digest`);
if (environment === 'oke' && (version === 'latest' || version === 'dev')) fail('oke images must be pinned (git SHA or digest)');

const file = path.join(__dirname, '..', 'environments', 'images', `${environment}.json`);
const versions = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
const previous = versions[app!];
versions[app!] = version!;
fs.writeFileSync(file, `${JSON.stringify(versions, null, 2)}\n`);
console.log(`${environment}/${app}: ${previous} → ${version}`);
