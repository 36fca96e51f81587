import { dapr } from '../../k8s/addons/dapr';
import { injectDaprSidecar, injectorSettings } from '../../k8s/engines/dapr-injector';
import { podInventory } from '../../k8s/engines/pod-inventory';
import { podSecurityViolations, restrictedViolations } from '../../k8s/engines/pod-security';
import { platformNamespaces } from '../../k8s/platform/namespaces';
import { POD_SECURITY_LEVELS } from '../../k8s/platform/pod-security';
import { ENVIRONMENTS, objectsOf, rendered } from '../helpers';

/** A pod that passes `restricted`, to break one control at a time. */
const compliant = () => ({
  securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [{ name: 'app', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
  volumes: [{ name: 'tmp', emptyDir: {} }],
});

describe('Pod Security admission model', () => {
  it('passes a compliant pod and names each broken control', () => {
    expect(restrictedViolations(compliant())).toEqual([]);
    const broken: Array<[string, (p: any) => void, RegExp]> = [
      ['privilege escalation', (p) => delete p.containers[0].securityContext.allowPrivilegeEscalation, /Privilege Escalation/],
      ['capabilities', (p) => (p.containers[0].securityContext.capabilities = {}), /drop ALL/],
      ['added capability', (p) => (p.containers[0].securityContext.capabilities.add = ['NET_ADMIN']), /adds capability NET_ADMIN/],
      ['seccomp', (p) => delete p.securityContext.seccompProfile, /seccomp/],
      ['non-root', (p) => (p.containers[0].securityContext.runAsNonRoot = false), /runAsNonRoot/],
      ['host path', (p) => p.volumes.push({ name: 'h', hostPath: { path: '/' } }), /HostPath/],
      ['host network', (p) => (p.hostNetwork = true), /Host Namespaces/],
    ];
    for (const [label, mutate, expected] of broken) {
      const pod = compliant();
      mutate(pod);
      expect([label, restrictedViolations(pod).join('; ')]).toEqual([label, expect.stringMatching(expected)]);
    }
  });

  it('applies only baseline controls to a baseline namespace and none to a privileged one', () => {
    const pod = { ...compliant(), hostNetwork: true, securityContext: {} };
    expect(podSecurityViolations(pod, 'baseline')).toEqual(['hostNetwork: true (Host Namespaces)']);
    expect(podSecurityViolations(pod, 'privileged')).toEqual([]);
  });
});

describe('Dapr sidecar injector model', () => {
  const annotations = { 'dapr.io/enabled': 'true', 'dapr.io/sidecar-seccomp-profile-type': 'RuntimeDefault' };

  it('adds daprd without dropping capabilities under the chart default, which restricted rejects', () => {
    const defaults = injectorSettings({});
    const pod = injectDaprSidecar(compliant(), annotations, defaults);
    expect(pod.containers.map((c) => c.name)).toEqual(['app', 'daprd']);
    expect(restrictedViolations(pod)).toEqual(['container daprd: does not drop ALL capabilities (Capabilities)']);
  });

  it('drops every capability with the value this repository sets, and restricted admits the pod', () => {
    const settings = injectorSettings(dapr.values(rendered('oke').env));
    expect(settings.dropAllCapabilities).toBe(true);
    expect(restrictedViolations(injectDaprSidecar(compliant(), annotations, settings))).toEqual([]);
  });

  it('loses the seccomp profile without the annotation, and non-root with SSL_CERT_DIR', () => {
    const settings = injectorSettings(dapr.values(rendered('oke').env));
    const noSeccomp = { ...compliant(), securityContext: { runAsNonRoot: true } };
    expect(restrictedViolations(injectDaprSidecar(noSeccomp, { 'dapr.io/enabled': 'true' }, settings)).join()).toMatch(/daprd: no RuntimeDefault/);
    expect(restrictedViolations(injectDaprSidecar(compliant(), { ...annotations, 'dapr.io/env': 'SSL_CERT_DIR=/certs' }, settings)).join()).toMatch(/daprd: runAsNonRoot/);
  });
});

describe.each(ENVIRONMENTS)('every pod against its namespace’s Pod Security level (%s)', (name) => {
  const env = rendered(name).env;
  const levels = new Map(platformNamespaces(env).map((n) => [n.name, n.podSecurity]));
  const pods = podInventory(env, objectsOf(name)).filter((p) => levels.has(p.namespace));

  it('admits our workloads as they exist after the Dapr injector mutated them', () => {
    const workloads = pods.filter((p) => p.spec);
    expect(workloads.length).toBeGreaterThan(5);
    for (const p of workloads) expect([p.label, podSecurityViolations(p.spec!, levels.get(p.namespace)!)]).toEqual([p.label, []]);
  });

  it('enforces a level each add-on and operator pod is rendered for (from its upstream facts)', () => {
    for (const p of pods.filter((x) => x.claimedLevel)) {
      const allowed = POD_SECURITY_LEVELS.indexOf(p.claimedLevel!.level) >= POD_SECURITY_LEVELS.indexOf(levels.get(p.namespace)!);
      expect([p.label, levels.get(p.namespace), allowed]).toEqual([p.label, levels.get(p.namespace), true]);
    }
  });

  it('enforces restricted wherever every pod of the namespace passes it', () => {
    for (const ns of platformNamespaces(env)) {
      const mine = pods.filter((p) => p.namespace === ns.name);
      const allRestricted = mine.every((p) => (p.spec ? restrictedViolations(p.spec).length === 0 : p.claimedLevel!.level === 'restricted'));
      expect([ns.name, ns.podSecurity === 'restricted']).toEqual([ns.name, allRestricted]);
    }
  });
});
