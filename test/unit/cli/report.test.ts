import * as assert from 'assert';
import { formatText, reportSchema, toReport, toSarif } from '../../../src/engine/report/report';
import type { Evidence, Finding, Source } from '../../../src/engine/types';

const draft = '# Title\r\n\r\nThe council approved it by 9-0. 🎉 Mayor Ann Lee said so.\nNothing else.\n';
const sourceText = '---\ntitle: Council vote\n---\n\nThe council approved the plan by 7-2 on Tuesday.\n';
const source: Source = { id: 'news/vote.md', root: 0, meta: { title: 'Council vote', outlet: 'Gazette', date: '2026-01-02' }, text: sourceText };

function claimAt(text: string, sentence: string, verdict: Finding['verdict'], evidence: Evidence[]): Finding {
  const start = text.indexOf(sentence);
  const before = text.slice(0, start).split('\n');
  return {
    claim: {
      id: `c${start}`,
      text: sentence,
      start,
      end: start + sentence.length,
      line: before.length,
      column: before[before.length - 1].length + 1,
      checkworthiness: 0.8,
      kinds: ['quantity'],
      reasons: ['figure: 9-0'],
    },
    verdict,
    evidence,
  };
}

function evidence(stance: Evidence['stance']): Evidence {
  const passage = 'The council approved the plan by 7-2 on Tuesday.';
  const start = sourceText.indexOf(passage);
  return {
    passage: { id: `news/vote.md#${start}`, sourceId: 'news/vote.md', text: passage, start, end: start + passage.length, focus: { start, end: start + passage.length } },
    source: { id: source.id, root: 0, meta: source.meta },
    stance,
    confidence: 0.9,
    score: 3.2,
    reasons: ['number: 9-0 vs 7-2'],
    highlights: [],
  };
}

function sampleReport() {
  const findings = [
    claimAt(draft, 'The council approved it by 9-0.', 'contested', [evidence('conflicts')]),
    claimAt(draft, 'Mayor Ann Lee said so.', 'unverified', []),
    claimAt(draft, 'Nothing else.', 'supported', [evidence('supports')]),
  ];
  return toReport([{ path: 'drafts/a.md', text: draft, findings }], {
    tool: { name: 'corroborate', version: '1.2.3' },
    roots: ['corpus'],
    sources: [source],
    problems: [{ path: 'corpus/bad.md', message: 'file looks binary' }],
  });
}

