/**
 * Runs Renovate's custom regex managers the way Renovate does (lib/modules/manager/custom/regex):
 * `managerFilePatterns` in the `/regex/` form select files by their repository path, each
 * `matchStrings` entry is a JavaScript RegExp with the `g` flag whose named groups, or the
 * `…Template` fields rendered from them, fill the dependency; a dependency needs a depName or
 * packageName, a currentValue or currentDigest, and a datasource.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface CustomManager {
  readonly customType: string;
  readonly description?: string;
  readonly managerFilePatterns: readonly string[];
  readonly matchStrings: readonly string[];
  readonly matchStringsStrategy?: string;
  readonly [template: `${string}Template`]: string | undefined;
}

export interface ExtractedDependency {
  readonly file: string;
  readonly depName?: string;
  readonly packageName?: string;
  readonly currentValue?: string;
  readonly currentDigest?: string;
  readonly datasource?: string;
  readonly registryUrl?: string;
  readonly versioning?: string;
}

/** Renovate's validMatchFields: groups or templates of these names become dependency fields. */
const FIELDS = ['depName', 'packageName', 'currentValue', 'currentDigest', 'datasource', 'versioning', 'extractVersion', 'registryUrl', 'depType'] as const;

/** A `/regex/` or `/regex/i` file pattern as a RegExp; globs are not supported here (use the regex form). */
export function filePattern(pattern: string): RegExp {
  const m = /^\/(.*)\/(i?)$/.exec(pattern);
  if (!m) throw new Error(`managerFilePatterns entry ${pattern} is not in the /regex/ form`);
  return new RegExp(m[1]!, m[2]);
}

/** Renovate compiles matchStrings with RE2 when it is available: no lookaround, no backreferences. */
export const re2Incompatible = (source: string) => /\(\?<?[=!]|\\[1-9]/.test(source);

/** Handlebars as Renovate uses it in templates: `{{{name}}}` and `{{name}}` only. */
const render = (template: string, context: Record<string, string | undefined>) =>
  template.replace(/\{\{\{?\s*(\w+)\s*\}?\}\}/g, (_all, name: string) => context[name] ?? '');

export function extract(manager: CustomManager, file: string, content: string): ExtractedDependency[] {
  return manager.matchStrings.flatMap((source) =>
    [...content.matchAll(new RegExp(source, 'g'))].map((match) => {
      const groups: Record<string, string | undefined> = { ...match.groups, packageFile: file };
      const dep: { file: string } & Record<string, string | undefined> = { file };
      for (const field of FIELDS) {
        const template = manager[`${field}Template`];
        const value = template !== undefined ? render(template, groups) : groups[field];
        if (value) dep[field] = value;
      }
      return dep as ExtractedDependency;
    }),
  );
}

export const isValidDependency = (d: ExtractedDependency) => Boolean((d.depName || d.packageName) && (d.currentValue || d.currentDigest) && d.datasource);

// Renovate skips node_modules; cdktf.out is git-ignored build output.
const SKIPPED = new Set(['node_modules', '.git', 'cdktf.out']);

/** Repository files (paths with forward slashes), without installed packages and build output. */
export function repositoryFiles(root: string, dir = ''): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((e) => !SKIPPED.has(e.name) && !e.name.startsWith('.synth-'))
    .flatMap((e) => {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      return e.isDirectory() ? repositoryFiles(root, rel) : [rel];
    })
    .sort();
}

/** Every dependency a manager finds in the repository. */
export function extractAll(manager: CustomManager, root: string): ExtractedDependency[] {
  const patterns = manager.managerFilePatterns.map(filePattern);
  return repositoryFiles(root)
    .filter((file) => patterns.some((p) => p.test(file)))
    .flatMap((file) => extract(manager, file, fs.readFileSync(path.join(root, file), 'utf8')));
}
