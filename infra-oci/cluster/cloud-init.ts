/**
 * Node user data: a cloud-init multipart document (RFC 2046 multipart/mixed, the format
 * cloud-init reads) with the same two concerns as terraform-oci-oke's default parts
 * (modules/workers/cloudinit.tf:52-74 and cloudinit-oke.sh@v5.4.3, research W1/W2):
 *   1. grow the root filesystem to the boot volume (growpart + resize_rootfs, and Oracle's
 *      oci-growfs when the image ships it — the call is conditional, as in the module);
 *   2. run OKE's node bootstrap, without which the node never joins. Giving any user_data
 *      replaces OKE's default, so this part must always be present.
 */

/** Fixed boundary: the same user data on every synth (a change would replace the nodes). */
export const BOUNDARY = 'todo-chatbot-node-cloud-init';

export const GROWFS = '/usr/libexec/oci-growfs';

export interface CloudInitPart {
  readonly filename: string;
  readonly contentType: 'text/cloud-config' | 'text/x-shellscript';
  readonly content: string;
}

export function nodeCloudInitParts(): CloudInitPart[] {
  return [
    {
      filename: '10-growpart.yml',
      contentType: 'text/cloud-config',
      content: [
        '#cloud-config',
        'growpart:',
        '  mode: auto',
        "  devices: ['/']",
        'resize_rootfs: true',
        'bootcmd:',
        `  - if [ -x ${GROWFS} ]; then ${GROWFS} -y; fi`,
        '',
      ].join('\n'),
    },
    {
      filename: '50-oke-init.sh',
      contentType: 'text/x-shellscript',
      content: [
        '#!/bin/bash',
        'set -euo pipefail',
        '# OKE publishes its node bootstrap in the instance metadata; run it as the default user data would.',
        'curl --fail -sS -H "Authorization: Bearer Oracle" -L http://169.254.169.254/opc/v2/instance/metadata/oke_init_script | base64 --decode > /var/run/oke-init.sh',
        'bash /var/run/oke-init.sh',
        '',
      ].join('\n'),
    },
  ];
}

/** The multipart document (plain text; Terraform base64-encodes it for node_metadata.user_data). */
export function nodeCloudInit(parts: readonly CloudInitPart[] = nodeCloudInitParts()): string {
  const lines = ['Content-Type: multipart/mixed; boundary="' + BOUNDARY + '"', 'MIME-Version: 1.0', ''];
  for (const p of parts) {
    lines.push(`--${BOUNDARY}`, `Content-Type: ${p.contentType}; charset="utf-8"`, 'MIME-Version: 1.0', `Content-Disposition: attachment; filename="${p.filename}"`, '', p.content);
  }
  lines.push(`--${BOUNDARY}--`, '');
  return lines.join('\n');
}

/** Splits a multipart document back into its parts (tests, and `npm run infra:node-image` debugging). */
export function parseCloudInit(doc: string): CloudInitPart[] {
  const boundary = /boundary="([^"]+)"/.exec(doc)?.[1];
  if (!boundary) throw new Error('not a multipart document');
  return doc
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const [head, ...body] = chunk.replace(/^\n/, '').split('\n\n');
      return {
        filename: /filename="([^"]+)"/.exec(head!)?.[1] ?? '',
        contentType: /Content-Type: ([^;\n]+)/.exec(head!)?.[1] as CloudInitPart['contentType'],
        content: body.join('\n\n'),
      };
    });
}
