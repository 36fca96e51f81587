import { Fn, TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { ArtifactsContainerRepository } from '../../imports/oci/providers/oci/artifacts-container-repository';
import { DataOciIdentityRegions } from '../../imports/oci/providers/oci/data-oci-identity-regions';
import { DataOciObjectstorageNamespace } from '../../imports/oci/providers/oci/data-oci-objectstorage-namespace';
import { OciStack, type OciStackProps } from '../lib/oci-stack';

/** Repository path prefix in OCIR: <region-key>.ocir.io/<namespace>/todo-chatbot/<app>. */
export const REPOSITORY_PREFIX = 'todo-chatbot';

export interface RegistryStackProps extends OciStackProps {
  /** The application images, from the rendered environment's handoff (dist/oke/handoff.json). */
  readonly images: readonly string[];
}

/** cdktf.out/stacks/registry: one private OCIR repository per application image. */
export class RegistryStack extends OciStack {
  public readonly repositories: Readonly<Record<string, ArtifactsContainerRepository>>;

  constructor(scope: Construct, id: string, props: RegistryStackProps) {
    super(scope, id, props);
    const { compartmentOcid: compartmentId, region, tenancyOcid } = this.config;
    this.repositories = Object.fromEntries(
      props.images.map((app) => [
        app,
        new ArtifactsContainerRepository(this, `repository-${app}`, {
          compartmentId,
          displayName: `${REPOSITORY_PREFIX}/${app}`,
          isPublic: false,
          // Tags are git SHAs pushed once; mutable so a re-run of the same build does not fail.
          isImmutable: false,
          freeformTags: this.freeformTags,
        }),
      ]),
    );

    const namespace = new DataOciObjectstorageNamespace(this, 'namespace', { compartmentId: tenancyOcid });
    const regions = new DataOciIdentityRegions(this, 'region', { filter: [{ name: 'name', values: [region] }] });
    // OCIR hosts use the region key (FRA, IAD, …): <key>.ocir.io.
    const host = `${Fn.lower(regions.regions.get(0).key)}.ocir.io`;
    new TerraformOutput(this, 'ocir_host', { value: host, description: 'docker login host for OCIR' });
    new TerraformOutput(this, 'repository_prefix', {
      value: `${host}/${namespace.namespace}/${REPOSITORY_PREFIX}`,
      description: 'Images are <prefix>/<app>; pull with the ocir-pull Secret (docs/oci-deploy.md)',
    });
    new TerraformOutput(this, 'ocir_repositories', {
      description: 'Image repository per application (push <url>:<git sha>)',
      value: Object.fromEntries(props.images.map((app) => [app, `${host}/${namespace.namespace}/${REPOSITORY_PREFIX}/${app}`])),
    });
  }
}
