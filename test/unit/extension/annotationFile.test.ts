import * as assert from 'assert';
import { appendDecision, entryKey, fileSchema, matchEntries, onlyAppended, serialize, type AnnotationEntry, type AnnotationEvent } from '../../../src/extension/annotationFile';
import type { Finding } from '../../../src/engine/types';

function finding(text: string, start: number): Finding {
  return {
    claim: { id: `c${start}`, text, start, end: start + text.length, line: 1, column: start + 1, checkworthiness: 0.9, kinds: ['quantity'], reasons: [] },
    verdict: 'contested',
    evidence: [],
  };
}

/** One decision, written flat for brevity: the anchor's fields and the event's. */
type Flat = Partial<Omit<AnnotationEntry, 'history'> & AnnotationEvent & { decision: AnnotationEvent['status'] }>;

function entry(over: Flat): AnnotationEntry {
  const flat = { quote: 'It cost $5 million.', prefix: '', suffix: '', file: 'draft.md' as string | undefined, decision: 'dismissed' as AnnotationEvent['status'], scope: 'occurrence' as AnnotationEvent['scope'], by: 'ed', at: '2026-01-02T03:04:05.000Z', ...over };
  const { quote, prefix, suffix, file, decision, scope, note, by, at } = flat;
  return { quote, prefix, suffix, ...(file !== undefined && { file }), history: [{ status: decision, scope, ...(note !== undefined && { note }), by, at }] };
}

/** Places claims in a text, returning the text and findings at their offsets. */
function layout(parts: (string | { claim: string })[]): { text: string; findings: Finding[] } {
  let text = '';
  const findings: Finding[] = [];
  for (const part of parts) {
    if (typeof part === 'string') text += part;
    else {
      findings.push(finding(part.claim, text.length));
      text += part.claim;
    }
  }
  return { text, findings };
}

