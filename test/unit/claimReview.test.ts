import * as assert from 'assert';
import { toClaimReviews } from '../../src/engine/report/claimReview';
import { escapeMarkdown } from '../../src/engine/text/markdown';
import { toMarkdownReport } from '../../src/engine/report/markdownReport';
import { toReport } from '../../src/engine/report/report';
import type { Evidence, Finding, Stance, Verdict } from '../../src/engine/types';

const DRAFT = 'The council approved the plan by a 7-2 vote. The mayor said 9,000 people a day would ride. Voss retires in June.';

function evidence(stance: Stance, source: string, meta: Evidence['source']['meta'], text: string, reasons: string[] = []): Evidence {
  return {
    passage: { id: `${source}#0`, sourceId: source, start: 0, end: text.length, text, focus: { start: 0, end: text.length } },
    source: { id: source, root: 0, meta },
    stance,
    confidence: 0.9,
    score: 1,
    reasons,
    highlights: [],
  };
}

function finding(sentence: string, verdict: Verdict, found: Evidence[]): Finding {
  const start = DRAFT.indexOf(sentence);
  assert.ok(start >= 0, `fixture sentence is in the draft: ${sentence}`);
  return {
    claim: { id: `c${start}`, text: sentence, start, end: start + sentence.length, line: 1, column: start + 1, checkworthiness: 0.8, kinds: ['quantity'], reasons: ['figure: 7-2'] },
    verdict,
    evidence: found,
  };
}

const vote = { title: 'Council backs the plan', outlet: 'Harbour Herald', date: '2025-03-02', url: 'https://example.org/vote' };
const forecast = { title: 'Forecast [revised]', outlet: 'Coast Courier' };

const FINDINGS: Finding[] = [
  finding('The council approved the plan by a 7-2 vote.', 'supported', [
    evidence('supports', 'vote.md', vote, 'The council voted 7-2 for the plan.'),
    evidence('supports', 'vote.md', vote, 'Seven members backed it.'),
    evidence('mentions', 'notes.txt', { title: 'Notes' }, 'The council met.'),
  ]),
  finding('The mayor said 9,000 people a day would ride.', 'contested', [
    evidence('conflicts', 'forecast.md', forecast, 'The mayor expects *4,000* riders a day <script>alert(1)</script>.', ['number: 9,000 vs 4,000']),
    evidence('supports', 'vote.md', vote, 'The mayor spoke about riders.'),
  ]),
  finding('Voss retires in June.', 'unverified', []),
];

const report = () => toReport([{ path: 'drafts/week.md', text: DRAFT, findings: FINDINGS }], { tool: { name: 'corroborate', version: '1.2.3' } });

