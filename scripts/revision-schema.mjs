// Writes versions/revision.schema.json, generated from the op table (src/core/op-specs.ts) by
// the built src/front/json-schema.ts. `npm run schema` builds first; test/front/json-schema.test.ts
// fails when the committed file differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { revisionSchemaText } from '../dist/front/json-schema.js';

const target = new URL('../versions/revision.schema.json', import.meta.url);
const text = revisionSchemaText();
if (readFileSync(target, 'utf8') === text) {
  process.stdout.write('versions/revision.schema.json is up to date\n');
} else {
  writeFileSync(target, text);
  process.stdout.write('versions/revision.schema.json written\n');
}
