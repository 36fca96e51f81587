import { ownedNamespaces } from '../../k8s/platform/namespaces';
import { ENVIRONMENTS, environment, objectsOf } from '../helpers';

/** Every pod template we render (Deployments, StatefulSets, DaemonSets, Jobs, CronJobs). */
function podTemplates(env: 'local' | 'oke'): Array<{ owner: string; pod: any }> {
  return (objectsOf(env) as any[]).flatMap((o) => {
    const id = `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`;
    if (['Deployment', 'StatefulSet', 'DaemonSet', 'Job'].includes(o.kind)) return [{ owner: id, pod: o.spec.template }];
    if (o.kind === 'CronJob') return [{ owner: id, pod: o.spec.jobTemplate.spec.template }];
    if (o.kind === 'Pod') return [{ owner: id, pod: o }];
    return [];
  });
}

/** Every `image` value anywhere in the rendered objects (containers, CNPG imageName…). */
function images(env: 'local' | 'oke'): string[] {
  const found: string[] = [];
  const walk = (v: unknown, key: string): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, key));
    if (v && typeof v === 'object') return Object.entries(v).forEach(([k, x]) => walk(x, k));
    if ((key === 'image' || key === 'imageName') && typeof v === 'string') found.push(v);
  };
  objectsOf(env).forEach((o) => walk(o, ''));
  return found;
}

describe.each(ENVIRONMENTS)('policy over every object (%s)', (env) => {
  const templates = podTemplates(env);

  it('has pod templates to check', () => {
    expect(templates.length).toBeGreaterThanOrEqual(6);
  });

  it('states CPU and memory requests and a memory limit for every container, sidecars included', () => {
    const missing: string[] = [];
    for (const { owner, pod } of templates) {
      for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
        const r = c.resources ?? {};
        if (!r.requests?.cpu || !r.requests?.memory || !r.limits?.memory) missing.push(`${owner}/${c.name}`);
      }
      const a = pod.metadata?.annotations ?? {};
      if (a['dapr.io/enabled'] === 'true') {
        for (const k of ['sidecar-cpu-request', 'sidecar-memory-request', 'sidecar-memory-limit']) if (!a[`dapr.io/${k}`]) missing.push(`${owner}/daprd ${k}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('sizes the pods operators create from our resources (Kafka, PostgreSQL, Envoy)', () => {
    const objects = objectsOf(env) as any[];
    const sized = (r: any) => r?.requests?.cpu && r?.requests?.memory && r?.limits?.memory;
    for (const o of objects) {
      if (o.kind === 'KafkaNodePool') expect(sized(o.spec.resources)).toBeTruthy();
      if (o.kind === 'Kafka') {
        expect(sized(o.spec.entityOperator.topicOperator.resources)).toBeTruthy();
        expect(sized(o.spec.entityOperator.userOperator.resources)).toBeTruthy();
        expect(sized(o.spec.kafkaExporter.resources)).toBeTruthy();
      }
      if (o.kind === 'Cluster' && o.apiVersion.startsWith('postgresql.cnpg.io')) expect(sized(o.spec.resources)).toBeTruthy();
      if (o.kind === 'EnvoyProxy') expect(sized(o.spec.provider.kubernetes.envoyDeployment.container.resources)).toBeTruthy();
    }
  });

  it('runs every pod of ours under the restricted Pod Security Standard', () => {
    for (const { owner, pod } of templates) {
      const s = pod.spec.securityContext ?? {};
      expect([owner, s.runAsNonRoot, s.seccompProfile?.type]).toEqual([owner, true, 'RuntimeDefault']);
      for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
        const cs = c.securityContext ?? {};
        expect([owner, c.name, cs.allowPrivilegeEscalation, cs.capabilities?.drop, cs.readOnlyRootFilesystem]).toEqual([owner, c.name, false, ['ALL'], true]);
      }
    }
  });

  it('uses no host namespaces, hostPath volumes or privileged containers', () => {
    for (const { owner, pod } of templates) {
      expect([owner, pod.spec.hostNetwork, pod.spec.hostPID, pod.spec.hostIPC]).toEqual([owner, undefined, undefined, undefined]);
      for (const v of pod.spec.volumes ?? []) expect([owner, v.name, v.hostPath]).toEqual([owner, v.name, undefined]);
      for (const c of pod.spec.containers) expect([owner, c.securityContext?.privileged]).toEqual([owner, undefined]);
    }
  });

  it('has a Service only where it selects pods of a workload', () => {
    const objects = objectsOf(env) as any[];
    for (const svc of objects.filter((o) => o.kind === 'Service')) {
      const selector = svc.spec.selector ?? {};
      expect(Object.keys(selector).length).toBeGreaterThan(0);
      const matches = templates.filter(
        ({ owner, pod }) => owner.includes(` ${svc.metadata.namespace}/`) && Object.entries(selector).every(([k, v]) => pod.metadata?.labels?.[k] === v),
      );
      expect([svc.metadata.name, matches.length > 0]).toEqual([svc.metadata.name, true]);
    }
  });

  it('denies all traffic by default in every namespace we own', () => {
    const policies = (objectsOf(env) as any[]).filter((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'default-deny');
    for (const ns of ownedNamespaces(environment(env))) {
      const p = policies.find((x) => x.metadata.namespace === ns);
      expect([ns, p?.spec]).toEqual([ns, { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }]);
    }
  });

  it('renders no Secret holding data', () => {
    expect((objectsOf(env) as any[]).filter((o) => o.kind === 'Secret')).toEqual([]);
  });

  it(env === 'oke' ? 'pins every image to a version or digest' : 'names every image with a tag', () => {
    for (const image of images(env)) {
      const last = image.split('/').pop()!;
      expect([image, /[:@]/.test(last)]).toEqual([image, true]);
      if (env === 'oke') expect(image).not.toMatch(/:(latest|dev)$/);
    }
  });
});
