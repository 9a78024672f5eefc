/**
 * Optional YAML-style front matter of a source file. Only flat `key: value`
 * lines are supported (that is all source metadata needs); anything else is
 * reported with the line and field at fault.
 */
import { z } from 'zod';
import type { SourceMeta } from '../types';
import { frontMatterLength } from '../text/document';
import { isCalendarDate } from '../text/dates';

/** A calendar date, optionally with a time after it: 2025-05-09 or 2025-05-09T10:00:00Z. */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v, ctx) => {
    const s = v instanceof Date ? v.toISOString() : v;
    const m = DATE_RE.exec(s);
    if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      ctx.addIssue({ code: 'custom', message: `expected a real date like 2025-05-09, got "${s}"` });
      return z.NEVER;
    }
    return `${m[1]}-${m[2]}-${m[3]}`;
  });

/**
 * Only web links: a `javascript:`, `data:`, `command:` or `file:` URL from an untrusted source must never
 * reach a report, a ClaimReview or a link in the editor.
 */
const webUrl = z.url({ protocol: /^https?$/, error: 'url must be an http:// or https:// web address' });

/** Schema of front matter fields; unknown fields are allowed and ignored. */
export const frontMatterSchema = z.looseObject({
  title: z.string().min(1, 'title is empty').optional(),
  outlet: z.string().min(1).optional(),
  url: webUrl.optional(),
  date: isoDate.optional(),
  published: isoDate.optional(),
  reliability: z.coerce.number().int('reliability must be a whole number').min(1, 'reliability must be 1, 2 or 3').max(3, 'reliability must be 1, 2 or 3').optional(),
});

/** Result of reading front matter. */
export type FrontMatterResult =
  | { ok: true; meta: Partial<SourceMeta>; length: number }
  | { ok: false; message: string };

/** Parses the front matter at the start of `text` (length 0 and empty meta when there is none). */
export function parseFrontMatter(text: string): FrontMatterResult {
  const length = frontMatterLength(text);
  if (length === 0) {
    if (/^\uFEFF?---[ \t]*(?:\r\n?|\n)/.test(text)) return { ok: false, message: 'front matter starts with --- but is never closed' };
    return { ok: true, meta: {}, length: 0 };
  }
  const body = text.slice(0, length).replace(/^\uFEFF?---[ \t]*(?:\r\n?|\n)/, '').replace(/(?:\r\n?|\n)(?:---|\.\.\.)[ \t]*(?:\r\n?|\n)?$/, '');
  const raw: Record<string, string> = {};
  const lines = body.split(/\r\n?|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) return { ok: false, message: `front matter line ${i + 2} is not "key: value": ${JSON.stringify(line.slice(0, 60))}` };
    raw[m[1].toLowerCase()] = unquote(m[2].trim());
  }
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `front matter field "${issue.path.join('.') || '?'}": ${issue.message}` };
  }
  const d = parsed.data;
  const meta: Partial<SourceMeta> = {};
  if (d.title) meta.title = d.title;
  if (d.outlet) meta.outlet = d.outlet;
  if (d.url) meta.url = d.url;
  if (d.date ?? d.published) meta.date = d.date ?? d.published;
  if (d.reliability !== undefined) meta.reliability = d.reliability;
  return { ok: true, meta, length };
}

function unquote(v: string): string {
  const m = /^(["'])(.*)\1$/.exec(v);
  return m ? m[2] : v;
}
