import { isThirdParty, pinProblems, usesLines } from './action-pins';
import { githubFiles, usesOf } from './github-files';

const files = githubFiles();

describe('the pinning rule', () => {
  it.each([
    ['a tag', 'actions/checkout@v7.0.1', undefined],
    ['a short SHA', 'actions/checkout@3d3c42e', 'v7.0.1'],
    ['a major-only comment', 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', 'v7'],
    ['no comment', 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', undefined],
  ])('rejects %s', (_what, value, comment) => {
    expect(pinProblems({ line: 1, value, comment })).not.toEqual([]);
  });

  it('accepts a full SHA with its release, and leaves local actions alone', () => {
    expect(pinProblems({ line: 1, value: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', comment: 'v7.0.1' })).toEqual([]);
    expect(pinProblems({ line: 1, value: './.github/actions/oci-config', comment: undefined })).toEqual([]);
  });

  it('reads the version comment of a step', () => {
    const text = 'steps:\n  - uses: docker/login-action@4907a6ddec9925e35a0a9e82d7399ccc52663121 # v4.1.0\n    with: {}\n';
    expect(usesLines(text)).toEqual([{ line: 2, value: 'docker/login-action@4907a6ddec9925e35a0a9e82d7399ccc52663121', comment: 'v4.1.0' }]);
  });
});

describe('every workflow and composite action in .github', () => {
  it('finds the workflows and the composite action', () => {
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/actions/oci-config/action.yml']));
  });

  it.each(files.map((f) => [f.path, f] as const))('%s pins every third-party action to a commit SHA with its release', (_path, file) => {
    const lines = usesLines(file.text);
    // Each parsed `uses` was seen as a line (a flow-style mapping would hide it from the comment check).
    expect(lines.map((l) => l.value).sort()).toEqual(usesOf(file).sort());
    expect(lines.flatMap(pinProblems)).toEqual([]);
  });

  it('names one release per commit SHA across all files', () => {
    const releaseOf = new Map<string, Set<string>>();
    for (const f of files) {
      for (const u of usesLines(f.text).filter((l) => isThirdParty(l.value))) {
        releaseOf.set(u.value, (releaseOf.get(u.value) ?? new Set()).add(u.comment ?? ''));
      }
    }
    expect([...releaseOf].filter(([, releases]) => releases.size > 1).map(([sha]) => sha)).toEqual([]);
  });
});
