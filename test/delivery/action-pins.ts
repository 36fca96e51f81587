/**
 * The pinning rule for third-party actions: a full commit SHA (a tag can be moved to other code)
 * followed by the release it is, as a comment Renovate reads and updates: `owner/repo@<sha> # vX.Y.Z`.
 */
export interface UsesLine {
  readonly line: number;
  readonly value: string;
  readonly comment: string | undefined;
}

/** Local actions and Docker images are not pinned this way. */
export const isThirdParty = (uses: string) => !uses.startsWith('./') && !uses.startsWith('docker://');

/** The `uses:` lines of a YAML text, with their trailing comments. */
export function usesLines(text: string): UsesLine[] {
  return text.split('\n').flatMap((raw, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*["']?([^"'\s#]+)["']?\s*(?:#\s*(.*))?$/.exec(raw);
    return m ? [{ line: i + 1, value: m[1]!, comment: m[2]?.trim() }] : [];
  });
}

/** Problems of one `uses:` line; empty when it is pinned correctly. */
export function pinProblems(u: UsesLine): string[] {
  if (!isThirdParty(u.value)) return [];
  const problems: string[] = [];
  if (!/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/.test(u.value)) problems.push(`line ${u.line}: ${u.value} is not pinned to a full commit SHA`);
  if (!u.comment || !/^v\d+\.\d+\.\d+$/.test(u.comment)) problems.push(`line ${u.line}: ${u.value} needs the release as a comment, "# vX.Y.Z"`);
  return problems;
}
