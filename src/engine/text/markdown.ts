/**
 * Making untrusted text (draft and corpus) literal inside Markdown, for every host that renders it.
 */

/**
 * Escapes `text` so Markdown shows it as written: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows that for all of them, which also defuses emphasis, links, autolinks, raw HTML and
 * entities), and whitespace runs, line breaks included, collapse to one space so the text cannot start a
 * block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}
