// Issue 15 acceptance: a changed output of the applied stacks changes what is rendered — the
// outputs are the one source of the addresses and the registry, nothing is typed twice.
import type { InfraOutputs } from '../../k8s/contract/infra-outputs';
import { loadInfraOutputs } from '../../k8s/contract/infra-outputs';
import { loadPlatformConfig } from '../../k8s/contract/platform-config';
import { environmentInputs, loadEnvironments } from '../../k8s/environments';
import { type KubeObject, renderEnvironment } from '../../k8s/synth/render';

/** Every object `oke` renders from the committed configuration and the given outputs. */
function renderOke(outputs: InfraOutputs): any[] {
  const oke = loadEnvironments(environmentInputs({ platform: loadPlatformConfig(), outputs })).find((e) => e.name === 'oke')!;
  return renderEnvironment(oke).files.flatMap((f) => [...f.objects]) as Array<KubeObject & Record<string, any>>;
}

const cidrsOfPolicies = (objects: any[]) =>
  new Set(
    objects
      .filter((o) => o.kind === 'NetworkPolicy')
      .flatMap((p) => [...(p.spec.ingress ?? []).flatMap((r: any) => r.from ?? []), ...(p.spec.egress ?? []).flatMap((r: any) => r.to ?? [])])
      .flatMap((peer: any) => (peer.ipBlock ? [peer.ipBlock.cidr] : [])),
  );
const imagesOf = (objects: any[]) =>
  objects.filter((o) => o.kind === 'Deployment' && o.metadata.namespace === 'todo-app').flatMap((d) => d.spec.template.spec.containers.map((c: any) => c.image as string));

describe('outputs flow into the manifests', () => {
  const base = loadInfraOutputs('oke');
  const before = renderOke(base);

  it('another load balancer subnet changes the NetworkPolicies that admit public traffic', () => {
    const changed = renderOke({ ...base, network: { ...base.network, loadBalancerSubnetCidr: '10.0.33.0/24' } });
    expect(cidrsOfPolicies(before).has(base.network.loadBalancerSubnetCidr)).toBe(true);
    expect(cidrsOfPolicies(changed).has(base.network.loadBalancerSubnetCidr)).toBe(false);
    expect(cidrsOfPolicies(changed).has('10.0.33.0/24')).toBe(true);
    const listeners = (objects: any[]) => objects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'public-listeners-ingress').spec.ingress;
    expect(listeners(changed)).toEqual([{ ...listeners(before)[0], from: [{ ipBlock: { cidr: '10.0.33.0/24' } }] }]);
  });

  it('another OCIR namespace changes every app image reference, and nothing of the old one is left', () => {
    const prefix = 'ams.ocir.io/otherns42/todo-chatbot';
    const changed = renderOke({ ...base, registry: { repositoryPrefix: prefix } });
    const images = imagesOf(changed);
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const image of imagesOf(before)) expect(image.startsWith(`${base.registry.repositoryPrefix}/`)).toBe(true);
    for (const image of images) expect(image).toMatch(new RegExp(`^${prefix.replace(/\./g, '\\.')}/[a-z-]+:[\\w.-]+$`));
    expect(JSON.stringify(changed)).not.toContain(base.registry.repositoryPrefix);
  });

  it('another load balancer address changes the public host name and the address the Gateway asks for', () => {
    const changed = JSON.stringify(renderOke({ ...base, edge: { publicIp: '130.61.77.20' } }));
    expect(changed).toContain('todo.130.61.77.20.nip.io');
    expect(changed).not.toContain(base.edge.publicIp);
  });
});
