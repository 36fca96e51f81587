import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AssetType, TerraformAsset, TerraformLocal, TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { Release } from '@cdktf/provider-helm/lib/release';
import { DataOciContainerengineClusterKubeConfig } from '../../imports/oci/providers/oci/data-oci-containerengine-cluster-kube-config';
import { argoCd } from '../../k8s/addons/argo-cd';
import { ARGOCD_NAMESPACE } from '../../k8s/gitops/argo-application';
import type { BootstrapContent } from '../bootstrap/root-chart';
import { OciStack, type OciStackProps } from '../lib/oci-stack';
import type { ClusterStack } from './cluster-stack';

export interface BootstrapStackProps extends OciStackProps {
  readonly cluster: ClusterStack;
  readonly content: BootstrapContent;
}

const temporaryDirs: string[] = [];

/** Removes the folders TerraformAsset copied from (call after app.synth()). */
export function removeTemporaryFiles(): void {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes the root chart to a temporary folder for TerraformAsset (which copies it into cdktf.out at synth). */
function writeChart(files: ReadonlyMap<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'root-chart-'));
  temporaryDirs.push(dir);
  for (const [name, content] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/**
 * cdktf.out/stacks/bootstrap: turns a new cluster into a GitOps-managed one. Installs Argo
 * CD (pinned chart, the values the budget counts) and then the root app-of-apps, which
 * syncs dist/oke: add-ons in waves, then the platform and the apps.
 */
export class BootstrapStack extends OciStack {
  constructor(scope: Construct, id: string, props: BootstrapStackProps) {
    super(scope, id, props);
    const { region, cluster } = { region: this.config.region, cluster: props.cluster.cluster };
    const endpoint = this.config.cluster.apiEndpoint.public ? 'PUBLIC_ENDPOINT' : 'PRIVATE_ENDPOINT';
    const kubeconfig = new DataOciContainerengineClusterKubeConfig(this, 'kubeconfig', { clusterId: cluster.id, tokenVersion: '2.0.0', endpoint });
    const parsed = new TerraformLocal(this, 'kubeconfig_yaml', `\${yamldecode(${kubeconfig.fqn}.content)}`);

    // Short-lived tokens from the OCI CLI, as `oci ce cluster create-kubeconfig` would configure.
    new HelmProvider(this, 'helm', {
      kubernetes: {
        host: `\${${parsed.fqn}.clusters[0].cluster.server}`,
        clusterCaCertificate: `\${base64decode(${parsed.fqn}.clusters[0].cluster["certificate-authority-data"])}`,
        exec: {
          apiVersion: 'client.authentication.k8s.io/v1beta1',
          command: 'oci',
          args: ['ce', 'cluster', 'generate-token', '--cluster-id', cluster.id, '--region', region],
        },
      },
    });

    const argo = new Release(this, 'argo-cd', {
      name: 'argo-cd',
      repository: argoCd.chart.repoURL,
      chart: argoCd.chart.chart,
      version: argoCd.chart.version,
      namespace: ARGOCD_NAMESPACE,
      createNamespace: true,
      values: [JSON.stringify(props.content.argoCdValues)],
      atomic: true,
      cleanupOnFail: true,
      wait: true,
      timeout: 900,
    });

    const chart = new TerraformAsset(this, 'root-chart', { path: writeChart(props.content.rootChartFiles), type: AssetType.DIRECTORY });
    new Release(this, 'root', {
      name: 'todo-chatbot-root',
      chart: `./${chart.path}`,
      namespace: ARGOCD_NAMESPACE,
      dependsOn: [argo],
    });

    new TerraformOutput(this, 'argocd_admin_password_command', {
      description: 'Prints the initial Argo CD admin password (rotate it, then delete the Secret)',
      value: `kubectl -n ${ARGOCD_NAMESPACE} get secret argocd-initial-admin-secret -o jsonpath={.data.password} | base64 -d`,
    });
    new TerraformOutput(this, 'argocd_ui_command', { value: `kubectl -n ${ARGOCD_NAMESPACE} port-forward svc/argo-cd-argocd-server 8080:443` });
  }
}
