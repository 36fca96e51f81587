import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes generated documents (path relative to `root` → content), only those whose content changed. */
export function writeDocs(docs: ReadonlyMap<string, string>, root: string): string[] {
  const written: string[] = [];
  for (const [file, content] of docs) {
    const target = path.join(root, file);
    if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === content) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    written.push(file);
  }
  return written;
}
