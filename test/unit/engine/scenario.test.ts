import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCorpus, checkText, createChecker, detectClaims } from '../../../src/engine';
import { FIXTURES, fixtureCorpus, markers } from './fixtures';

describe('engine scenario: marked draft against a small corpus', () => {
  const draft = fs.readFileSync(path.join(FIXTURES, 'draft.md'), 'utf8');
  const { corpus, problems } = buildCorpus(fixtureCorpus('corpus'));
  const findings = checkText(draft, corpus, {}, 'markdown');

  it('reports the broken file and loads the others', () => {
    assert.equal(problems.length, 1);
    assert.equal(problems[0].path, 'broken.md');
    assert.match(problems[0].message, /reliability/);
    assert.equal(corpus.sources.length, 2);
  });

  for (const marker of markers(draft)) {
    const sentenceEnd = draft.slice(0, marker.at).trimEnd().length;
    const label = draft.slice(draft.lastIndexOf('\n', sentenceEnd - 1) + 1, sentenceEnd).trim();
    it(`${marker.expected}${marker.reason ? ` (${marker.reason})` : ''}: ${label}`, () => {
      const finding = findings.find((f) => f.claim.end === sentenceEnd);
      if (marker.expected === 'nonclaim') {
        assert.equal(finding, undefined, 'flagged as a claim');
        return;
      }
      assert.ok(finding, 'not detected as a claim');
      assert.equal(finding.claim.text, draft.slice(finding.claim.start, finding.claim.end));
      assert.equal(finding.verdict, marker.expected, JSON.stringify(finding.evidence.map((e) => [e.stance, e.reasons])));
      if (marker.reason) {
        const conflict = finding.evidence.find((e) => e.stance === 'conflicts');
        assert.ok(conflict?.reasons.some((r) => r.startsWith(`${marker.reason}:`)), JSON.stringify(conflict?.reasons));
      }
    });
  }

  it('never takes claims from headings, front matter or code blocks', () => {
    const claims = detectClaims(draft, 'markdown');
    assert.ok(claims.every((c) => !/^#|title:|99 bridges/.test(c.text)));
  });

  it('orders evidence conflicts first and caps it at maxEvidence', () => {
    const capped = checkText(draft, corpus, { maxEvidence: 1 }, 'markdown');
    assert.ok(capped.every((f) => f.evidence.length <= 1));
    for (const f of findings) {
      const order = f.evidence.map((e) => ['conflicts', 'supports', 'mentions'].indexOf(e.stance));
      assert.deepEqual(order, [...order].sort((a, b) => a - b));
    }
  });

  it('the caching checker gives the same findings as checkText, before and after an edit', () => {
    const checker = createChecker(corpus);
    assert.deepEqual(checker.check(draft, 'markdown'), findings);
    const edited = draft.replace('on Tuesday.', 'on Tuesday evening.');
    assert.deepEqual(checker.check(edited, 'markdown'), checkText(edited, corpus, {}, 'markdown'));
  });
});
