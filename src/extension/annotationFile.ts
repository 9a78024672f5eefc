/**
 * The format of `.corroborate/annotations.json` and how its entries find their claims again. Pure (no
 * `vscode`), so it is unit-tested directly; src/extension/annotations.ts does the reading and writing.
 *
 * Version 2 keeps an audit trail: each entry anchors one claim (quote, context, file) and holds the
 * `history` of decisions on it, oldest first. A decision is appended and never replaces an earlier one;
 * the claim's status is the last decision's. A version 1 file (one decision per entry) is read as a
 * history of one and written back as version 2 on the next decision, losing nothing.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { z } from 'zod';
import type { Finding } from '../engine';
import type { Review, ReviewScope } from './findingsStore';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 40;
export const FILE_VERSION = 2;

/** A claim's review status; `open` is what a claim without decisions (or a reopened one) has. */
export const REVIEW_STATUSES = ['open', 'accepted', 'dismissed', 'needs-source'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
const SCOPES = ['occurrence', 'file', 'workspace'] as const;

const eventSchema = z
  .object({
    status: z.enum(REVIEW_STATUSES),
    scope: z.enum(SCOPES),
    note: z.string().optional(),
    by: z.string(),
    at: z.iso.datetime(),
  })
  .strict();

const anchorShape = {
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  /** Path relative to the workspace folder; absent for workspace-wide decisions. */
  file: z.string().min(1).optional(),
};

const entrySchema = z
  .object({ ...anchorShape, history: z.array(eventSchema).min(1) })
  .strict()
  .refine((e) => (e.file === undefined) === e.history.every((h) => h.scope === 'workspace'), {
    message: 'an occurrence or file decision needs "file", and a workspace decision has none',
  });

/** Version 1: one decision per entry, replaced by the next. */
const entryV1Schema = z
  .object({
    ...anchorShape,
    decision: z.enum(['accepted', 'dismissed']),
    scope: z.enum(SCOPES),
    note: z.string().optional(),
    by: z.string(),
    at: z.iso.datetime(),
  })
  .strict()
  .refine((e) => e.scope === 'workspace' || e.file !== undefined, { message: 'an occurrence or file decision needs "file"' });

// Strict: a field this version does not know would be lost on the next write, so it makes the file invalid.
export const fileSchema = z.union([
  z.object({ version: z.literal(FILE_VERSION), entries: z.record(z.string(), entrySchema) }).strict(),
  z
    .object({ version: z.literal(1), entries: z.record(z.string(), entryV1Schema) })
    .strict()
    .transform((v1) => ({
      version: FILE_VERSION,
      entries: Object.fromEntries(
        Object.entries(v1.entries).map(([key, { decision, scope, note, by, at, ...anchor }]) => [
          key,
          { ...anchor, history: [{ status: decision, scope, ...(note !== undefined && { note }), by, at }] },
        ]),
      ),
    })),
]);

export type AnnotationEntry = z.infer<typeof entrySchema>;
export type AnnotationEvent = z.infer<typeof eventSchema>;
export type AnnotationAnchor = Pick<AnnotationEntry, 'quote' | 'prefix' | 'suffix' | 'file'>;

/** The order fields are written in, so diffs stay small. */
const FIELD_ORDER: (keyof AnnotationEntry)[] = ['quote', 'prefix', 'suffix', 'file', 'history'];
const EVENT_ORDER: (keyof AnnotationEvent)[] = ['status', 'scope', 'note', 'by', 'at'];

function ordered<T extends object>(value: T, order: (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of order) if (value[field] !== undefined) out[field as string] = value[field];
  return out;
}

/** The file's text: entries sorted by key, fields in a fixed order, one history event after another, a trailing newline. */
export function serialize(entries: Record<string, AnnotationEntry>): string {
  const sorted: Record<string, Record<string, unknown>> = {};
  for (const key of Object.keys(entries).sort()) {
    const entry = entries[key];
    sorted[key] = { ...ordered(entry, FIELD_ORDER), history: entry.history.map((h) => ordered(h, EVENT_ORDER)) };
  }
  return `${JSON.stringify({ version: FILE_VERSION, entries: sorted }, null, 2)}\n`;
}

/** One key per claim: the quote, plus the file unless the decision is workspace-wide. */
export function entryKey(entry: Pick<AnnotationEntry, 'quote' | 'file'>): string {
  const owner = entry.file ?? '*';
  return bytesToHex(sha256(utf8ToBytes(`${owner}\n${normalizeQuote(entry.quote)}`))).slice(0, 16);
}

/**
 * Appends a decision to the claim's entry (creating the entry with this anchor when there is none). Earlier
 * decisions and the first anchor are kept as they are: the history only grows.
 */
export function appendDecision(entries: Record<string, AnnotationEntry>, anchor: AnnotationAnchor, event: AnnotationEvent): string {
  const key = entryKey(anchor);
  const existing = entries[key];
  entries[key] = existing ? { ...existing, history: [...existing.history, event] } : { ...anchor, history: [event] };
  return key;
}

/** True when `after` keeps every entry of `before` with its history as a prefix: nothing was lost or rewritten. */
export function onlyAppended(before: Record<string, AnnotationEntry>, after: Record<string, AnnotationEntry>): boolean {
  return Object.entries(before).every(([key, old]) => {
    const now = after[key];
    if (!now || now.quote !== old.quote || now.file !== old.file || now.history.length < old.history.length) return false;
    return old.history.every((h, i) => JSON.stringify(ordered(h, EVENT_ORDER)) === JSON.stringify(ordered(now.history[i], EVENT_ORDER)));
  });
}

/** Line wrapping and spacing do not change what a claim says. */
function normalizeQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The review for each finding (by index): the last decision of the entries that apply. An occurrence
 * decision goes to the one finding with its quote whose surroundings look most like the recorded context;
 * file and workspace decisions go to every finding with the quote. The narrowest scope wins, and a
 * reopened claim (last status `open`) has no review.
 */
export function matchEntries(entries: AnnotationEntry[], file: string, text: string, findings: Finding[]): (Review | undefined)[] {
  const reviews: (Review | 'open' | undefined)[] = findings.map(() => undefined);
  const rank: Record<ReviewScope, number> = { occurrence: 3, file: 2, workspace: 1 };
  const given = findings.map(() => 0);
  const assign = (index: number, entry: AnnotationEntry, last: AnnotationEvent) => {
    if (rank[last.scope] <= given[index]) return;
    given[index] = rank[last.scope];
    reviews[index] =
      last.status === 'open'
        ? 'open'
        : { decision: last.status, scope: last.scope, ...(last.note ? { note: last.note } : {}), by: last.by, at: last.at, decisions: entry.history.length };
  };
  const byQuote = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const quote = normalizeQuote(f.claim.text);
    byQuote.set(quote, [...(byQuote.get(quote) ?? []), i]);
  });
  for (const entry of entries) {
    if (entry.file !== undefined && entry.file !== file) continue;
    const candidates = byQuote.get(normalizeQuote(entry.quote)) ?? [];
    if (candidates.length === 0) continue;
    const last = entry.history[entry.history.length - 1];
    if (last.scope === 'occurrence') assign(bestByContext(candidates, findings, text, entry), entry, last);
    else for (const index of candidates) assign(index, entry, last);
  }
  return reviews.map((r) => (r === 'open' ? undefined : r));
}

function bestByContext(candidates: number[], findings: Finding[], text: string, entry: AnnotationAnchor): number {
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
