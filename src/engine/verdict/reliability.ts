/**
 * Source reliability tiers: 1 (most reliable), 2 (standard, and what an unrated source counts as) and 3
 * (low). A host maps folders, outlets or file patterns to tiers; the rules win over a source's own
 * `reliability` front matter, because corpus text is untrusted (a scraped page could rate itself 1).
 * Tiers rank evidence within a stance, and a conflict that only low-reliability sources raise is marked
 * as such on the finding. Pure: no file system, no editor.
 */
import { z } from 'zod';
import type { Evidence, Source } from '../types';

export const TIERS = [1, 2, 3] as const;
export type Tier = (typeof TIERS)[number];
/** What an unrated source counts as when evidence is ranked. */
export const DEFAULT_TIER: Tier = 2;
/** The tier whose conflicts alone do not make a plain contested claim. */
export const LOW_TIER: Tier = 3;
export const TIER_LABELS: Record<Tier, string> = { 1: 'high reliability', 2: 'standard reliability', 3: 'low reliability' };

export const tierSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/**
 * Rules, tried in order (the first that matches wins), and the names of the corpus roots as the host shows
 * them (e.g. `corpus/blogs`), so a folder pattern can name a root. A pattern is `outlet:<name>` (the
 * source's outlet, case-insensitive), or a path glob (`*`, `**`, `?`) matched against `<root>/<path>` and
 * against the path inside its root; a pattern without glob characters also matches everything below it.
 */
export const reliabilityOptionsSchema = z.object({
  rules: z.array(z.object({ pattern: z.string().min(1), tier: tierSchema })).default([]),
  roots: z.array(z.string()).default([]),
});
export type ReliabilityOptions = z.infer<typeof reliabilityOptionsSchema>;

type SourceRef = Pick<Source, 'id' | 'root' | 'meta'>;

/** The tier of a source under `options`, or undefined when neither a rule nor its front matter rates it. */
export function compileReliability(options: ReliabilityOptions): (source: SourceRef) => Tier | undefined {
  const matchers = options.rules.map((rule) => ({ test: ruleMatcher(rule.pattern), tier: rule.tier }));
  const roots = options.roots.map((r) => r.replace(/\\/g, '/').replace(/^\.\/?/, '').replace(/\/+$/, ''));
  return (source) => {
    const inRoot = source.id.replace(/\\/g, '/');
    const root = roots[source.root];
    const paths = root ? [`${root}/${inRoot}`, inRoot] : [inRoot];
    for (const m of matchers) if (m.test(paths, source.meta.outlet)) return m.tier;
    const own = source.meta.reliability;
    return own === 1 || own === 2 || own === 3 ? own : undefined;
  };
}

function ruleMatcher(pattern: string): (paths: string[], outlet: string | undefined) => boolean {
  const outlet = /^outlet:(.*)$/i.exec(pattern);
  if (outlet) {
    const name = fold(outlet[1]);
    return (_paths, o) => o !== undefined && fold(o) === name;
  }
  const glob = pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  const re = globToRegExp(/[*?]/.test(glob) ? glob : `${glob}{,/**}`);
  return (paths) => paths.some((p) => re.test(p));
}

function fold(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `**` any path, `*` any name part, `?` one character, `{,x}` optional x; everything else literal. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('{,/**}', i)) {
      re += '(?:/.*)?';
      i += 5;
    } else if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

/** The tier evidence is ranked by: its own, or the default for an unrated source. */
export function rankTier(e: Pick<Evidence, 'tier'>): Tier {
  return e.tier ?? DEFAULT_TIER;
}

/** True when some evidence conflicts and every conflicting passage comes from a low-reliability source. */
export function conflictsOnlyFromLowTier(evidence: readonly Pick<Evidence, 'stance' | 'tier'>[]): boolean {
  const conflicts = evidence.filter((e) => e.stance === 'conflicts');
  return conflicts.length > 0 && conflicts.every((e) => e.tier === LOW_TIER);
}
