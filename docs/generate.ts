/** `npm run docs` (part of `npm run synth`): writes the documents generated from the code. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedDocs } from './generated';

const root = path.resolve(__dirname, '..');
for (const [file, content] of generatedDocs()) {
  fs.writeFileSync(path.join(root, file), content);
  console.log(`${file}: written`);
}
