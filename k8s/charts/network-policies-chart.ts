import type { Construct } from 'constructs';
import { DefaultDeny, FlowPolicies } from '../network/flows';
import { flowPolicyNames, platformFlows } from '../network/platform-flows';
import { ownedNamespaces } from '../platform/namespaces';
import { EnvironmentChart, type EnvironmentChartProps } from './environment-chart';

/**
 * dist/<env>/network-policies.yaml: default-deny in every namespace we own, then one
 * egress/ingress pair per flow of k8s/network/platform-flows.ts. (Enforced by a policy
 * engine: Calico on OKE's flannel, `minikube start --cni=calico` locally — see docs.)
 */
export class NetworkPoliciesChart extends EnvironmentChart {
  constructor(scope: Construct, id: string, props: EnvironmentChartProps) {
    super(scope, id, props);
    const owned = new Set(ownedNamespaces(props.env));
    for (const ns of owned) new DefaultDeny(this, `deny-${ns}`, ns);
    const flows = platformFlows(props.env);
    const names = flowPolicyNames(flows, owned);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate) throw new Error(`network policy ${duplicate} is derived twice; flows need distinct names per namespace`);
    flows.forEach((flow, i) => new FlowPolicies(this, `flow-${i}-${flow.name}`, flow, owned));
  }
}