describe('report contract', () => {
  it('builds a report that satisfies reportSchema, with counts and end positions', () => {
    const report = sampleReport();
    assert.deepStrictEqual(reportSchema.parse(report), report);
    assert.deepStrictEqual(report.summary, { files: 1, claims: 3, contested: 1, supported: 1, unverified: 1 });
    const [contested, unverified] = report.files[0].claims;
    assert.strictEqual(draft.slice(contested.start, contested.end), contested.text);
    assert.deepStrictEqual([contested.line, contested.column, contested.endLine, contested.endColumn], [3, 1, 3, 32]);
    // The emoji is two UTF-16 code units, so the next claim starts two columns after it.
    assert.strictEqual(unverified.column, 36);
    const ev = contested.evidence[0];
    assert.deepStrictEqual([ev.source, ev.title, ev.outlet, ev.date, ev.line, ev.column], ['news/vote.md', 'Council vote', 'Gazette', '2026-01-02', 5, 1]);
    assert.strictEqual(sourceText.slice(ev.start, ev.end), ev.text);
  });

  it('omits evidence positions when the source text is not given', () => {
    const findings = [claimAt(draft, 'The council approved it by 9-0.', 'contested', [evidence('conflicts')])];
    const report = toReport([{ path: 'a.md', text: draft, findings }]);
    const ev = report.files[0].claims[0].evidence[0];
    assert.strictEqual(ev.line, undefined);
    assert.ok(reportSchema.safeParse(report).success);
    assert.deepStrictEqual(report.tool.name, 'corroborate');
  });

  it('rejects a report whose stance is not one of the four', () => {
    const report = sampleReport() as unknown as { files: { claims: { evidence: { stance: string }[] }[] }[] };
    report.files[0].claims[0].evidence[0].stance = 'agrees';
    assert.strictEqual(reportSchema.safeParse(report).success, false);
  });

  it('renders SARIF 2.1.0 with one result per contested or unverified claim', () => {
    const sarif = toSarif(sampleReport()) as any;
    assert.strictEqual(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.strictEqual(run.columnKind, 'utf16CodeUnits');
    assert.deepStrictEqual(run.results.map((r: any) => r.ruleId), ['contested-claim', 'unverified-claim']);
    assert.deepStrictEqual(run.results.map((r: any) => r.level), ['warning', 'note']);
    const [contested] = run.results;
    assert.strictEqual(run.tool.driver.rules[contested.ruleIndex].id, 'contested-claim');
    const loc = contested.locations[0].physicalLocation;
    assert.strictEqual(loc.artifactLocation.uri, 'drafts/a.md');
    assert.deepStrictEqual(loc.region, {
      startLine: 3, startColumn: 1, endLine: 3, endColumn: 32, charOffset: draft.indexOf('The council'), charLength: 31,
      snippet: { text: 'The council approved it by 9-0.' },
    });
    const related = contested.relatedLocations[0];
    assert.strictEqual(related.physicalLocation.artifactLocation.uri, 'corpus/news/vote.md');
    assert.strictEqual(related.physicalLocation.region.startLine, 5);
    assert.match(related.message.text, /^conflicts: Council vote \(number: 9-0 vs 7-2\)$/);
    assert.match(contested.message.text, /Contested by "Council vote" \(news\/vote\.md\): number: 9-0 vs 7-2/);
  });

  it('formats text like a linter: file:line:col verdict claim, then evidence', () => {
    const text = formatText(sampleReport());
    const lines = text.trimEnd().split('\n');
    assert.strictEqual(lines[0], 'drafts/a.md:3:1 contested The council approved it by 9-0.');
    assert.match(lines[1], /^ {4}conflicts corpus\/news\/vote\.md:5 "Council vote" \[Gazette, 2026-01-02\] \(number: 9-0 vs 7-2\)$/);
    assert.match(lines[2], /^ +"The council approved the plan by 7-2 on Tuesday\."$/);
    assert.strictEqual(lines[3], 'drafts/a.md:3:36 unverified Mayor Ann Lee said so.');
    assert.strictEqual(lines[lines.length - 1], '3 claims in 1 file: 1 contested, 1 supported, 1 unverified; 1 file skipped');
  });

  it('reports runs that were not checked in JSON, SARIF and text, and counts them', () => {
    const run = { start: 4, end: 20, line: 2, column: 1, words: 130, reason: '130 words without a sentence end' };
    const report = toReport([{ path: 'a.md', text: draft, findings: [], unchecked: [run] }]);
    assert.deepStrictEqual(reportSchema.parse(report).files[0].unchecked, [run]);
    assert.strictEqual(toReport([{ path: 'a.md', text: draft, findings: [], unchecked: [] }]).files[0].unchecked, undefined);
    const result = (toSarif(report) as any).runs[0].results[0];
    assert.deepStrictEqual([result.ruleId, result.level, result.locations[0].physicalLocation.region.charOffset], ['not-checked', 'note', 4]);
    const lines = formatText(report).trimEnd().split('\n');
    assert.deepStrictEqual(lines, ['a.md:2:1 not checked: 130 words without a sentence end', '0 claims in 1 file: 0 contested, 0 supported, 0 unverified; 1 run not checked']);
  });

  it('never lets corpus text put terminal escape sequences on the screen', () => {
    const hostile = evidence('conflicts');
    hostile.passage = { ...hostile.passage, text: 'Plain \u001b[2J\u001b]0;owned\u0007 text' };
    hostile.source = { ...hostile.source, meta: { title: 'Evil\u001b[31m title' } };
    const report = toReport([{ path: 'a.md', text: draft, findings: [claimAt(draft, 'The council approved it by 9-0.', 'contested', [hostile])] }]);
    const text = formatText(report);
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text), JSON.stringify(text));
  });
});
