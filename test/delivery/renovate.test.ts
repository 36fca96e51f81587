import * as fs from 'node:fs';
import * as path from 'node:path';
import { ADDONS } from '../../k8s/addons';
import { POSTGRES_IMAGE } from '../../k8s/charts/database-chart';
import { ROOT } from './github-files';
import { type CustomManager, extractAll, filePattern, isValidDependency, re2Incompatible } from './renovate-extract';

const config = JSON.parse(fs.readFileSync(path.join(ROOT, '.github', 'renovate.json'), 'utf8'));
const managers: CustomManager[] = config.customManagers;
const found = managers.map((m) => [m.description ?? m.matchStrings[0]!, m, extractAll(m, ROOT)] as const);
const all = found.flatMap(([, , deps]) => deps);
const key = (d: { depName?: string; currentValue?: string; datasource?: string; registryUrl?: string }) => `${d.datasource} ${d.registryUrl ?? ''} ${d.depName}@${d.currentValue}`;

describe('Renovate configuration (.github/renovate.json)', () => {
  it('uses the current option names: managerFilePatterns (not fileMatch), customManagers (not regexManagers)', () => {
    expect(config).not.toHaveProperty('regexManagers');
    for (const m of managers) expect(Object.keys(m)).not.toContain('fileMatch');
  });

  it.each(managers.map((m) => [m.description, m] as const))('%s: regex manager with RE2-compatible patterns', (_d, m) => {
    expect(m.customType).toBe('regex');
    expect(m.matchStringsStrategy ?? 'any').toBe('any');
    expect(m.managerFilePatterns.length).toBeGreaterThan(0);
    m.managerFilePatterns.forEach(filePattern);
    expect(m.matchStrings.filter(re2Incompatible)).toEqual([]);
  });

  it.each(found)('%s: matches at least one pinned version, each a complete dependency', (_d, _m, deps) => {
    expect(deps.length).toBeGreaterThan(0);
    expect(deps.filter((d) => !isValidDependency(d))).toEqual([]);
  });

  it('finds every add-on chart, from its HTTP repository or OCI registry, at its pinned version', () => {
    const expected = ADDONS.map(({ chart: c }) =>
      c.repoURL.startsWith('https://')
        ? key({ datasource: 'helm', registryUrl: c.repoURL, depName: c.chart, currentValue: c.version })
        : key({ datasource: 'docker', depName: `${c.repoURL}/${c.chart}`, currentValue: c.version }),
    );
    expect(all.filter((d) => d.file.startsWith('k8s/addons/')).map(key).sort()).toEqual(expected.sort());
  });

  it('finds the PostgreSQL image pinned in the TypeScript', () => {
    const [name, tag] = POSTGRES_IMAGE.split(/:(?=[^:/]+$)/);
    expect(all.filter((d) => d.datasource === 'docker' && d.file === 'k8s/charts/database-chart.ts').map(key)).toEqual([key({ datasource: 'docker', depName: name, currentValue: tag })]);
  });

  it('groups the add-on charts, the cdk8s/cdktf family, npm dev tooling and the actions', () => {
    expect(config.packageRules.map((r: any) => r.groupName).filter(Boolean).sort()).toEqual(['cdk8s and cdktf', 'github actions', 'npm dev tooling', 'platform add-on charts']);
    expect(config.extends).toContain('helpers:pinGitHubActionDigestsToSemver');
  });
});
