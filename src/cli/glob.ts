/**
 * Just enough glob support for `corroborate check 'drafts/**\/*.md'` on Node 20, which has no
 * `fs.glob`: `*`, `**`, `?`, `[abc]`/`[!abc]` and `{a,b}`. Patterns use forward slashes.
 */

const GLOB_CHARS = /[*?[\]{}]/;

export function hasGlobSyntax(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/**
 * Splits a pattern into the folder to walk (its leading segments without glob syntax) and the rest,
 * which is matched against paths relative to that folder.
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex((s) => hasGlobSyntax(s));
  if (firstGlob === -1) return { base: pattern, rest: '' };
  const base = segments.slice(0, firstGlob).join('/');
  return { base: base === '' && pattern.startsWith('/') ? '/' : base || '.', rest: segments.slice(firstGlob).join('/') };
}

/** Compiles a glob (relative, forward slashes) into an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        // `**/` spans zero or more whole folders; a trailing `**` matches everything below.
        source += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        source += '\\[';
      } else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) {
      source += '|';
    } else {
      source += c.replace(/[.+^$()|\\/\]}]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}
