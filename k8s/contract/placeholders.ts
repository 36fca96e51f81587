/**
 * What a placeholder looks like, for the preflight (`npm run preflight -- <env>`): values that
 * render and synthesize fine offline but must never reach a deploy. Pure functions over plain
 * values, so either app may use them.
 */
import { contains, parseCidr } from './cidr';
import { PLACEHOLDER } from './oci-settings';

/** RFC 5737 documentation ranges (TEST-NET-1, -2, -3): never routed on the internet. */
export const DOCUMENTATION_RANGES = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'] as const;

/** RFC 2606 second-level names reserved for documentation: no mail is delivered there. */
export const EXAMPLE_DOMAINS = ['example.org', 'example.com', 'example.net'] as const;

/** Words the templates use where your own value belongs (`your-org`, `your-tenancy-namespace`, `replace-me`…). */
const MARKER = new RegExp(`(?<![a-z0-9])your-?(?:org|user|name|fork|tenancy|namespace|company|domain|account)[a-z0-9-]*|replace-?me|change-?me|${PLACEHOLDER}`, 'gi');
const IPV4 = /(?<!\d)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?:\/(\d{1,2}))?(?!\d)/g;
const EXAMPLE_NAME = /(?<![a-z0-9-])(?:[a-z0-9._%+-]+@)?(?:[a-z0-9-]+\.)*example\.(?:org|com|net)(?![a-z0-9-])/gi;

/**
 * The documentation range an IPv4 address or CIDR lies in (a CIDR counts when it is inside
 * one, e.g. 203.0.113.0/24 or 192.0.2.7/32; 0.0.0.0/0 merely contains them and does not).
 */
export function documentationRange(value: string): string | undefined {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})(?:\/(\d{1,2}))?$/.exec(value.trim());
  if (!m) return undefined;
  const prefix = m[2] === undefined ? 32 : Number(m[2]);
  const host = parseCidr(`${m[1]}/32`);
  if (typeof host === 'string' || prefix > 32) return undefined;
  return DOCUMENTATION_RANGES.find((range) => {
    const r = parseCidr(range);
    return typeof r !== 'string' && prefix >= r.prefix && contains(r, host);
  });
}

/** The reserved documentation domain of a host name, e-mail address or URL, if it is one. */
export function exampleDomain(value: string): string | undefined {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(value)?.[1] ?? value.slice(value.lastIndexOf('@') + 1);
  const lower = host.toLowerCase();
  return EXAMPLE_DOMAINS.find((d) => lower === d || lower.endsWith(`.${d}`));
}

/** The template words in a value (`your-org`, `replace-me`, `placeholder`…), lowercased. */
export function placeholderMarkers(value: string): string[] {
  return [...new Set([...value.matchAll(MARKER)].map((m) => m[0].toLowerCase()))];
}

/** One placeholder found in a value: what it is, and the words to show. */
export interface PlaceholderHit {
  readonly kind: 'documentation-address' | 'example-domain' | 'template-word';
  /** The part of the value that is a placeholder (the address, the domain, the word). */
  readonly token: string;
}

/** Every placeholder in one value (empty when it looks real). */
export function placeholdersIn(value: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  const range = documentationRange(value);
  if (range) hits.push({ kind: 'documentation-address', token: value.trim() });
  const domain = exampleDomain(value);
  if (domain) hits.push({ kind: 'example-domain', token: domain });
  for (const word of placeholderMarkers(value)) hits.push({ kind: 'template-word', token: word });
  return hits;
}

/** A placeholder at a path of a configuration object. */
export interface FieldPlaceholder {
  /** Dotted path, e.g. `oci.cluster.apiEndpoint.allowedCidrs` (arrays are reported as a whole). */
  readonly field: string;
  /** The value as found (a string, or the list for arrays). */
  readonly value: string | readonly string[];
  readonly hits: readonly PlaceholderHit[];
}

/** Walks a parsed configuration and reports every string (or list of strings) that holds a placeholder. */
export function findPlaceholders(root: unknown, prefix: readonly string[] = []): FieldPlaceholder[] {
  const out: FieldPlaceholder[] = [];
  const visit = (node: unknown, path: readonly string[]) => {
    if (typeof node === 'string') {
      const hits = placeholdersIn(node);
      if (hits.length > 0) out.push({ field: path.join('.'), value: node, hits });
    } else if (Array.isArray(node)) {
      const strings = node.filter((v): v is string => typeof v === 'string');
      const hits = strings.flatMap(placeholdersIn);
      if (hits.length > 0) out.push({ field: path.join('.'), value: strings, hits });
      node.filter((v) => v !== null && typeof v === 'object').forEach((v, i) => visit(v, [...path, String(i)]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
    }
  };
  visit(root, prefix);
  return out;
}

/**
 * Placeholder-looking tokens in rendered text (a manifest): documentation addresses, names
 * and e-mail addresses under the example domains, template words. Used to find a `dist/`
 * rendered from placeholders that the sources no longer hold.
 */
export function placeholderTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const m of text.matchAll(IPV4)) if (documentationRange(m[0])) tokens.add(m[0]);
  for (const m of text.matchAll(EXAMPLE_NAME)) tokens.add(m[0].toLowerCase());
  for (const m of text.matchAll(MARKER)) tokens.add(m[0].toLowerCase());
  return [...tokens].sort();
}