describe('annotationFile (review decisions)', () => {
  it('writes keys sorted and fields in a fixed order, and reads back what it wrote', () => {
    const a = entry({ note: 'checked with the press office' });
    const b = entry({ quote: 'Another claim.', scope: 'workspace', file: undefined, decision: 'accepted' });
    const text = serialize({ [entryKey(b)]: b, [entryKey(a)]: a });
    const parsed = JSON.parse(text);
    assert.deepStrictEqual(Object.keys(parsed.entries), [entryKey(a), entryKey(b)].sort());
    assert.deepStrictEqual(Object.keys(parsed.entries[entryKey(a)]), ['quote', 'prefix', 'suffix', 'file', 'history']);
    assert.deepStrictEqual(Object.keys(parsed.entries[entryKey(a)].history[0]), ['status', 'scope', 'note', 'by', 'at']);
    assert.strictEqual(parsed.version, 2);
    assert.ok(text.endsWith('}\n'));
    assert.deepStrictEqual(fileSchema.parse(parsed).entries[entryKey(a)], a);
  });

  it('rejects unknown fields, bad dates and file-less occurrence decisions (so they are never overwritten)', () => {
    const wrap = (e: unknown) => ({ version: 2, entries: { k: e } });
    assert.ok(!fileSchema.safeParse(wrap({ ...entry({}), colour: 'red' })).success);
    assert.ok(!fileSchema.safeParse(wrap(entry({ at: 'yesterday' }))).success);
    assert.ok(!fileSchema.safeParse(wrap(entry({ file: undefined }))).success);
    assert.ok(!fileSchema.safeParse(wrap({ ...entry({}), history: [] })).success, 'a history is never empty');
    assert.ok(!fileSchema.safeParse(wrap(entry({ decision: 'maybe' as never }))).success);
    assert.ok(!fileSchema.safeParse({ version: 3, entries: {} }).success);
    assert.ok(fileSchema.safeParse(wrap(entry({}))).success);
    assert.ok(fileSchema.safeParse(wrap(entry({ decision: 'needs-source', note: 'find the minutes' }))).success);
  });

  it('reads a version 1 file as a history of one decision per claim, losing nothing', () => {
    const v1 = { quote: 'It cost $5 million.', prefix: 'a', suffix: 'b', file: 'draft.md', decision: 'accepted', scope: 'file', note: 'n', by: 'ed', at: '2026-01-02T03:04:05.000Z' };
    const parsed = fileSchema.parse({ version: 1, entries: { k: v1 } });
    assert.deepStrictEqual(parsed.entries.k, { quote: v1.quote, prefix: 'a', suffix: 'b', file: 'draft.md', history: [{ status: 'accepted', scope: 'file', note: 'n', by: 'ed', at: v1.at }] });
    assert.ok(!fileSchema.safeParse({ version: 1, entries: { k: { ...v1, decision: 'needs-source' } } }).success, 'version 1 knew two decisions');
  });

  it('appends each decision to the claim’s history: the first anchor and earlier decisions stay as they were', () => {
    const entries: Record<string, AnnotationEntry> = {};
    const anchor = { quote: 'It cost $5 million.', prefix: 'Intro. ', suffix: '', file: 'draft.md' };
    const at = (s: number) => `2026-01-02T03:04:0${s}.000Z`;
    const before = serialize(entries);
    const key = appendDecision(entries, anchor, { status: 'dismissed', scope: 'occurrence', by: 'ed', at: at(1) });
    const snapshot = structuredClone(entries);
    appendDecision(entries, { ...anchor, prefix: 'Moved. ' }, { status: 'open', scope: 'occurrence', note: 'new figures', by: 'ana', at: at(2) });
    appendDecision(entries, anchor, { status: 'needs-source', scope: 'file', by: 'ana', at: at(3) });
    assert.deepStrictEqual(Object.keys(entries), [key]);
    assert.strictEqual(entries[key].prefix, 'Intro. ', 'the first anchor is kept');
    assert.deepStrictEqual(entries[key].history.map((h) => `${h.status}/${h.by}`), ['dismissed/ed', 'open/ana', 'needs-source/ana']);
    assert.ok(onlyAppended(snapshot, entries));
    assert.ok(!onlyAppended(entries, snapshot), 'dropping a decision is not an append');
    const rewritten = structuredClone(entries);
    rewritten[key].history[0].note = 'edited afterwards';
    assert.ok(!onlyAppended(entries, rewritten), 'rewriting a decision is not an append');
    assert.ok(!onlyAppended(entries, {}), 'dropping an entry is not an append');
    // Diff-friendly: the text only grows by the new lines (plus the comma closing the previous event).
    const one = serialize(snapshot).split('\n');
    const three = serialize(entries).split('\n');
    assert.ok(three.length > one.length && before.length > 0);
    assert.deepStrictEqual(three.slice(0, 7), one.slice(0, 7), 'the anchor and the first event start the same');
  });

  it('the last decision stands: a reopened claim has no review, a claim marked later has the later status', () => {
    const claim = 'It cost $5 million.';
    const { text, findings } = layout(['Intro. ', { claim }]);
    const e = entry({});
    const entries: Record<string, AnnotationEntry> = { [entryKey(e)]: e };
    appendDecision(entries, e, { status: 'open', scope: 'occurrence', by: 'ana', at: '2026-01-03T00:00:00.000Z' });
    assert.deepStrictEqual(matchEntries(Object.values(entries), 'draft.md', text, findings), [undefined]);
    appendDecision(entries, e, { status: 'needs-source', scope: 'file', note: 'the budget table', by: 'bo', at: '2026-01-04T00:00:00.000Z' });
    assert.deepStrictEqual(matchEntries(Object.values(entries), 'draft.md', text, findings), [
      { decision: 'needs-source', scope: 'file', note: 'the budget table', by: 'bo', at: '2026-01-04T00:00:00.000Z', decisions: 3 },
    ]);
  });

  it('keys one entry per claim: the same quote in the same file, whatever the scope or wrapping', () => {
    assert.strictEqual(entryKey(entry({ scope: 'occurrence' })), entryKey(entry({ scope: 'file' })));
    assert.strictEqual(entryKey(entry({ quote: 'It cost\n$5 million.' })), entryKey(entry({})));
    assert.notStrictEqual(entryKey(entry({ file: 'other.md' })), entryKey(entry({})));
    assert.notStrictEqual(entryKey(entry({ scope: 'workspace', file: undefined })), entryKey(entry({})));
  });

  it('finds an occurrence again after edits around it, and picks the right one of two identical quotes', () => {
    const claim = 'It cost $5 million.';
    const first = layout(['Intro. ', { claim }, ' Then the mayor spoke. ', { claim }, ' The end.']);
    const decided = entry({ prefix: ' Then the mayor spoke. '.slice(-40), suffix: ' The end.' });
    assert.deepStrictEqual(
      matchEntries([decided], 'draft.md', first.text, first.findings).map((r) => r?.decision),
      [undefined, 'dismissed'],
    );
    const edited = layout(['A new first paragraph.\n\nIntro. ', { claim }, ' Then the mayor spoke. ', { claim }, ' The end.']);
    assert.deepStrictEqual(
      matchEntries([decided], 'draft.md', edited.text, edited.findings).map((r) => r?.decision),
      [undefined, 'dismissed'],
    );
  });

  it('brings a claim whose text changed back for review', () => {
    const { text, findings } = layout(['Intro. ', { claim: 'It cost $6 million.' }]);
    assert.deepStrictEqual(matchEntries([entry({})], 'draft.md', text, findings), [undefined]);
  });

  it('applies file and workspace decisions to every occurrence, the narrowest scope winning', () => {
    const claim = 'It cost $5 million.';
    const { text, findings } = layout([{ claim }, ' ', { claim }]);
    const reviews = matchEntries(
      [entry({ scope: 'workspace', file: undefined, decision: 'accepted' }), entry({ scope: 'occurrence', prefix: `${claim} ` })],
      'draft.md',
      text,
      findings,
    );
    assert.deepStrictEqual(reviews.map((r) => r && `${r.decision}/${r.scope}`), ['accepted/workspace', 'dismissed/occurrence']);
    assert.deepStrictEqual(matchEntries([entry({ scope: 'file' })], 'other.md', text, findings), [undefined, undefined], 'another file is unaffected');
  });
});
