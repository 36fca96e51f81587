import { ADDONS, addonsOf } from '../../k8s/addons';
import type { Environment } from '../../k8s/config/environment';
import { metricsApisNeeded } from '../../k8s/engines/metrics-apis';
import { ENVIRONMENTS, environment, objectsOf } from '../helpers';

/** Autoscalers whose metrics API no add-on serves. */
const unserved = (env: Environment, objects: readonly any[], addons = addonsOf(env)) => {
  const served = new Set(addons.flatMap((a) => a.servesApis ?? []));
  return metricsApisNeeded(objects).filter((n) => !served.has(n.api)).map((n) => `${n.by} reads ${n.api}`);
};

describe.each(ENVIRONMENTS)('metrics APIs (%s)', (env) => {
  const e = environment(env);
  const objects = objectsOf(env);

  it('has a provider for every metrics API an autoscaler reads', () => {
    const needed = metricsApisNeeded(objects).map((n) => n.api);
    expect(needed).toEqual(expect.arrayContaining(['metrics.k8s.io/v1beta1', 'external.metrics.k8s.io/v1beta1']));
    expect(unserved(e, objects)).toEqual([]);
  });

  it('would leave the backend HPA blind without metrics-server (BASIC OKE and Minikube have none)', () => {
    const without = addonsOf(e).filter((a) => !(a.servesApis ?? []).includes('metrics.k8s.io/v1beta1'));
    expect(unserved(e, objects, without)).toContain('HorizontalPodAutoscaler todo-app/backend reads metrics.k8s.io/v1beta1');
  });
});

it('serves each metrics API from one add-on only (two APIServices for one group/version conflict)', () => {
  const apis = ADDONS.flatMap((a) => a.servesApis ?? []);
  expect(new Set(apis).size).toBe(apis.length);
});
