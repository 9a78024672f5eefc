import * as assert from 'assert';
import { globToRegExp, hasGlobSyntax, splitGlob } from '../../../src/cli/glob';

describe('cli globs', () => {
  it('splits a pattern into the folder to walk and the part to match', () => {
    assert.deepStrictEqual(splitGlob('drafts/**/*.md'), { base: 'drafts', rest: '**/*.md' });
    assert.deepStrictEqual(splitGlob('*.md'), { base: '.', rest: '*.md' });
    assert.deepStrictEqual(splitGlob('a/b/c?.txt'), { base: 'a/b', rest: 'c?.txt' });
    assert.strictEqual(hasGlobSyntax('drafts/today.md'), false);
  });

  it('matches *, **, ?, classes and braces the usual way', () => {
    const cases: [string, string, boolean][] = [
      ['*.md', 'a.md', true],
      ['*.md', 'sub/a.md', false],
      ['**/*.md', 'a.md', true],
      ['**/*.md', 'x/y/a.md', true],
      ['**/*.md', 'x/y/a.mdx', false],
      ['x/**', 'x/y/z.txt', true],
      ['draft-?.md', 'draft-1.md', true],
      ['draft-?.md', 'draft-10.md', false],
      ['draft-[0-9].md', 'draft-7.md', true],
      ['draft-[!0-9].md', 'draft-7.md', false],
      ['*.{md,txt}', 'notes.txt', true],
      ['*.{md,txt}', 'notes.html', false],
      ['a+b (1).md', 'a+b (1).md', true],
    ];
    for (const [glob, file, expected] of cases) assert.strictEqual(globToRegExp(glob).test(file), expected, `${glob} vs ${file}`);
  });
});
