import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../k8s/contract/repo-root';

const FILTERED_SCHEMA = path.join(repoRoot(), 'imports', 'oci', 'oracle-oci-7.1.0.filtered.json');

type CtyType = string | [string, CtyType] | [string, Record<string, CtyType>];

interface Attribute {
  type?: CtyType;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
}

interface BlockType {
  nesting_mode: 'single' | 'group' | 'list' | 'set' | 'map';
  min_items?: number;
  max_items?: number;
  block: Block;
}

interface Block {
  attributes?: Record<string, Attribute>;
  block_types?: Record<string, BlockType>;
}

interface ProviderSchema {
  provider: { block: Block };
  resource_schemas: Record<string, { block: Block }>;
  data_source_schemas: Record<string, { block: Block }>;
}

/** Terraform meta-arguments, valid on every resource and data source. */
const META_ARGUMENTS = new Set(['//', 'count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'connection', 'provisioner']);
/** Providers whose resources are typed by prebuilt bindings from npm (checked by tsc instead). */
export const PREBUILT_PROVIDERS = ['helm'] as const;

/** Types built into Terraform itself (no provider schema). */
const BUILT_IN_TYPES = new Set(['terraform_remote_state', 'terraform_data']);

const isToken = (v: unknown): boolean => typeof v === 'string' && v.includes('${');
const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function checkType(value: unknown, type: CtyType | undefined, at: string, out: string[]): void {
  if (type === undefined || isToken(value) || value === null) return;
  if (typeof type === 'string') {
    const ok =
      type === 'string' ? ['string', 'number', 'boolean'].includes(typeof value)
      : type === 'number' ? typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
      : type === 'bool' ? typeof value === 'boolean' || value === 'true' || value === 'false'
      : true;
    if (!ok) out.push(`${at}: expected ${type}, got ${JSON.stringify(value)}`);
    return;
  }
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) out.push(`${at}: expected a ${kind}, got ${typeof value}`);
    else value.forEach((v, i) => checkType(v, inner as CtyType, `${at}[${i}]`, out));
  } else if (kind === 'map') {
    if (!isPlainObject(value)) out.push(`${at}: expected a map, got ${typeof value}`);
    else for (const [k, v] of Object.entries(value)) checkType(v, inner as CtyType, `${at}.${k}`, out);
  } else if (kind === 'object') {
    if (!isPlainObject(value)) out.push(`${at}: expected an object, got ${typeof value}`);
  }
}

function checkBlock(value: unknown, block: Block, at: string, out: string[], topLevel: boolean): void {
  if (!isPlainObject(value)) {
    out.push(`${at}: expected a block (object), got ${Array.isArray(value) ? 'a list' : typeof value}`);
    return;
  }
  const attributes = block.attributes ?? {};
  const blockTypes = block.block_types ?? {};
  const dynamicBlocks = new Set<string>();
  for (const [key, v] of Object.entries(value)) {
    if (topLevel && META_ARGUMENTS.has(key)) continue;
    if (key === '//') continue;
    if (key === 'dynamic' && isPlainObject(v)) {
      for (const [name, dyn] of Object.entries(v)) {
        const target = blockTypes[name];
        if (!target) {
          out.push(`${at}.dynamic.${name}: unknown block`);
          continue;
        }
        dynamicBlocks.add(name);
        if (!isPlainObject(dyn) || !('for_each' in dyn) || !isPlainObject(dyn.content)) {
          out.push(`${at}.dynamic.${name}: needs for_each and a content block`);
          continue;
        }
        if (target.nesting_mode === 'single' || target.nesting_mode === 'group') out.push(`${at}.dynamic.${name}: a single block cannot be dynamic`);
        checkBlock(dyn.content, target.block, `${at}.dynamic.${name}.content`, out, false);
      }
      continue;
    }
    const attr = attributes[key];
    const nested = blockTypes[key];
    if (attr) {
      if (attr.computed && !attr.optional && !attr.required) out.push(`${at}.${key}: read-only (computed) attribute cannot be set`);
      checkType(v, attr.type, `${at}.${key}`, out);
    } else if (nested) {
      checkNested(v, nested, `${at}.${key}`, out);
    } else {
      out.push(`${at}.${key}: unknown argument or block`);
    }
  }
  for (const [key, attr] of Object.entries(attributes)) {
    if (attr.required && !(key in value)) out.push(`${at}: missing required argument "${key}"`);
  }
  for (const [key, nested] of Object.entries(blockTypes)) {
    if ((nested.min_items ?? 0) > 0 && !(key in value) && !dynamicBlocks.has(key)) out.push(`${at}: missing required block "${key}"`);
  }
}

