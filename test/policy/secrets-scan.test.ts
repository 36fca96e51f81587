import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** Patterns of credentials that must never be committed. */
export const SECRET_PATTERNS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'private key', pattern: /-----BEGIN (RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----/ },
  { name: 'AWS access key', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { name: 'GitHub token', pattern: /\b(ghp|gho|ghu|ghs|ghr|github_pat)_[A-Za-z0-9_]{20,}\b/ },
  { name: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/ },
  { name: 'OpenAI-style API key', pattern: /\bsk-[A-Za-z0-9]{32,}\b/ },
  { name: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/ },
  { name: 'password assignment', pattern: /\b(password|passwd|secret|api[_-]?key|token)\s*[:=]\s*["']?(?!\$|\{|<|process\.|env\.|os\.)[A-Za-z0-9+/_-]{12,}["']?\s*$/im },
  { name: 'URL with credentials', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/$]{6,}@/i },
];

/** Files git tracks (or would), minus generated bindings and lock files. */
function repositoryFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  return listed.filter((f) => !f.startsWith('imports/') && f !== 'package-lock.json' && fs.existsSync(path.join(ROOT, f)));
}

export function scan(text: string): string[] {
  return SECRET_PATTERNS.filter((p) => p.pattern.test(text)).map((p) => p.name);
}

describe('secret scan', () => {
  it('finds each kind of secret in a planted sample', () => {
    const samples = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'AKIAABCDEFGHIJKLMNOP',
      'ghp_abcdefghijklmnopqrstuvwxyz0123',
      'xoxb-1234567890-abcdef',
      'sk-abcdefghijklmnopqrstuvwxyz012345',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnopqrstu',
      'password: hunter2hunter2xyz',
      'postgres://todo:s3cretpassw0rd@db:5432/todo',
    ];
    expect(samples.map((s) => scan(s))).toEqual(SECRET_PATTERNS.map((p) => [p.name]));
  });

  it('does not flag references to secrets', () => {
    expect(scan('saslPassword:\n  secretKeyRef:\n    name: audit-kafka\n    key: password')).toEqual([]);
    expect(scan('--from-literal=better-auth-secret="$(openssl rand -base64 32)"')).toEqual([]);
  });

  it('finds no secret anywhere in the repository or in dist/', () => {
    const files = repositoryFiles();
    expect(files.filter((f) => f.startsWith('dist/')).length).toBeGreaterThan(10);
    const hits = files.flatMap((f) => scan(fs.readFileSync(path.join(ROOT, f), 'utf8')).map((kind) => `${f}: ${kind}`));
    // This file holds the planted samples above on purpose.
    expect(hits.filter((h) => !h.startsWith('test/policy/secrets-scan.test.ts'))).toEqual([]);
  });
});
