import * as assert from 'node:assert/strict';
import { detectClaims, scoreSentence } from '../../../src/engine';

describe('check-worthiness', () => {
  const claims: [string, string[]][] = [
    ['The council approved the budget in a 7-2 vote on Tuesday.', ['quantity', 'date']],
    ['Mayor Elena Vasquez said the bridge would cost $48 million.', ['entity', 'money', 'attribution']],
    ['Ticket sales rose by 15 percent because the weather was mild in Riverton.', ['percent', 'causal']],
    ['"We will finish on time," the director Omar Haddad told reporters.', ['quotation', 'attribution']],
    ['Riverton recorded its largest crowd since 1998.', ['comparison', 'date']],
    ['Peskova said there were no delays.', ['entity', 'attribution']],
  ];
  for (const [text, kinds] of claims) {
    it(`claim: ${text}`, () => {
      const s = scoreSentence(text);
      assert.ok(s.claim, `score ${s.checkworthiness}: ${s.reasons.join('; ')}`);
      assert.ok(s.checkworthiness >= 0 && s.checkworthiness <= 1);
      for (const k of kinds) assert.ok(s.kinds.includes(k as never), `missing kind ${k}: ${s.kinds}`);
    });
  }

  const nonclaims = [
    'Here is what we know so far.',
    'It remains to be seen whether the council will agree.',
    'What happens next is anyone\'s guess.',
    'Few would have predicted this a year ago.',
    'Is the bridge worth it?',
    'We think the plan is great.',
    'Many people might disagree.',
  ];
  for (const text of nonclaims) {
    it(`not a claim: ${text}`, () => {
      const s = scoreSentence(text);
      assert.ok(!s.claim, `score ${s.checkworthiness}: ${s.reasons.join('; ')}`);
    });
  }

  it('claims carry exact offsets, line and column', () => {
    const text = 'Intro line.\n\nThe Riverton council approved 12 new bus routes.';
    const [c] = detectClaims(text);
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.equal(c.line, 3);
    assert.equal(c.column, 1);
    assert.equal(c.id, `c${c.start}`);
  });
});
