const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50 };
const DECIMAL: Record<string, number> = { m: 1e-3, '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };

/** Parses a Kubernetes resource quantity ("500m", "1.5", "256Mi", "50G") into its base unit. */
export function parseQuantity(q: string | number): number {
  if (typeof q === 'number') return q;
  const m = /^([0-9.]+)([A-Za-z]*)$/.exec(q.trim());
  if (!m) throw new Error(`invalid quantity "${q}"`);
  const value = Number(m[1]);
  const suffix = m[2]!;
  const factor = BINARY[suffix] ?? DECIMAL[suffix];
  if (factor === undefined || Number.isNaN(value)) throw new Error(`invalid quantity "${q}"`);
  return value * factor;
}

/** Storage quantity in GB as OCI bills it (GiB, rounded up to a whole GB). */
export function storageGb(q: string | number): number {
  return Math.ceil(parseQuantity(q) / 2 ** 30 - 1e-9);
}
