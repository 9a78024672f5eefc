import * as assert from 'assert';
import { entryKey, fileSchema, matchEntries, serialize, type AnnotationEntry } from '../../../src/extension/annotationFile';
import type { Finding } from '../../../src/engine/types';

function finding(text: string, start: number): Finding {
  return {
    claim: { id: `c${start}`, text, start, end: start + text.length, line: 1, column: start + 1, checkworthiness: 0.9, kinds: ['quantity'], reasons: [] },
    verdict: 'contested',
    evidence: [],
  };
}

function entry(over: Partial<AnnotationEntry>): AnnotationEntry {
  return { quote: 'It cost $5 million.', prefix: '', suffix: '', file: 'draft.md', decision: 'dismissed', scope: 'occurrence', by: 'ed', at: '2026-01-02T03:04:05.000Z', ...over };
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
    assert.deepStrictEqual(Object.keys(parsed.entries[entryKey(a)]), ['quote', 'prefix', 'suffix', 'file', 'decision', 'scope', 'note', 'by', 'at']);
    assert.ok(text.endsWith('}\n'));
    assert.deepStrictEqual(fileSchema.parse(parsed).entries[entryKey(a)], a);
  });

  it('rejects unknown fields, bad dates and file-less occurrence decisions (so they are never overwritten)', () => {
    const wrap = (e: unknown) => ({ version: 1, entries: { k: e } });
    assert.ok(!fileSchema.safeParse(wrap({ ...entry({}), colour: 'red' })).success);
    assert.ok(!fileSchema.safeParse(wrap(entry({ at: 'yesterday' }))).success);
    assert.ok(!fileSchema.safeParse(wrap(entry({ file: undefined }))).success);
    assert.ok(!fileSchema.safeParse({ version: 2, entries: {} }).success);
    assert.ok(fileSchema.safeParse(wrap(entry({}))).success);
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
