import { Construct } from 'constructs';
import { Certificate, CertificateSpecPrivateKeyAlgorithm, CertificateSpecPrivateKeyRotationPolicy } from '../../imports/k8s/certificate-cert-manager.io';
import { ClusterIssuer } from '../../imports/k8s/clusterissuer-cert-manager.io';
import type { EdgeConfig } from '../config/environment';

export const ACME_SERVERS = {
  'letsencrypt-staging': 'https://acme-staging-v02.api.letsencrypt.org/directory',
  'letsencrypt-production': 'https://acme-v02.api.letsencrypt.org/directory',
} as const;

export interface TlsProps {
  readonly edge: EdgeConfig;
  readonly host: string;
  /** Namespace of the Gateway and the certificate Secret. */
  readonly namespace: string;
  /** The Gateway and its HTTP listener, where HTTP-01 challenges are answered. */
  readonly gateway: { readonly name: string; readonly httpListener: string };
  readonly secretName: string;
}

/**
 * cert-manager issuers and the Gateway's certificate. With Let's Encrypt both the staging
 * and production ClusterIssuers exist (switch by config), solving HTTP-01 through the
 * Gateway's plain-HTTP listener; locally a self-signed issuer.
 */
export class GatewayTls extends Construct {
  public readonly issuerName: string;
  public readonly secretName: string;

  constructor(scope: Construct, id: string, props: TlsProps) {
    super(scope, id);
    this.secretName = props.secretName;
    if (props.edge.issuer === 'self-signed') {
      this.issuerName = 'self-signed';
      new ClusterIssuer(this, 'self-signed', { metadata: { name: 'self-signed' }, spec: { selfSigned: {} } });
    } else {
      if (!props.edge.acmeEmail) throw new Error('GatewayTls: acmeEmail is required with a Let’s Encrypt issuer');
      this.issuerName = props.edge.issuer;
      for (const [name, server] of Object.entries(ACME_SERVERS)) {
        new ClusterIssuer(this, name, {
          metadata: { name },
          spec: {
            acme: {
              server,
              email: props.edge.acmeEmail,
              // cert-manager generates the ACME account key into this Secret; nothing to provide.
              privateKeySecretRef: { name: `${name}-account-key` },
              solvers: [
                {
                  http01: {
                    gatewayHttpRoute: {
                      parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: props.gateway.name, namespace: props.namespace, sectionName: props.gateway.httpListener }],
                    },
                  },
                },
              ],
            },
          },
        });
      }
    }
    new Certificate(this, 'certificate', {
      metadata: { name: props.secretName, namespace: props.namespace },
      spec: {
        secretName: props.secretName,
        dnsNames: [props.host],
        issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: this.issuerName },
        privateKey: { algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256, rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS },
        renewBefore: '720h',
      },
    });
  }
}
