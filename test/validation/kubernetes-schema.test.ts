import { KubernetesSchemaValidator, strictify } from '../validation/kubernetes-schema';
import * as path from 'node:path';
import { repoRoot } from '../../k8s/contract/repo-root';
import { ENVIRONMENTS, objectsOf } from '../helpers';
import { environmentDirs, readManifestDir } from '../validation/manifests';

const validator = new KubernetesSchemaValidator();

const namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'demo', labels: { a: 'b' } } };
const topic = {
  apiVersion: 'kafka.strimzi.io/v1',
  kind: 'KafkaTopic',
  metadata: { name: 'task-events', namespace: 'kafka', labels: { 'strimzi.io/cluster': 'events' } },
  spec: { partitions: 3, replicas: 1, config: { 'retention.ms': 604800000 } },
};

describe('KubernetesSchemaValidator', () => {
  it.each(ENVIRONMENTS)('accepts every object rendered for %s', (env) => {
    expect(objectsOf(env).flatMap((o) => validator.validate(o))).toEqual([]);
  });

  // What `npm run validate` checks, inside the suite: the committed files as kubectl and Argo CD
  // read them (YAML parsed back), and their kustomization. The drift check ties them to the code.
  it('accepts every committed object in dist/<environment>, each folder listed by its kustomization', () => {
    const dirs = environmentDirs(path.join(repoRoot(), 'dist'));
    expect(dirs.map((d) => path.basename(d))).toEqual([...ENVIRONMENTS].sort());
    for (const dir of dirs) {
      const manifest = readManifestDir(dir);
      expect(manifest.problems).toEqual([]);
      expect([...manifest.files.values()].flat().flatMap((o) => validator.validate(o))).toEqual([]);
    }
  });

  it('accepts valid core and custom objects', () => {
    expect(validator.validate(namespace)).toEqual([]);
    expect(validator.validate(topic)).toEqual([]);
  });

  it('rejects an unknown field in core metadata (strict field validation)', () => {
    expect(validator.validate({ ...namespace, metadata: { name: 'demo', lables: {} } })).toEqual([
      'v1/Namespace demo: /metadata: unknown field "lables"',
    ]);
  });

  it('rejects an unknown field deep inside a core spec', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'todo-app' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1', resource: {} }] } },
      },
    };
    expect(validator.validate(deployment)).toEqual(['apps/v1/Deployment todo-app/web: /spec/template/spec/containers/0: unknown field "resource"']);
  });

  it('rejects a missing required field and a wrong type', () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'x' }, spec: { ports: [{ port: 'http' }] } };
    expect(validator.validate(svc)).toEqual(['v1/Service x/s: /spec/ports/0/port: must be integer']);
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'x' }, spec: { containers: [{ image: 'busybox:1' }] } };
    expect(validator.validate(pod)).toEqual(['v1/Pod x/p: /spec/containers/0: missing required field "name"']);
  });

  it('rejects an unknown field in a custom resource and in its metadata', () => {
    expect(validator.validate({ ...topic, spec: { ...topic.spec, partitons: 3 } })).toEqual([
      'kafka.strimzi.io/v1/KafkaTopic kafka/task-events: /spec: unknown field "partitons"',
    ]);
    expect(validator.validate({ ...topic, metadata: { ...topic.metadata, annotation: {} } })).toEqual([
      'kafka.strimzi.io/v1/KafkaTopic kafka/task-events: /metadata: unknown field "annotation"',
    ]);
  });

  it('rejects an apiVersion/kind without a schema, e.g. a removed API version', () => {
    expect(validator.validate({ ...topic, apiVersion: 'kafka.strimzi.io/v1beta2' })[0]).toMatch(/no schema for apiVersion "kafka.strimzi.io\/v1beta2"/);
    expect(validator.validate({ apiVersion: 'dapr.io/v1alpha1', kind: 'Scheduler', metadata: { name: 'x', namespace: 'y' } })[0]).toMatch(/no schema/);
  });

  it('checks namespaces against the kind scope', () => {
    expect(validator.validate({ ...topic, metadata: { name: 't' } })).toEqual([
      'kafka.strimzi.io/v1/KafkaTopic t: namespaced kind without metadata.namespace — set it explicitly',
    ]);
    expect(validator.validate({ ...namespace, metadata: { name: 'n', namespace: 'x' } })).toEqual([
      'v1/Namespace x/n: cluster-scoped kind must not set metadata.namespace',
    ]);
  });
});

describe('strictify', () => {
  it('closes objects that list properties, but not those that preserve unknown fields', () => {
    expect(strictify({ type: 'object', properties: { a: { type: 'string' } } })).toMatchObject({ additionalProperties: false });
    expect(strictify({ type: 'object', properties: {}, 'x-kubernetes-preserve-unknown-fields': true })).not.toHaveProperty('additionalProperties');
  });

  it('maps int-or-string and nullable to JSON Schema', () => {
    expect(strictify({ 'x-kubernetes-int-or-string': true })).toEqual({ 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] });
    expect(strictify({ type: 'string', nullable: true })).toEqual({ type: ['string', 'null'] });
  });
});
