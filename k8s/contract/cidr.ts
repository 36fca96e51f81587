/** IPv4 CIDR arithmetic for config validation (no dependency needed for this much). */
export interface Cidr {
  readonly address: number;
  readonly prefix: number;
  readonly text: string;
}

function ipToInt(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** Parses "a.b.c.d/p"; returns a reason string when it is not a valid network address. */
export function parseCidr(text: string): Cidr | string {
  const m = /^(.+)\/(\d{1,2})$/.exec(text);
  if (!m) return `"${text}" is not in CIDR notation (a.b.c.d/prefix)`;
  const address = ipToInt(m[1]!);
  const prefix = Number(m[2]);
  if (address === undefined) return `"${m[1]}" is not an IPv4 address`;
  if (prefix > 32) return `prefix /${prefix} is larger than /32`;
  const size = blockSize(prefix);
  if (address % size !== 0) {
    return `"${text}" is not a network address; did you mean ${intToIp(address - (address % size))}/${prefix}?`;
  }
  return { address, prefix, text };
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && inner.address >= outer.address && inner.address + blockSize(inner.prefix) <= outer.address + blockSize(outer.prefix);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.address < b.address + blockSize(b.prefix) && b.address < a.address + blockSize(a.prefix);
}
