import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { repoRoot } from '../../k8s/contract/repo-root';

const SCHEMA_DIR = path.join(repoRoot(), 'imports', 'schemas');
/**
 * Hand-written schemas, in the same form as imports/schemas/crds, for kinds whose CRD has no copy
 * in ../shared (so `npm run import` cannot generate them). Each names the upstream CRD file@tag
 * it was written from in its `$comment`; they are strictified like the generated ones.
 */
export const EXTRA_SCHEMA_DIR = path.join(repoRoot(), 'test', 'validation', 'extra-schemas');
const OBJECT_META = 'k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

type Schema = Record<string, unknown>;

/**
 * Rewrites an OpenAPI v3 schema (Kubernetes or CRD) into a JSON Schema that rejects what
 * `kubectl apply` with strict field validation rejects: unknown fields everywhere a
 * schema lists its properties, unless it says `x-kubernetes-preserve-unknown-fields`.
 */
export function strictify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictify);
  if (!node || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node as Schema)) out[k] = k === 'enum' || k === 'default' || k === 'example' ? v : strictify(v);
  if (out['x-kubernetes-int-or-string'] && !out.anyOf && !out.oneOf) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (out.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    delete out.nullable;
  }
  if (out['x-kubernetes-embedded-resource'] && out.properties) {
    out.properties = { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, ...(out.properties as Schema) };
  }
  const isObject = out.type === 'object' || out.properties !== undefined;
  if (isObject && out.properties && out.additionalProperties === undefined && !out['x-kubernetes-preserve-unknown-fields']) {
    out.additionalProperties = false;
  }
  return out;
}

/**
 * CRD patterns are Go (RE2) regular expressions. JavaScript lacks RE2's inline flags, so a
 * leading `(?i)` becomes the `i` flag; anything else JavaScript cannot parse is not checked.
 */
export const goRegExp = Object.assign(
  (pattern: string, flags: string): RegExp => {
    const inline = /^(\^?)\(\?i\)/.exec(pattern);
    const source = inline ? inline[1] + pattern.slice(inline[0].length) : pattern;
    try {
      return new RegExp(source, inline ? `${flags}i` : flags);
    } catch {
      return new RegExp('', flags);
    }
  },
  { code: 'goRegExp' },
);

interface CrdFile {
  group: string;
  kind: string;
  scope: 'Namespaced' | 'Cluster';
  versions: Record<string, { served: boolean; schema: Schema }>;
}

/** Core kinds that are cluster-scoped; everything else in the core schema is namespaced. */
const CLUSTER_SCOPED_CORE_KINDS = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'StorageClass', 'CSIDriver', 'CSINode',
  'CustomResourceDefinition', 'PriorityClass', 'RuntimeClass', 'IngressClass', 'APIService', 'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'VolumeAttachment',
  'CertificateSigningRequest', 'FlowSchema', 'PriorityLevelConfiguration', 'ComponentStatus', 'SelfSubjectReview',
]);

interface KindEntry {
  readonly scope: 'Namespaced' | 'Cluster';
  readonly schema: Schema;
  validate?: ValidateFunction;
}

export interface ObjectLike {
  readonly apiVersion?: unknown;
  readonly kind?: unknown;
  readonly metadata?: { readonly name?: unknown; readonly namespace?: unknown; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

function describe(o: ObjectLike): string {
  const ns = typeof o.metadata?.namespace === 'string' ? `${o.metadata.namespace}/` : '';
  return `${String(o.apiVersion)}/${String(o.kind)} ${ns}${String(o.metadata?.name ?? '<unnamed>')}`;
}

function formatError(e: ErrorObject): string {
  const at = e.instancePath || '(root)';
  if (e.keyword === 'additionalProperties') return `${at}: unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`;
  if (e.keyword === 'required') return `${at}: missing required field "${(e.params as { missingProperty: string }).missingProperty}"`;
  if (e.keyword === 'enum') return `${at}: must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
  return `${at}: ${e.message}`;
}

/**
 * Validates rendered objects against the Kubernetes 1.28 schema and the imported CRD
 * schemas, strictly. An apiVersion/kind without a schema is an error, as is a namespaced
 * object without a namespace (Argo CD and kustomize need it explicit).
 */
export class KubernetesSchemaValidator {
  private readonly ajv: Ajv;
  private readonly kinds = new Map<string, KindEntry>();

  constructor(schemaDir: string = SCHEMA_DIR, extraSchemaDir: string = EXTRA_SCHEMA_DIR) {
    // No code optimisation: it halves compile time, and each validator runs over a few hundred objects only.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, code: { regExp: goRegExp, optimize: false } });
    const core = JSON.parse(fs.readFileSync(path.join(schemaDir, 'k8s-v1.28.0.json'), 'utf8')) as { definitions: Record<string, Schema> };
    const definitions = strictify(core.definitions) as Record<string, Schema>;
    this.ajv.addSchema({ $id: 'k8s', definitions });
    for (const [name, def] of Object.entries(definitions)) {
      for (const gvk of (def['x-kubernetes-group-version-kind'] as Array<{ group: string; version: string; kind: string }> | undefined) ?? []) {
        const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
        this.kinds.set(`${apiVersion}|${gvk.kind}`, {
          scope: CLUSTER_SCOPED_CORE_KINDS.has(gvk.kind) ? 'Cluster' : 'Namespaced',
          schema: { $ref: `k8s#/definitions/${name}` },
        });
      }
    }
    const crdFiles = [path.join(schemaDir, 'crds'), extraSchemaDir].flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)) : []));
    for (const file of crdFiles) {
      const crd = JSON.parse(fs.readFileSync(file, 'utf8')) as CrdFile;
      if (this.kinds.has(`${crd.group}/${Object.keys(crd.versions)[0]}|${crd.kind}`)) throw new Error(`${file}: ${crd.group}/${crd.kind} has a schema already — remove the hand-written one`);
      for (const [version, v] of Object.entries(crd.versions)) {
        if (!v.served) continue;
        const schema = strictify(v.schema) as Schema;
        schema.properties = { ...(schema.properties as Schema), apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { $ref: OBJECT_META } };
        schema.additionalProperties = false;
        this.kinds.set(`${crd.group}/${version}|${crd.kind}`, { scope: crd.scope, schema });
      }
    }
  }

  /** Returns one line per problem, each prefixed with the object's identity; empty when valid. */
  public validate(object: ObjectLike): string[] {
    const id = describe(object);
    if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') return [`${id}: apiVersion and kind are required`];
    const entry = this.kinds.get(`${object.apiVersion}|${object.kind}`);
    if (!entry) {
      return [`${id}: no schema for apiVersion "${object.apiVersion}" kind "${object.kind}" — add its CRD to cdk8s.yaml and run npm run import, or fix the apiVersion`];
    }
    entry.validate ??= this.ajv.compile(entry.schema);
    const problems: string[] = [];
    if (!entry.validate(object)) {
      for (const line of new Set((entry.validate.errors ?? []).map(formatError))) problems.push(`${id}: ${line}`);
    }
    const namespaced = entry.scope === 'Namespaced';
    const hasNamespace = typeof object.metadata?.namespace === 'string' && object.metadata.namespace !== '';
    if (namespaced && !hasNamespace) problems.push(`${id}: namespaced kind without metadata.namespace — set it explicitly`);
    if (!namespaced && object.metadata?.namespace !== undefined) problems.push(`${id}: cluster-scoped kind must not set metadata.namespace`);
    return problems;
  }
}
