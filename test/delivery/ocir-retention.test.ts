import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPOSITORY_PREFIX } from '../../infra-oci/stacks/registry-stack';
import { parseImageList, parseIndexChildren } from '../../.github/scripts/ocir-retention/oci-cli';
import { pinnedByRepository, type RegistryImage, selectTagged, selectUntagged } from '../../.github/scripts/ocir-retention/policy';
import { ROOT } from './github-files';

const NOW = new Date('2026-11-27T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 24 * 60 * 60 * 1000);
const repo = `${REPOSITORY_PREFIX}/backend`;
const image = (n: number, age: number, tag: string | null = `sha${n}`): RegistryImage => ({ id: `ocid-${n}`, repository: repo, digest: `sha256:${String(n).padStart(64, '0')}`, tag, created: daysAgo(age) });
const policy = { keepLast: 2, maxAgeDays: 30 };
const none = new Map<string, Set<string>>();
const ids = (images: readonly RegistryImage[]) => images.map((i) => i.id).sort();

describe('OCIR retention rule', () => {
  // Newest first: 7 (1 day), 6 (5), 4 (10), 5 (70), 3 (80), 2 (90), 1 (100).
  const tagged = [image(1, 100), image(2, 90), image(3, 80), image(4, 10), image(5, 70), image(6, 5), image(7, 1)];

  it('keeps the newest tags and everything younger than the age limit, deletes the other tags', () => {
    const { keep, remove } = selectTagged(tagged, policy, none, NOW);
    expect(ids(keep)).toEqual(['ocid-4', 'ocid-6', 'ocid-7']); // 7 and 6 are the newest two; 4 is young
    expect(ids(remove)).toEqual(['ocid-1', 'ocid-2', 'ocid-3', 'ocid-5']);
  });

  it('keeps the newest tags even when all are old (a quiet repository keeps a rollback target)', () => {
    const old = [image(1, 300), image(2, 200), image(3, 100)];
    expect(ids(selectTagged(old, policy, none, NOW).keep)).toEqual(['ocid-2', 'ocid-3']);
  });

  it('never deletes the tag or digest the oke environment pins, however old', () => {
    const pinned = new Map([[repo, new Set(['sha1', image(2, 0).digest])]]);
    expect(ids(selectTagged(tagged, policy, pinned, NOW).remove)).toEqual(['ocid-3', 'ocid-5']);
  });

  it('reads the pins from k8s/environments/images/oke.json, one repository per app', () => {
    const oke = JSON.parse(fs.readFileSync(path.join(ROOT, 'k8s', 'environments', 'images', 'oke.json'), 'utf8'));
    const pinned = pinnedByRepository(oke, REPOSITORY_PREFIX);
    expect([...pinned.keys()].sort()).toEqual(Object.keys(oke).map((app) => `${REPOSITORY_PREFIX}/${app}`).sort());
    expect(pinned.get(repo)).toEqual(new Set([oke.backend]));
  });

  it('deletes an old untagged manifest only when no kept index refers to it and no pin names it', () => {
    const children = [image(10, 100, null), image(11, 100, null), image(12, 5, null), image(13, 100, null)];
    const referenced = new Set([children[0]!.digest]);
    const pinned = new Map([[repo, new Set([children[3]!.digest])]]);
    expect(ids(selectUntagged(children, policy, pinned, referenced, NOW))).toEqual(['ocid-11']);
  });

  it('parses the OCI CLI listing, leaving out images already being deleted', () => {
    const listing = {
      data: {
        items: [
          { id: 'a', 'repository-name': repo, digest: 'sha256:aa', version: 'abc123', 'time-created': '2026-10-01T00:00:00+00:00', 'lifecycle-state': 'AVAILABLE' },
          { id: 'b', 'repository-name': repo, digest: 'sha256:bb', version: null, 'time-created': '2026-10-01T00:00:00+00:00', 'lifecycle-state': 'AVAILABLE' },
          { id: 'c', 'repository-name': repo, digest: 'sha256:cc', version: 'old', 'time-created': '2026-01-01T00:00:00+00:00', 'lifecycle-state': 'DELETING' },
        ],
      },
    };
    expect(parseImageList(JSON.stringify(listing)).map((i) => [i.id, i.tag])).toEqual([['a', 'abc123'], ['b', null]]);
    expect(parseImageList('')).toEqual([]);
    expect(() => parseImageList('{"data":{}}')).toThrow();
  });

  it('reads the per-architecture and attestation manifests of an index', () => {
    const index = { mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [{ digest: 'sha256:arm' }, { digest: 'sha256:att' }] };
    expect(parseIndexChildren(JSON.stringify(index))).toEqual(['sha256:arm', 'sha256:att']);
    expect(parseIndexChildren(JSON.stringify({ layers: [] }))).toEqual([]);
  });
});
