import { z } from 'zod';

/**
 * A configuration error found before anything is written. The message names the
 * source, the field (dotted path) and how to fix it, one problem per line.
 */
export class ConfigError extends Error {
  public readonly problems: readonly string[];

  constructor(source: string, problems: readonly string[]) {
    super(`${source}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Levenshtein distance, for "did you mean" hints on misspelt fields. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** Walks a zod schema along `path` to find the object shape there (for field suggestions). */
function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { def?: { innerType?: unknown; element?: unknown; options?: unknown[] }; shape?: unknown };
    for (let i = 0; i < 10 && node?.def?.innerType; i++) node = node.def.innerType as typeof node;
    return node;
  };
  for (const key of path) {
    const node = unwrap(current) as { shape?: Record<string, unknown>; def?: { element?: unknown } };
    if (typeof key === 'number' && node?.def?.element) current = node.def.element;
    else if (node?.shape && typeof key === 'string') current = node.shape[key];
    else return [];
  }
  const node = unwrap(current) as { shape?: Record<string, unknown> };
  return node?.shape ? Object.keys(node.shape) : [];
}

/** Turns zod issues into "field: problem — fix" lines. */
export function describeIssues(schema: z.ZodType, error: z.ZodError): string[] {
  const lines: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = shapeAt(schema, issue.path);
      for (const key of issue.keys) {
        const field = pathOf([...issue.path, key]);
        const hint = closest(key, known);
        lines.push(
          hint
            ? `${field}: unknown field — did you mean "${hint}"? Rename it.`
            : `${field}: unknown field — remove it (allowed here: ${known.join(', ') || 'none'}).`,
        );
      }
      continue;
    }
    lines.push(`${pathOf(issue.path)}: ${issue.message}`);
  }
  return lines;
}

/** Parses `input` with `schema`, throwing a ConfigError that names every bad field. */
export function parseConfig<S extends z.ZodType>(schema: S, input: unknown, source: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ConfigError(source, describeIssues(schema, result.error));
  return result.data;
}
