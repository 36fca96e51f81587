import { documentationRange, exampleDomain, findPlaceholders, placeholderTokens } from '../../k8s/contract/placeholders';

describe('placeholder detection', () => {
  it('knows the three RFC 5737 ranges, their edges, and what lies only around them', () => {
    expect(['192.0.2.0', '192.0.2.255', '198.51.100.7/32', '203.0.113.0/24', '203.0.113.128/25'].map(documentationRange)).toEqual(['192.0.2.0/24', '192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '203.0.113.0/24']);
    expect(['192.0.1.255', '192.0.3.0', '198.51.101.1', '203.0.112.0/23', '0.0.0.0/0', '10.0.0.0/16', 'not-an-ip'].map(documentationRange)).toEqual(Array(7).fill(undefined));
  });

  it('knows the RFC 2606 example domains in addresses, host names and URLs, and nothing that merely looks alike', () => {
    expect(['a@example.org', 'todo.example.com', 'https://git.example.net/x.git', 'b@sub.EXAMPLE.org'].map(exampleDomain)).toEqual(['example.org', 'example.com', 'example.net', 'example.org']);
    expect(['a@myexample.org', 'example.org.acme.dev', 'a@example.io'].map(exampleDomain)).toEqual([undefined, undefined, undefined]);
  });

  it('reports the field and the value of every placeholder in a configuration, lists as a whole', () => {
    expect(findPlaceholders({ gitops: { repoURL: 'https://github.com/your-org/x.git' }, oci: { allowed: ['84.17.42.9/32', '203.0.113.0/24'], ok: 'https://github.com/acme/x.git' } })).toEqual([
      { field: 'gitops.repoURL', value: 'https://github.com/your-org/x.git', hits: [{ kind: 'template-word', token: 'your-org' }] },
      { field: 'oci.allowed', value: ['84.17.42.9/32', '203.0.113.0/24'], hits: [{ kind: 'documentation-address', token: '203.0.113.0/24' }] },
    ]);
  });

  it('finds placeholder tokens in rendered text, including an address inside a nip.io name', () => {
    expect(placeholderTokens('host: todo.203.0.113.10.nip.io\nemail: replace-me@example.org\nimage: fra.ocir.io/your-tenancy-namespace/x:1\nip: 10.0.32.7')).toEqual([
      '203.0.113.10',
      'replace-me',
      'replace-me@example.org',
      'your-tenancy-namespace',
    ]);
  });
});
