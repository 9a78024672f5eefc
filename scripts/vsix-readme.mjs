#!/usr/bin/env node
// Writes dist/README.md, the README packaged into the .vsix (npm run package passes it to vsce with
// --readme-path). VS Code's extension page shows only images with an https address and drops relative
// ones, and vsce refuses relative images without a repository to rewrite them against; so each
// screenshot becomes a line naming it and the file in the source tree. Everything else is README.md.
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
