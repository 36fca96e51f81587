import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AssetType, TerraformAsset, TerraformLocal, TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { Release } from '@cdktf/provider-helm/lib/release';
import { DataOciContainerengineClusterKubeConfig } from '../../imports/oci/providers/oci/data-oci-containerengine-cluster-kube-config';
import type { Handoff } from '../../k8s/contract/handoff';
import { rootChartFiles } from '../bootstrap/root-chart';
import { OciStack, type OciStackProps } from '../lib/oci-stack';
import type { ClusterStack } from './cluster-stack';

export interface BootstrapStackProps extends OciStackProps {
  readonly cluster: ClusterStack;
  /** What the rendered environment asks the bootstrap to install (dist/<environment>/handoff.json). */
  readonly handoff: Handoff;
}

const temporaryDirs: string[] = [];

/**
 * `oci ce cluster generate-token` with the configured profile and auth method: the CLI
 * otherwise signs with the DEFAULT profile and API key, and a non-default profile gets a 401
 * (global options --profile/--auth: docs Content/API/SDKDocs/clienvironmentvariables.htm;
 * generate-token honours them, oracle/oci-cli containerengine_cli_extended.py@2cb349dc).
 */
export function clusterTokenArgs(clusterId: string, region: string, profile: string, auth: string): string[] {
  return ['ce', 'cluster', 'generate-token', '--cluster-id', clusterId, '--region', region, '--profile', profile, '--auth', auth];
}

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
          args: clusterTokenArgs(cluster.id, region, this.config.configFileProfile, this.config.auth),
        },
      },
    });

    const boot = props.handoff.bootstrap;
    const argo = new Release(this, 'argo-cd', {
      name: boot.releaseName,
      repository: boot.chart.repoURL,
      chart: boot.chart.chart,
      version: boot.chart.version,
      namespace: boot.namespace,
      createNamespace: true,
      values: [JSON.stringify(boot.values)],
      atomic: true,
      cleanupOnFail: true,
      wait: true,
      timeout: 900,
    });

    const chart = new TerraformAsset(this, 'root-chart', { path: writeChart(rootChartFiles(props.handoff)), type: AssetType.DIRECTORY });
    new Release(this, 'root', {
      name: 'todo-chatbot-root',
      chart: `./${chart.path}`,
      namespace: boot.namespace,
      dependsOn: [argo],
    });

    // Argo CD runs headless (no API server or UI): read its state through the Kubernetes API,
    // or with `argocd --core` (argoproj/argo-cd docs/operator-manual/core.md@v3.5.1).
    new TerraformOutput(this, 'argocd_status_command', {
      description: 'Sync and health of every Application (Argo CD has no UI here)',
      value: `kubectl -n ${boot.namespace} get applications.argoproj.io -o custom-columns=NAME:.metadata.name,SYNC:.status.sync.status,HEALTH:.status.health.status`,
    });
  }
}
