import type { Construct } from 'constructs';
import { CoreVcn } from '../../imports/oci/providers/oci/core-vcn';
import { OciStack, type OciStackProps } from '../lib/oci-stack';

/** cdktf.out/stacks/network: the VCN the cluster lives in. */
export class NetworkStack extends OciStack {
  public readonly vcn: CoreVcn;

  constructor(scope: Construct, id: string, props: OciStackProps) {
    super(scope, id, props);
    this.vcn = new CoreVcn(this, 'vcn', {
      compartmentId: this.config.compartmentOcid,
      cidrBlocks: [this.config.network.vcnCidr],
      displayName: 'todo-chatbot-vcn',
      dnsLabel: 'todovcn',
      freeformTags: this.freeformTags,
    });
  }
}