describe('ClaimReview JSON-LD', () => {
  const doc = toClaimReviews(report(), { datePublished: '2025-03-04' });
  const reviews = doc['@graph'];
  const byClaim = (text: string) => reviews.find((r) => r.claimReviewed === text);

  it('is a schema.org document with one ClaimReview per contested or supported claim', () => {
    assert.strictEqual(doc['@context'], 'https://schema.org');
    assert.deepStrictEqual(
      reviews.map((r) => [r['@type'], r.reviewRating.alternateName]),
      [
        ['ClaimReview', 'supported'],
        ['ClaimReview', 'contested'],
      ],
    );
    assert.strictEqual(byClaim('Voss retires in June.'), undefined, 'unverified claims get no rating');
  });

  it('rates contested worst and supported best on a declared scale', () => {
    const contested = byClaim('The mayor said 9,000 people a day would ride.');
    const supported = byClaim('The council approved the plan by a 7-2 vote.');
    assert.ok(contested && supported);
    assert.deepStrictEqual(contested.reviewRating, { '@type': 'Rating', ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: 'contested' });
    assert.strictEqual(supported.reviewRating.ratingValue, 3);
  });

  it('lists each deciding source once as an appearance of the claim, and nothing that only mentions it', () => {
    const supported = byClaim('The council approved the plan by a 7-2 vote.');
    assert.deepStrictEqual(supported?.itemReviewed, {
      '@type': 'Claim',
      appearance: [
        { '@type': 'CreativeWork', headline: vote.title, url: vote.url, datePublished: vote.date, publisher: { '@type': 'Organization', name: vote.outlet } },
      ],
    });
    const contested = byClaim('The mayor said 9,000 people a day would ride.');
    assert.deepStrictEqual(
      contested?.itemReviewed.appearance.map((a) => a.headline),
      [forecast.title],
      'a contested claim appears in the sources that conflict with it',
    );
    assert.strictEqual(contested?.itemReviewed.appearance[0].url, undefined, 'no url is made up for a source without one');
  });

  it('explains the rating from the strongest deciding passage', () => {
    assert.strictEqual(byClaim('The mayor said 9,000 people a day would ride.')?.reviewBody, 'Conflicts with "Forecast [revised]" (Coast Courier): number: 9,000 vs 4,000.');
  });

  it('names the organisation from the options, else Corroborate, and carries the given date', () => {
    assert.deepStrictEqual(reviews[0].author, { '@type': 'Organization', name: 'Corroborate' });
    assert.strictEqual(reviews[0].datePublished, '2025-03-04');
    const named = toClaimReviews(report(), { datePublished: '2025-03-04', author: '  Harbour Desk ', url: 'https://example.org/draft' });
    assert.strictEqual(named['@graph'][0].author.name, 'Harbour Desk');
    assert.strictEqual(named['@graph'][0].url, 'https://example.org/draft');
    assert.strictEqual(toClaimReviews(report(), { datePublished: '2025-03-04', author: '   ' })['@graph'][0].author.name, 'Corroborate');
  });

  it('survives a JSON round trip unchanged (plain data only)', () => {
    assert.deepStrictEqual(JSON.parse(JSON.stringify(doc)), doc);
  });
});

describe('Markdown report', () => {
  const markdown = toMarkdownReport(report(), {
    date: '2025-03-04',
    decisionFor: (path, claimId) => (path === 'drafts/week.md' && claimId === FINDINGS[0].claim.id ? { decision: 'accepted', note: 'called the clerk' } : undefined),
  });

  it('lists contested claims first, then unverified, then supported, with counts', () => {
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    assert.deepStrictEqual(headings, ['## Contested (1)', '## Unverified (1)', '## Supported (1)']);
    assert.match(markdown, /3 check-worthy claims: 1 contested, 1 unverified, 1 supported\./);
  });

  it('escapes corpus text so none of it is interpreted as Markdown or HTML', () => {
    assert.ok(!markdown.includes('<script>'), 'raw HTML does not survive');
    assert.ok(markdown.includes('\\*4\\,000\\*'), 'emphasis markers are escaped');
    assert.ok(markdown.includes('Forecast \\[revised\\]'), 'brackets in titles are escaped');
  });

  it('links only http(s) sources, and marks the editor decisions', () => {
    assert.ok(markdown.includes(`[Council backs the plan](<${vote.url}>)`));
    const unsafe = toReport([{ path: 'd.md', text: DRAFT, findings: [finding('The council approved the plan by a 7-2 vote.', 'supported', [evidence('supports', 'x.md', { title: 'X', url: 'javascript:alert(1)' }, 'Approved 7-2.')])] }]);
    assert.ok(!toMarkdownReport(unsafe, { date: '2025-03-04' }).includes('](<javascript'), 'a javascript: address is not linked');
    assert.match(markdown, /\*Accepted as checked by the editor: called the clerk\*/);
  });
});

describe('escapeMarkdown', () => {
  it('makes every ASCII punctuation mark literal and keeps the text on one line', () => {
    assert.strictEqual(escapeMarkdown('a *b*\n# c [d](e) <f> &amp; `g`'), 'a \\*b\\* \\# c \\[d\\]\\(e\\) \\<f\\> \\&amp\\; \\`g\\`');
    assert.strictEqual(escapeMarkdown('plain words 12'), 'plain words 12');
  });
});
