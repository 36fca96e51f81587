import { environmentInput, loadEnvironments } from '../../k8s/environments';
import { configProblems } from '../helpers';
const local = environmentInput('local');
const oke = environmentInput('oke');

const problemsOf = (inputs: unknown[]) => configProblems(() => loadEnvironments(inputs));

describe('environment configuration', () => {
  it('accepts the committed environments', () => {
    expect(loadEnvironments().map((e) => e.name)).toEqual(['local', 'oke']);
  });

  it('names a misspelt field and suggests the right one', () => {
    const problems = problemsOf([{ ...oke, cluster: { distribuiton: 'oke' } }]);
    expect(problems).toContainEqual('k8s/environments/oke: cluster.distribuiton: unknown field — did you mean "distribution"? Rename it.');
  });

  it('names a field with a value outside its options', () => {
    const problems = problemsOf([{ ...oke, cluster: { distribution: 'gke' } }]);
    expect(problems.join('\n')).toMatch(/k8s\/environments\/oke: cluster\.distribution: .*"minikube".*"oke"/);
  });

  it('rejects an unknown environment name and a duplicate one', () => {
    expect(problemsOf([{ ...oke, name: 'prod' }]).join('\n')).toMatch(/name: .*"local".*"oke"/);
    expect(problemsOf([local, { ...local }])).toContainEqual(expect.stringMatching(/"local" is declared twice/));
  });

  it('reports the problems of every environment in one run', () => {
    const problems = problemsOf([{ ...local, description: '' }, { ...oke, extra: true }]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^k8s\/environments\/local: description: must not be empty/);
    expect(problems[1]).toMatch(/^k8s\/environments\/oke: extra: unknown field — remove it/);
  });
});
