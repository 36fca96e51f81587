/**
 * Every workflow and composite action under .github, found by walking the folder (not from a list),
 * so files another change adds are checked too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

export const ROOT = path.resolve(__dirname, '..', '..');
const GITHUB = path.join(ROOT, '.github');

export interface GithubFile {
  /** Path relative to the repository root, with forward slashes. */
  readonly path: string;
  readonly kind: 'workflow' | 'action';
  readonly text: string;
  readonly doc: any;
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
const isWorkflow = (rel: string) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(rel);
const isAction = (rel: string) => /(^|\/)action\.ya?ml$/.test(rel);

export function githubFiles(): GithubFile[] {
  return walk(GITHUB)
    .map(relative)
    .filter((rel) => isWorkflow(rel) || isAction(rel))
    .map((rel) => {
      const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
      return { path: rel, kind: isWorkflow(rel) ? 'workflow' : 'action', text, doc: parse(text) } as const;
    });
}

export const workflowsOf = (files: readonly GithubFile[]) => files.filter((f) => f.kind === 'workflow');

/** Steps of a workflow's jobs or of a composite action. */
export function stepsOf(file: GithubFile): any[] {
  if (file.kind === 'action') return file.doc.runs?.steps ?? [];
  return Object.values(file.doc.jobs ?? {}).flatMap((j: any) => j.steps ?? []);
}

/** Every `uses:` value: steps, and jobs that call a reusable workflow. */
export function usesOf(file: GithubFile): string[] {
  const jobUses = file.kind === 'workflow' ? Object.values(file.doc.jobs ?? {}).flatMap((j: any) => (j.uses ? [j.uses] : [])) : [];
  return [...stepsOf(file).flatMap((s) => (s.uses ? [s.uses] : [])), ...jobUses];
}
