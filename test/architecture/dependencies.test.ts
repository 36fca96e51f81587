import { appModules, importCycles, importsOf } from './imports';

const modules = appModules();
const graph = new Map(modules.map((m) => [m, importsOf(m)]));
const edges = (m: string) => graph.get(m)?.modules ?? [];

const CONTRACT = 'k8s/contract/';
const isContract = (m: string) => m.startsWith(CONTRACT);

describe('architecture: one-way dependencies', () => {
  it('has no import cycle between the hand-written modules', () => {
    expect(importCycles(modules, edges).map((c) => c.join(' → '))).toEqual([]);
  });

  it('keeps the contract a leaf: no construct library, nothing of either app outside it', () => {
    const offending = modules
      .filter(isContract)
      .flatMap((m) => [
        ...graph.get(m)!.modules.filter((t) => !isContract(t)).map((t) => `${m} imports ${t}`),
        ...graph.get(m)!.packages.filter((p) => ['cdk8s', 'cdk8s-plus-28', 'cdktf', 'constructs'].includes(p)).map((p) => `${m} imports ${p}`),
      ]);
    expect(offending).toEqual([]);
  });

  it('lets infra-oci read only the contract of the Kubernetes side', () => {
    const offending = modules.filter((m) => m.startsWith('infra-oci/')).flatMap((m) => edges(m).filter((t) => t.startsWith('k8s/') && !isContract(t)).map((t) => `${m} imports ${t}`));
    expect(offending).toEqual([]);
  });

  it('never lets the Kubernetes side import infra-oci', () => {
    const offending = modules.filter((m) => m.startsWith('k8s/')).flatMap((m) => edges(m).filter((t) => t.startsWith('infra-oci/')).map((t) => `${m} imports ${t}`));
    expect(offending).toEqual([]);
  });
});

describe('the import-graph checker itself', () => {
  it('finds a cycle and a crossing import in a made-up graph', () => {
    const fake: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: [] };
    expect(importCycles(Object.keys(fake), (m) => fake[m]!)).toEqual([['a', 'b', 'c', 'a']]);
    expect(importsOf('k8s/x.ts', "import { y } from '../infra-oci/app';\nimport type { Z } from 'cdk8s';").modules).toEqual(['infra-oci/app.ts']);
  });
});