function checkNested(value: unknown, nested: BlockType, at: string, out: string[]): void {
  if (isToken(value)) return;
  switch (nested.nesting_mode) {
    case 'single':
    case 'group':
      checkBlock(value, nested.block, at, out, false);
      return;
    case 'map':
      if (!isPlainObject(value)) out.push(`${at}: expected a map of blocks`);
      else for (const [k, v] of Object.entries(value)) checkBlock(v, nested.block, `${at}.${k}`, out, false);
      return;
    case 'list':
    case 'set': {
      // Terraform's JSON syntax accepts one block as an object or several as an array.
      const items = Array.isArray(value) ? value : [value];
      if (nested.max_items !== undefined && items.length > nested.max_items) out.push(`${at}: at most ${nested.max_items} block(s) allowed, got ${items.length}`);
      if (nested.min_items !== undefined && items.length < nested.min_items) out.push(`${at}: at least ${nested.min_items} block(s) required, got ${items.length}`);
      items.forEach((item, i) => checkBlock(item, nested.block, Array.isArray(value) ? `${at}[${i}]` : at, out, false));
    }
  }
}

export interface TerraformValidationResult {
  readonly problems: string[];
  readonly resources: number;
  readonly dataSources: number;
}

/**
 * Checks a synthesized cdk.tf.json against the (filtered) oracle/oci provider schema:
 * unknown arguments or blocks, missing required arguments, read-only attributes, wrong
 * nesting, obvious type mismatches. Types from other providers must be listed in
 * `otherProviders` (their prebuilt, typed bindings are checked by tsc instead).
 */
export class TerraformSchemaValidator {
  private readonly schema: ProviderSchema;

  constructor(
    schemaFile: string = FILTERED_SCHEMA,
    private readonly otherProviders: readonly string[] = PREBUILT_PROVIDERS,
  ) {
    const full = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    this.schema = Object.values(full.provider_schemas)[0] as ProviderSchema;
  }

  public validate(config: Record<string, unknown>, label: string): TerraformValidationResult {
    const problems: string[] = [];
    let resources = 0;
    let dataSources = 0;
    const providers = (config.provider ?? {}) as Record<string, unknown[]>;
    for (const [name, blocks] of Object.entries(providers)) {
      if (name !== 'oci') {
        if (!this.otherProviders.includes(name)) problems.push(`${label}: provider "${name}" has no schema to validate against`);
        continue;
      }
      blocks.forEach((b, i) => checkBlock(b, this.schema.provider.block, `${label}: provider.oci[${i}]`, problems, true));
    }
    const sections: Array<['resource' | 'data', Record<string, { block: Block }>]> = [
      ['resource', this.schema.resource_schemas],
      ['data', this.schema.data_source_schemas],
    ];
    for (const [section, schemas] of sections) {
      const byType = (config[section] ?? {}) as Record<string, Record<string, unknown>>;
      for (const [type, instances] of Object.entries(byType)) {
        for (const [name, body] of Object.entries(instances)) {
          const at = `${label}: ${section === 'data' ? 'data.' : ''}${type}.${name}`;
          if (section === 'resource') resources++;
          else dataSources++;
          if (BUILT_IN_TYPES.has(type) || this.otherProviders.includes(type.split('_')[0]!)) continue;
          const schema = schemas[type];
          if (!schema) {
            problems.push(`${at}: type "${type}" is not in the provider schema — add it to imports/sources.ts and run npm run import`);
            continue;
          }
          checkBlock(body, schema.block, at, problems, true);
        }
      }
    }
    return { problems, resources, dataSources };
  }
}
