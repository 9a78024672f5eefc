import * as assert from 'node:assert/strict';
import { buildCorpus, checkText, compileReliability, toClaimReviews, toMarkdownReport, toReport, type InputFile } from '../../../src/engine';

const CLAIM = 'City engineer Ana Ruiz said the Westfield bridge repair will cost $3.2 million.';
const BLOG: InputFile = {
  path: 'blogs/rumour.md',
  text: '---\ntitle: Bridge rumours\noutlet: Harbour Chatter\nreliability: 1\n---\nCity engineer Ana Ruiz said the Westfield bridge repair will cost $4.8 million.\n',
};
const WIRE: InputFile = {
  path: 'wire/bridge.md',
  text: '---\ntitle: Westfield bridge repair\noutlet: Lakeside Gazette\n---\nCity engineer Ana Ruiz said the Westfield bridge repair will cost $3.2 million.\n',
};
const PAPER: InputFile = {
  path: 'wire/paper.md',
  text: '---\ntitle: Bridge costs\noutlet: Daily Ledger\n---\nCity engineer Ana Ruiz said the Westfield bridge repair will cost $3.2 million, the council heard.\n',
};

describe('source reliability tiers', () => {
  const source = (id: string, outlet?: string, reliability?: number, root = 0) => ({ id, root, meta: { title: id, ...(outlet && { outlet }), ...(reliability && { reliability }) } });

  it('maps folders, file patterns and outlets to tiers, first match first, over the front matter', () => {
    const tierOf = compileReliability({
      rules: [
        { pattern: 'corpus/blogs', tier: 3 },
        { pattern: '**/press-*.md', tier: 2 },
        { pattern: 'outlet:  lakeside GAZETTE ', tier: 1 },
        { pattern: 'corpus/blogs/good.md', tier: 1 },
      ],
      roots: ['corpus', './other/'],
    });
    assert.equal(tierOf(source('blogs/a.md', undefined, 1)), 3, 'a rule wins over the front matter (corpus text is untrusted)');
    assert.equal(tierOf(source('blogs/good.md')), 3, 'the first matching rule wins');
    assert.equal(tierOf(source('x/press-release.md')), 2);
    assert.equal(tierOf(source('news/a.md', 'Lakeside Gazette')), 1);
    assert.equal(tierOf(source('news/a.md', undefined, 3)), 3, 'front matter when no rule matches');
    assert.equal(tierOf(source('news/a.md')), undefined, 'unrated');
    assert.equal(tierOf(source('blogs/a.md', undefined, undefined, 1)), undefined, 'a folder rule names its root');
    assert.equal(compileReliability({ rules: [{ pattern: 'blogs/*.md', tier: 3 }], roots: [] })(source('blogs/a.md')), 3, 'a path inside the root matches too');
    assert.equal(compileReliability({ rules: [{ pattern: 'blogs/*.md', tier: 3 }], roots: [] })(source('blogs/deep/a.md')), undefined, '* stays within a folder');
  });

  it('a claim contested only by low-reliability sources is marked; a reliable conflict is plain contested', () => {
    const { corpus } = buildCorpus([BLOG, WIRE], ['corpus']);
    const low = checkText(CLAIM, corpus, { reliability: { rules: [{ pattern: 'corpus/blogs', tier: 3 }], roots: ['corpus'] } });
    assert.equal(low[0].verdict, 'contested');
    assert.equal(low[0].lowReliability, true);
    const conflict = low[0].evidence.find((e) => e.stance === 'conflicts');
    assert.equal(conflict?.tier, 3);
    const plain = checkText(CLAIM, corpus);
    assert.equal(plain[0].verdict, 'contested');
    assert.equal(plain[0].lowReliability, undefined, 'the front matter rates the blog 1');
    assert.equal(plain[0].evidence.find((e) => e.stance === 'conflicts')?.tier, 1);
  });

  it('tiers rank the evidence within a stance', () => {
    const { corpus } = buildCorpus([WIRE, PAPER], ['corpus']);
    const ids = (rules: { pattern: string; tier: 1 | 2 | 3 }[]) =>
      checkText(CLAIM, corpus, { reliability: { rules, roots: ['corpus'] } })[0].evidence.filter((e) => e.stance === 'supports').map((e) => e.source.id);
    const low = ids([{ pattern: 'corpus/wire/bridge.md', tier: 3 }]);
    const high = ids([{ pattern: 'corpus/wire/bridge.md', tier: 1 }, { pattern: 'outlet:Daily Ledger', tier: 3 }]);
    assert.ok(low.length === 2 && high.length === 2, `both support: ${low} / ${high}`);
    assert.equal(low[0], 'wire/paper.md');
    assert.equal(high[0], 'wire/bridge.md');
  });

  it('the report, its Markdown and the ClaimReview carry the tier and the low-reliability mark', () => {
    const { corpus } = buildCorpus([BLOG, WIRE], ['corpus']);
    const findings = checkText(CLAIM, corpus, { reliability: { rules: [{ pattern: 'corpus/blogs', tier: 3 }], roots: ['corpus'] } });
    const report = toReport([{ path: 'draft.md', text: CLAIM, findings }], { roots: ['corpus'] });
    const claim = report.files[0].claims[0];
    assert.equal(claim.lowReliability, true);
    assert.equal(claim.evidence.find((e) => e.stance === 'conflicts')?.tier, 3);
    const markdown = toMarkdownReport(report, { date: '2026-12-02' });
    assert.match(markdown, /Contested by low-reliability sources only \(tier 3\)/);
    assert.match(markdown, /reliability tier 3/);
    const jsonld = toClaimReviews(report, { datePublished: '2026-12-02' });
    assert.equal(jsonld['@graph'][0].reviewRating.ratingExplanation, 'Only low-reliability sources (tier 3) conflict with this claim.');
  });
});
