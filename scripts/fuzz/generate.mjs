// Generated hostile inputs for `npm run fuzz`. Every case is a pure function of (seed, index), so one case
// can be replayed alone with `--case N`. Nothing here touches the disk: a case is plain data (texts, bytes,
// links), written out by the worker that runs it.
import { prng } from '../lib.mjs';

const TOWNS = ['Brookhaven', 'Eastmere', 'Lowmoor', 'Carrow Bay', 'Ardenvale', 'Saltmarsh'];
const PEOPLE = ['Maria Okafor', 'Daniel Reyes', 'Lena Voss', 'Aisha Haddad', 'Tomas Lindqvist'];
const BODIES = ['town council', 'port authority', 'water board', 'school board'];
const THINGS = ['ferry terminal', 'library extension', 'flood barrier', 'bus depot', 'harbour wall'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const INVISIBLE = ['\u200B', '\u00AD', '\u200C', '\u200D', '\u2060', '\uFEFF'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20DD', '\u0489'];
const RTL = ['مجلس المدينة وافق على الخطة', 'ועדת העירייה אישרה את התוכנית', '\u202Eevil\u202C', '\u200F'];
const EMOJI = ['🚌', '👨‍👩‍👧', '🇺🇦', '🏳️‍🌈', '\uD83D', '\uDE00'];
const FLOODS = ['[', '(', '<', '`', '*', '_', '<a ', '![x](', '[a](', '<!--', '```\n', '<script>', '</', '&#', '---\n', '# ', '> ', '- ', '|', '\\'];

export class Gen {
  constructor(seed) {
    this.random = prng(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }
  pick(list) {
    return list[Math.floor(this.random() * list.length)];
  }
  chance(p) {
    return this.random() < p;
  }

  /** A news-like sentence with figures, names, dates and sometimes a quote. */
  sentence() {
    const yes = this.int(4, 9);
    const forms = [
      () => `The ${this.pick(TOWNS)} ${this.pick(BODIES)} approved the ${this.pick(THINGS)} by a ${yes}-${this.int(0, yes - 1)} vote on Tuesday.`,
      () => `${this.pick(PEOPLE)} said the ${this.pick(THINGS)} will cost $${this.int(2, 90)}.${this.int(0, 9)} million.`,
      () => `Construction is scheduled to begin in ${this.pick(MONTHS)} ${this.int(2024, 2030)}.`,
      () => `"We will not close the ${this.pick(THINGS)}," ${this.pick(PEOPLE)} told reporters.`,
      () => `About ${this.int(2, 90) * 100} passengers a day are expected, up ${this.int(2, 40)}% from last year.`,
      () => `It remains to be seen whether the ${this.pick(BODIES)} will agree.`,
    ];
    return this.pick(forms)();
  }

  prose(sentences) {
    const out = [];
    for (let i = 0; i < sentences; i++) out.push(this.sentence(), this.chance(0.25) ? '\n\n' : ' ');
    return out.join('');
  }

  /** Inserts `piece` at a random offset. */
  insert(text, piece) {
    const at = this.int(0, text.length);
    return text.slice(0, at) + piece + text.slice(at);
  }

  /** One to six random corruptions of a text. */
  mutate(text) {
    const mutations = [
      (t) => this.insert(t, this.pick(INVISIBLE)),
      (t) => t.replace(/\d(?=\d)/, (d) => d + this.pick(INVISIBLE)),
      (t) => this.insert(t, this.pick(COMBINING).repeat(this.int(1, 30))),
      (t) => this.insert(t, this.pick(RTL)),
      (t) => this.insert(t, this.pick(EMOJI)),
      (t) => t.replace(/\n/g, () => this.pick(['\r', '\r\n', '\n'])),
      (t) => t.replace(/\n/g, '\r'),
      (t) => this.insert(t, this.pick(FLOODS).repeat(this.int(1, 3000))),
      (t) => this.insert(t, String.fromCharCode(this.int(0, 31))),
      (t) => t.slice(0, this.int(0, t.length)),
      (t) => this.insert(t, ' '.repeat(this.int(1, 200))),
      (t) => this.insert(t, this.words(this.int(50, 2000))),
      (t) => this.insert(t, `\n${'#'.repeat(this.int(1, 7))} ${this.sentence()}\n`),
      (t) => this.insert(t, `[${this.sentence()}](https://example.org/a_(b)?q=${this.int(0, 9)})`),
      (t) => this.insert(t, '\t'.repeat(this.int(1, 10)) + this.sentence()),
    ];
    let out = text;
    for (let i = this.int(1, 6); i > 0; i--) out = this.pick(mutations)(out);
    return out;
  }

  /** Words without any punctuation. */
  words(n) {
    const vocab = ['council', 'vote', 'harbour', 'ferry', 'million', 'plan', 'the', 'of', 'Brookhaven', 'said', '2026', 'seven', 'March'];
    const out = [];
    for (let i = 0; i < n; i++) out.push(this.pick(vocab));
    return out.join(' ');
  }

  frontMatter() {
    const fields = [
      `title: ${this.sentence().slice(0, 60)}`,
      `outlet: ${this.pick(['Harbor Ledger', 'Valley Courier', ''])}`,
      `date: ${this.pick(['2025-07-03', '2025-02-30', '2024-02-29', '2023-02-29', 'yesterday', '2025-13-01', '2025-07-03T10:00:00Z'])}`,
      `url: ${this.pick(['https://example.org/a', 'javascript:alert(1)', 'data:text/html,x', 'command:workbench.action.terminal.new', 'not a url', 'http://intranet/x'])}`,
      `reliability: ${this.pick(['1', '2', '3', '7', 'high'])}`,
      this.pick(['this line is wrong', '# a comment', 'key:value', '']),
    ];
    const chosen = fields.filter(() => this.chance(0.6));
    const close = this.pick(['---', '...', '', '--- ']);
    return `---\n${chosen.join('\n')}\n${close}\n`;
  }

  /** A draft or source text in one of the three formats, often corrupted. */
  document(kind = this.pick(['markdown', 'plaintext', 'html'])) {
    let body = this.prose(this.int(1, 25));
    if (kind === 'markdown') {
      const extras = [`# ${this.sentence()}\n\n`, '```\ncode 7-2\n', `![img](x.png)\n`, `> ${this.sentence()}\n`, `* ${this.sentence()}\n`, `Heading\n=====\n`, `<!-- ${this.sentence()}`];
      for (let i = this.int(0, 4); i > 0; i--) body = this.insert(body, this.pick(extras));
      if (this.chance(0.5)) body = this.frontMatter() + body;
    } else if (kind === 'html') {
      const depth = this.chance(0.2) ? this.int(100, 5000) : this.int(1, 20);
      body = `<html><head><title>${this.sentence()}</title></head><body>${'<div>'.repeat(depth)}<h1>${this.sentence()}</h1><p>${body}</p>${'</div>'.repeat(this.chance(0.5) ? depth : 0)}${this.pick(['<script>var a = "7-2";', '<style>p{}</style>', '&amp;&#8212;&bogus;', ''])}</body></html>`;
    }
    return { kind, text: this.chance(0.85) ? this.mutate(body) : body };
  }

  /** A big input (0.5 to 5 MB) of one pathological shape. */
  big(megabytes) {
    const size = Math.floor(megabytes * 1024 * 1024);
    const shapes = [
      () => this.pick(FLOODS).repeat(Math.ceil(size / 2)).slice(0, size),
      () => Array.from({ length: Math.ceil(size / 12) }, (_, i) => `# Heading ${i}`).join('\n').slice(0, size),
      () => Array.from({ length: Math.ceil(size / 9) }, (_, i) => `line ${i}`).join('\n').slice(0, size),
      () => '<div>'.repeat(Math.ceil(size / 5)).slice(0, size),
      () => `${this.prose(5)}\n\n${'\u200B'.repeat(size - 2000)}`,
      () => this.repeatTo(`${this.prose(40)}\r`, size),
    ];
    return this.pick(shapes)();
  }

  repeatTo(unit, size) {
    return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  }

  /** The bytes of a text in an encoding, often broken. */
  encode(text) {
    const utf8 = new TextEncoder().encode(text);
    const utf16 = (bigEndian) => {
      const b = Buffer.from(text, 'utf16le');
      if (bigEndian) b.swap16();
      return b;
    };
    const shapes = [
      () => utf8,
      () => utf8,
      () => utf8,
      () => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]),
      () => new Uint8Array([0xff, 0xfe, ...utf16(false)]),
      () => new Uint8Array([0xfe, 0xff, ...utf16(true)]),
      () => new Uint8Array(utf16(false)),
      () => utf8.slice(0, Math.max(0, utf8.length - this.int(1, 3))), // cut inside a character, maybe
      () => { const b = new Uint8Array(utf8); if (b.length) b[this.int(0, b.length - 1)] = this.pick([0xff, 0xc3, 0x80, 0x00]); return b; },
      () => new Uint8Array([...utf8, ...new Uint8Array(this.int(1, 64)).map(() => this.int(0, 255))]),
      () => new Uint8Array(this.int(1, 4096)).map(() => this.int(0, 255)),
      () => new Uint8Array([...new TextEncoder().encode('x'.repeat(9000)), 0, 1, 2, 3]),
    ];
    return this.pick(shapes)();
  }

  /** JSON Lines for `stance` or `claims`, with good and bad lines mixed. */
  jsonl(command) {
    const good = () => (command === 'stance' ? { id: this.int(0, 1e6), claim: this.sentence(), passage: this.prose(this.int(1, 3)) } : { id: `s${this.int(0, 1e6)}`, text: this.sentence() });
    const lines = [];
    for (let i = this.int(1, 30); i > 0; i--) {
      const kind = this.int(0, 9);
      if (kind < 5) lines.push(JSON.stringify(good()));
      else if (kind === 5) lines.push(JSON.stringify({ ...good(), id: this.pick([null, true, { a: 1 }, [1]]) }));
      else if (kind === 6) lines.push(this.pick(['{', 'not json', '[]', '42', '"x"', '{"id":1}', '{"id":1,"text":7}', '{"__proto__":{"id":1},"text":"x"}']));
      else if (kind === 7) lines.push(JSON.stringify({ ...good(), [command === 'stance' ? 'passage' : 'text']: this.mutate(this.prose(2)) }));
      else if (kind === 8) lines.push('');
      else lines.push(JSON.stringify({ ...good(), extra: 'x'.repeat(this.int(0, 2000)) }));
    }
    const text = lines.join(this.pick(['\n', '\r\n', '\n']));
    // Sometimes one bad byte in one line.
    const bytes = new TextEncoder().encode(text);
    if (this.chance(0.2) && bytes.length > 0) bytes[this.int(0, bytes.length - 1)] = 0xff;
    return { lines, bytes };
  }
}

/**
 * The case for (seed, index): which target it exercises and its data. Roughly 1 in 150 is a big input
 * (0.5 to 5 MB) that probes time, the rest are small and many.
 */
export function makeCase(seed, index) {
  const g = new Gen(seed * 1_000_003 + index);
  const roll = g.random();
  if (roll < 0.007) {
    const megabytes = g.pick([0.5, 1, 2, 5]);
    return { target: g.pick(['engine-draft', 'engine-source']), big: true, kind: g.pick(['markdown', 'plaintext', 'html']), text: g.big(megabytes) };
  }
  if (roll < 0.3) return { target: 'engine-draft', ...g.document() };
  if (roll < 0.45) return { target: 'engine-corpus', files: Array.from({ length: g.int(1, 5) }, (_, i) => ({ path: `s${i}.${g.pick(['md', 'txt', 'html'])}`, text: g.document().text })) };
  if (roll < 0.6) return { target: 'decode', bytes: g.encode(g.document().text) };
  if (roll < 0.88) {
    const sources = Array.from({ length: g.int(1, 4) }, (_, i) => ({ path: `corpus/${g.chance(0.3) ? 'sub/' : ''}s${i}.${g.pick(['md', 'txt', 'html'])}`, bytes: g.encode(g.document().text) }));
    const drafts = Array.from({ length: g.int(1, 3) }, (_, i) => ({ path: `d${i}.${g.pick(['md', 'txt'])}`, bytes: g.encode(g.document().text) }));
    const links = [];
    if (g.chance(0.3)) links.push(['corpus/loop-up', '.'], ['corpus/sub-self', 'sub']);
    if (g.chance(0.1)) links.push(['corpus/gone.md', 'nowhere.md']);
    if (g.chance(0.1)) links.push(['corpus/outside', '..']);
    const args = drafts.map((d) => d.path);
    if (g.chance(0.15)) args.push(g.pick(['d/[z-a].md', '*.{md', '**/*.md', 'missing.md']));
    if (g.chance(0.1)) args.push('corpus/s0.md');
    const twice = g.chance(0.1);
    return { target: 'cli-check', sources, drafts, links, args, twice };
  }
  const command = g.pick(['stance', 'claims']);
  return { target: `cli-${command}`, command, ...g.jsonl(command) };
}
