/**
 * `npm run import`: regenerates everything under imports/ from the reference data in
 * ../shared (or SHARED_DIR), offline and deterministically. Nothing else reads ../shared.
 *
 *   imports/k8s/*.ts              typed cdk8s constructs for the CRDs listed in cdk8s.yaml
 *   imports/oci/**                CDKTF bindings for the OCI types listed in imports/sources.ts
 *   imports/oci/<filtered>.json   the filtered provider schema those bindings came from
 *   imports/schemas/**            description-free JSON schemas used by the validators
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import {
  JSON_SCHEMA_FILES,
  K8S_DEFINITIONS_FILE,
  OCI_DATA_SOURCE_TYPES,
  OCI_FILTERED_SCHEMA_FILE,
  OCI_PROVIDER_ADDRESS,
  OCI_RESOURCE_TYPES,
  OCI_SCHEMA_FILE,
} from './sources';

const ROOT = path.resolve(__dirname, '..');
const SHARED = path.resolve(process.env.SHARED_DIR ?? path.join(ROOT, '..', 'shared'));
const IMPORTS = path.join(ROOT, 'imports');

export interface CrdImport {
  /** Module name given in cdk8s.yaml (`NAME:=URL`). */
  readonly name: string;
  /** Upstream URL from cdk8s.yaml. */
  readonly url: string;
  /** The byte-identical local copy under ../shared/schemas/crds. */
  readonly localPath: string;
}

/** Reads cdk8s.yaml and resolves every CRD import to its local copy in ../shared. */
export function crdImports(sharedDir = SHARED): CrdImport[] {
  const config = parseYaml(fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')) as { imports?: string[] };
  const crdRoot = path.join(sharedDir, 'schemas', 'crds');
  const localByBasename = new Map<string, string>();
  for (const project of fs.readdirSync(crdRoot).sort()) {
    for (const file of fs.readdirSync(path.join(crdRoot, project)).sort()) {
      localByBasename.set(file, path.join(crdRoot, project, file));
    }
  }
  return (config.imports ?? []).map((spec) => {
    const [name, url] = spec.split(':=');
    if (!name || !url) throw new Error(`cdk8s.yaml: import "${spec}" must have the form NAME:=URL`);
    const localPath = localByBasename.get(path.posix.basename(url));
    if (!localPath) {
      throw new Error(`cdk8s.yaml: no local copy of ${url} under ${crdRoot}; add it to ../shared or remove the import`);
    }
    return { name, url, localPath };
  });
}

/** Recursively drops `description` texts: the validators need structure only. */
export function stripDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripDescriptions);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      // A property *named* description (inside `properties`) is kept; only the doc string goes.
      if (key === 'description' && typeof child === 'string') continue;
      out[key] = stripDescriptions(child);
    }
    return out;
  }
  return value;
}

function writeJson(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
}

function resetDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

async function importCrdConstructs(imports: CrdImport[]): Promise<void> {
  // cdk8s-cli's own importer, fed local files instead of URLs: same output as `cdk8s import`.
  // Its package `exports` hide lib/, so resolve the file from the package root.
  const cliRoot = path.dirname(require.resolve('cdk8s-cli/package.json'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { importDispatch } = require(path.join(cliRoot, 'lib', 'import', 'dispatch.js'));
  const outdir = path.join(IMPORTS, 'k8s');
  resetDir(outdir);
  const specs = imports.map((i) => ({ moduleNamePrefix: i.name, source: i.localPath }));
  // The importer prints a line per CRD on both streams; failures still surface as exceptions.
  const { log, error } = console;
  console.log = console.error = () => undefined;
  try {
    await importDispatch(specs, {}, { outdir, targetLanguage: 'typescript', save: false });
  } finally {
    Object.assign(console, { log, error });
  }
}

interface CrdSchemaFile {
  group: string;
  kind: string;
  plural: string;
  scope: string;
  versions: Record<string, { served: boolean; storage: boolean; schema: unknown }>;
}

function writeCrdSchemas(imports: CrdImport[]): void {
  const outdir = path.join(IMPORTS, 'schemas', 'crds');
  resetDir(outdir);
  for (const imp of imports) {
    for (const doc of parseAllDocuments(fs.readFileSync(imp.localPath, 'utf8'))) {
      const crd = doc.toJS({ maxAliasCount: -1 });
      if (crd?.kind !== 'CustomResourceDefinition') continue;
      const out: CrdSchemaFile = {
        group: crd.spec.group,
        kind: crd.spec.names.kind,
        plural: crd.spec.names.plural,
        scope: crd.spec.scope,
        versions: {},
      };
      for (const v of crd.spec.versions) {
        out.versions[v.name] = {
          served: v.served,
          storage: v.storage,
          schema: stripDescriptions(v.schema.openAPIV3Schema),
        };
      }
      writeJson(path.join(outdir, `${out.plural}.${out.group}.json`), out);
    }
  }
}

function writeKubernetesSchema(): void {
  const defs = JSON.parse(fs.readFileSync(path.join(SHARED, 'schemas', K8S_DEFINITIONS_FILE), 'utf8'));
  writeJson(path.join(IMPORTS, 'schemas', 'k8s-v1.28.0.json'), stripDescriptions(defs));
}

function writeJsonSchemas(): void {
  for (const [target, source] of Object.entries(JSON_SCHEMA_FILES)) {
    const schema = JSON.parse(fs.readFileSync(path.join(SHARED, 'schemas', source), 'utf8'));
    writeJson(path.join(IMPORTS, 'schemas', target), schema);
  }
}

function pick<T>(all: Record<string, T>, names: readonly string[], what: string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const name of [...names].sort()) {
    const entry = all[name];
    if (!entry) throw new Error(`imports/sources.ts: ${what} "${name}" is not in ${OCI_SCHEMA_FILE}`);
    out[name] = entry;
  }
  return out;
}

async function importOciBindings(): Promise<void> {
  const full = JSON.parse(fs.readFileSync(path.join(SHARED, 'oci', OCI_SCHEMA_FILE), 'utf8'));
  const provider = full.provider_schemas[OCI_PROVIDER_ADDRESS];
  const filtered = {
    format_version: full.format_version,
    provider_schemas: {
      [OCI_PROVIDER_ADDRESS]: {
        provider: provider.provider,
        resource_schemas: pick(provider.resource_schemas, OCI_RESOURCE_TYPES, 'resource type'),
        data_source_schemas: pick(provider.data_source_schemas, OCI_DATA_SOURCE_TYPES, 'data source type'),
      },
    },
  };
  const outdir = path.join(IMPORTS, 'oci');
  resetDir(outdir);
  writeJson(path.join(outdir, OCI_FILTERED_SCHEMA_FILE), filtered);
  const { generateProviderBindingsFromSchema } = await import('@cdktf/provider-generator');
  await generateProviderBindingsFromSchema(outdir, filtered as Parameters<typeof generateProviderBindingsFromSchema>[1]);
}

async function main(): Promise<void> {
  if (!fs.existsSync(SHARED)) {
    throw new Error(`reference data not found at ${SHARED}; clone ../shared next to this repository or set SHARED_DIR`);
  }
  const imports = crdImports();
  await importCrdConstructs(imports);
  writeCrdSchemas(imports);
  writeKubernetesSchema();
  writeJsonSchemas();
  await importOciBindings();
  console.log(`imports/ regenerated: ${imports.length} CRD modules, ${OCI_RESOURCE_TYPES.length} OCI resources, ${OCI_DATA_SOURCE_TYPES.length} OCI data sources`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`npm run import failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
