import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { KUSTOMIZATION_FILE, type KubeObject } from '../../k8s/synth/render';

export interface ManifestDir {
  readonly dir: string;
  /** file name → objects in it */
  readonly files: Map<string, KubeObject[]>;
  /** Problems with the folder itself (kustomization vs files, unparsable YAML). */
  readonly problems: string[];
}

/** Reads dist/<environment>/: every YAML document, and checks kustomization.yaml lists exactly the files `kubectl apply -k` can apply. */
export function readManifestDir(dir: string): ManifestDir {
  const files = new Map<string, KubeObject[]>();
  const problems: string[] = [];
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== KUSTOMIZATION_FILE).sort();
  for (const name of names) {
    const docs = parseAllDocuments(fs.readFileSync(path.join(dir, name), 'utf8'));
    const objects: KubeObject[] = [];
    for (const doc of docs) {
      if (doc.errors.length > 0) problems.push(`${dir}/${name}: ${doc.errors[0]!.message}`);
      const value = doc.toJS();
      if (value !== null && value !== undefined) objects.push(value as KubeObject);
    }
    files.set(name, objects);
  }
  const kustomizationPath = path.join(dir, KUSTOMIZATION_FILE);
  if (!fs.existsSync(kustomizationPath)) {
    problems.push(`${dir}: missing ${KUSTOMIZATION_FILE}`);
  } else {
    const listed: string[] = parse(fs.readFileSync(kustomizationPath, 'utf8'))?.resources ?? [];
    // `kubectl apply -k` is the path without Argo CD: files of Argo CD's own kinds are left out on
    // purpose (their CRDs do not exist there; k8s/synth/render.ts), every other file is listed.
    const holdsArgoKinds = (f: string) => files.get(f)!.some((o) => o.apiVersion?.startsWith('argoproj.io/'));
    for (const f of listed) if (!files.has(f)) problems.push(`${dir}/${KUSTOMIZATION_FILE}: lists ${f}, which does not exist`);
    for (const f of listed) if (files.has(f) && holdsArgoKinds(f)) problems.push(`${dir}/${KUSTOMIZATION_FILE}: lists ${f}, whose Argo CD objects fail without Argo CD's CRDs`);
    for (const f of files.keys()) if (!listed.includes(f) && !holdsArgoKinds(f)) problems.push(`${dir}/${KUSTOMIZATION_FILE}: does not list ${f}`);
  }
  return { dir, files, problems };
}

/** The environment folders under dist/. */
export function environmentDirs(distDir: string): string[] {
  return fs
    .readdirSync(distDir)
    .filter((d) => !d.startsWith('.') && fs.statSync(path.join(distDir, d)).isDirectory())
    .sort()
    .map((d) => path.join(distDir, d));
}
