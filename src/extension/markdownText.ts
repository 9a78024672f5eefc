/**
 * Emphasising parts of untrusted text (a corpus passage) in Markdown that otherwise shows it literally.
 * Pure: no `vscode`, so it is unit-tested directly.
 */
import { escapeMarkdown, type Span } from '../engine';

/** The passage with its highlight spans in bold; each piece is escaped on its own. */
export function emphasise(text: string, highlights: readonly Span[]): string {
  const spans = mergeSpans(highlights.filter((h) => h.start < h.end && h.start >= 0 && h.end <= text.length));
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += escapeMarkdown(text.slice(at, span.start));
    const word = text.slice(span.start, span.end).trim();
    const lead = text.slice(span.start, span.end).match(/^\s*/)?.[0] ?? '';
    const trail = text.slice(span.start, span.end).match(/\s*$/)?.[0] ?? '';
    out += word ? `${escapeMarkdown(lead)}**${escapeMarkdown(word)}**${escapeMarkdown(trail)}` : escapeMarkdown(lead + trail);
    at = span.end;
  }
  return out + escapeMarkdown(text.slice(at));
}

function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * The target of a `command:` link in Markdown: the argument travels as a JSON array, percent-encoded.
 * `encodeURIComponent` leaves `(`, `)`, `!`, `'` and `*` alone, and a `)` in a claim would end the link
 * destination early, so those are encoded too.
 */
export function commandTarget(command: string, arg: unknown): string {
  const encoded = encodeURIComponent(JSON.stringify([arg])).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}
