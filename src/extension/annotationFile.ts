/**
 * The format of `.corroborate/annotations.json` and how its entries find their claims again. Pure (no
 * `vscode`), so it is unit-tested directly; src/extension/annotations.ts does the reading and writing.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Finding } from '../engine';
import type { ReviewedFinding, ReviewScope } from './findingsStore';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 40;
export const FILE_VERSION = 1;

const entrySchema = z
  .object({
    quote: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
    /** Path relative to the workspace folder; absent for workspace-wide decisions. */
    file: z.string().min(1).optional(),
    decision: z.enum(['accepted', 'dismissed']),
    scope: z.enum(['occurrence', 'file', 'workspace']),
    note: z.string().optional(),
    by: z.string(),
    at: z.iso.datetime(),
  })
  .strict()
  .refine((e) => e.scope === 'workspace' || e.file !== undefined, { message: 'an occurrence or file decision needs "file"' });

// Strict: a field this version does not know would be lost on the next write, so it makes the file invalid.
export const fileSchema = z.object({ version: z.literal(FILE_VERSION), entries: z.record(z.string(), entrySchema) }).strict();

export type AnnotationEntry = z.infer<typeof entrySchema>;
/** The order fields are written in, so diffs stay small. */
const FIELD_ORDER: (keyof AnnotationEntry)[] = ['quote', 'prefix', 'suffix', 'file', 'decision', 'scope', 'note', 'by', 'at'];

/** The file's text: entries sorted by key, fields in `FIELD_ORDER`, a trailing newline. */
export function serialize(entries: Record<string, AnnotationEntry>): string {
  const sorted: Record<string, Record<string, unknown>> = {};
  for (const key of Object.keys(entries).sort()) {
    const entry = entries[key];
    const ordered: Record<string, unknown> = {};
    for (const field of FIELD_ORDER) if (entry[field] !== undefined) ordered[field] = entry[field];
    sorted[key] = ordered;
  }
  return `${JSON.stringify({ version: FILE_VERSION, entries: sorted }, null, 2)}\n`;
}

/** One key per claim: the quote, plus the file unless the decision is workspace-wide. */
export function entryKey(entry: Pick<AnnotationEntry, 'quote' | 'file' | 'scope'>): string {
  const owner = entry.scope === 'workspace' ? '*' : (entry.file ?? '');
  return createHash('sha256').update(`${owner}\n${normalizeQuote(entry.quote)}`).digest('hex').slice(0, 16);
}

/** Line wrapping and spacing do not change what a claim says. */
function normalizeQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}


type Review = NonNullable<ReviewedFinding['review']>;

/**
 * The review for each finding (by index). An occurrence decision goes to the one finding with its quote
 * whose surroundings look most like the recorded context; file and workspace decisions go to every
 * finding with the quote. The narrowest scope wins.
 */
export function matchEntries(entries: AnnotationEntry[], file: string, text: string, findings: Finding[]): (Review | undefined)[] {
  const reviews: (Review | undefined)[] = findings.map(() => undefined);
  const rank: Record<ReviewScope, number> = { occurrence: 3, file: 2, workspace: 1 };
  const given = findings.map(() => 0);
  const assign = (index: number, entry: AnnotationEntry) => {
    if (rank[entry.scope] <= given[index]) return;
    given[index] = rank[entry.scope];
    reviews[index] = { decision: entry.decision, scope: entry.scope, ...(entry.note ? { note: entry.note } : {}) };
  };
  const byQuote = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const quote = normalizeQuote(f.claim.text);
    byQuote.set(quote, [...(byQuote.get(quote) ?? []), i]);
  });
  for (const entry of entries) {
    if (entry.scope !== 'workspace' && entry.file !== file) continue;
    const candidates = byQuote.get(normalizeQuote(entry.quote)) ?? [];
    if (candidates.length === 0) continue;
    if (entry.scope === 'occurrence') assign(bestByContext(candidates, findings, text, entry), entry);
    else for (const index of candidates) assign(index, entry);
  }
  return reviews;
}

function bestByContext(candidates: number[], findings: Finding[], text: string, entry: AnnotationEntry): number {
  let best = candidates[0];
  let bestScore = -1;
  for (const index of candidates) {
    const { start, end } = findings[index].claim;
    const score =
      commonSuffixLength(text.slice(Math.max(0, start - CONTEXT_CHARS), start), entry.prefix) +
      commonPrefixLength(text.slice(end, end + CONTEXT_CHARS), entry.suffix);
    if (score > bestScore) [best, bestScore] = [index, score];
  }
  return best;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
