/** The Gateway's listeners: port 80 only redirects to HTTPS (and answers ACME challenges), 443 terminates TLS. */
export const GATEWAY_LISTENERS = [
  { name: 'http', port: 80, protocol: 'HTTP' },
  { name: 'https', port: 443, protocol: 'HTTPS' },
] as const;
