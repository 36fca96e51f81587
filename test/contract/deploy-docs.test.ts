// The deploy guides use commands that exist and links that resolve (docs/getting-started.md is
// followed literally, by people new to the repository).
import * as fs from 'node:fs';
import * as path from 'node:path';
import pkg from '../../package.json';

const ROOT = path.resolve(__dirname, '..', '..');
const GUIDES = ['README.md', 'docs/getting-started.md', 'docs/oci-deploy.md', 'docs/oci-ci.md'];
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to dashes. */
const anchors = (markdown: string) =>
  markdown
    .split('\n')
    .filter((l) => /^#{1,6} /.test(l))
    .map((l) => l.replace(/^#+ /, '').toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-'));

/** Every `vars.X` and `secrets.X` a file reads. */
const settingsReadBy = (file: string) => [...new Set([...read(file).matchAll(/\b(vars|secrets)\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[2]!))].sort();
/** Every name in the first column of a markdown table of CI settings (`| \`NAME\`, \`NAME\` | … |`). */
const settingsTable = (markdown: string) => {
  const rows = markdown.split('\n').filter((l) => /^\| `(PLATFORM|OCI)_/.test(l));
  return [...new Set(rows.flatMap((l) => [...l.split(' | ')[0]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!)))].sort();
};

describe('deploy guides', () => {
  it('list, in the README and docs/oci-ci.md, exactly the variables and secrets the infra workflow reads', () => {
    const workflowSettings = [...new Set([...settingsReadBy('.github/workflows/infra.yml'), ...settingsReadBy('.github/actions/oci-config/action.yml')])].sort();
    expect(workflowSettings.length).toBeGreaterThan(5);
    expect(settingsTable(read('docs/oci-ci.md'))).toEqual(workflowSettings);
    expect(settingsTable(read('README.md'))).toEqual(workflowSettings);
  });

  it.each(GUIDES)('%s runs only npm scripts that package.json defines', (file) => {
    const used = [...read(file).matchAll(/npm run (?:-s )?([a-z][\w:-]*\*?)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    // `npm run infra:*` names a family: some script must start with it.
    const defined = (s: string) => (s.endsWith('*') ? Object.keys(pkg.scripts).some((k) => k.startsWith(s.slice(0, -1))) : s in pkg.scripts);
    expect([...new Set(used)].filter((s) => !defined(s))).toEqual([]);
  });

  it('docs/getting-started.md links only to files and headings that exist, and the README links to it', () => {
    const guide = read('docs/getting-started.md');
    const broken: string[] = [];
    for (const [, target] of guide.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^https?:/.test(target!)) continue;
      const [file, anchor] = target!.split('#');
      const resolved = file ? path.join('docs', file) : 'docs/getting-started.md';
      if (!fs.existsSync(path.join(ROOT, resolved))) broken.push(target!);
      else if (anchor && !anchors(read(resolved)).includes(anchor)) broken.push(target!);
    }
    expect(broken).toEqual([]);
    expect(read('README.md')).toContain('](docs/getting-started.md)');
  });

  it('docs/getting-started.md runs the preflight before the first apply and before the bootstrap stack', () => {
    const guide = read('docs/getting-started.md');
    const at = (s: string) => guide.indexOf(s);
    expect(at('npm run preflight -- oke --infra-only')).toBeLessThan(at('npm run infra:bootstrap-state'));
    expect(at('npm run preflight -- oke\n')).toBeGreaterThan(at('npm run outputs -- oke'));
    expect(at('npm run preflight -- oke\n')).toBeLessThan(at('npx cdktf deploy bootstrap'));
    expect(at('npm run preflight -- local')).toBeLessThan(at('kubectl apply -f dist/local/argocd.yaml'));
  });
});
