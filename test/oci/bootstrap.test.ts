import { parseAllDocuments } from 'yaml';
import { rootChartFiles } from '../../infra-oci/bootstrap/root-chart';
import { okeHandoff, resourceNamed, synthStacks } from './helpers';

describe('bootstrap stack', () => {
  const bootstrap = synthStacks().get('bootstrap')!;

  it('installs the pinned Argo CD chart with the budgeted values, then the root app-of-apps', () => {
    const argo = resourceNamed(bootstrap, 'helm_release', 'argo-cd');
    expect(argo).toMatchObject({ repository: 'https://argoproj.github.io/argo-helm', chart: 'argo-cd', version: '10.3.3', namespace: 'argocd', create_namespace: true, atomic: true });
    expect(JSON.parse(argo.values[0])).toEqual(okeHandoff().bootstrap.values);
    const root = resourceNamed(bootstrap, 'helm_release', 'root');
    expect(root.depends_on).toEqual(['helm_release.argo-cd']);
    expect(root.chart).toMatch(/^\.\/assets\/root-chart\/[0-9A-F]+$/);
  });

  it('connects to the new cluster with short-lived OCI CLI tokens', () => {
    const k = bootstrap.provider.helm[0].kubernetes;
    expect(k.exec).toMatchObject({ command: 'oci', api_version: 'client.authentication.k8s.io/v1beta1' });
    expect(k.exec.args.slice(0, 4)).toEqual(['ce', 'cluster', 'generate-token', '--cluster-id']);
    expect(bootstrap.terraform.required_providers.helm.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('ships the AppProjects and the root Application of dist/oke', () => {
    const docs = parseAllDocuments(rootChartFiles(okeHandoff()).get('templates/root.yaml')!).map((d) => d.toJS());
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(['AppProject/todo-chatbot', 'AppProject/platform-addons', 'Application/root']);
    expect(docs[2].spec.source.path).toBe('dist/oke');
  });
});
