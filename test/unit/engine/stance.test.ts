import * as assert from 'node:assert/strict';
import { decideVerdict, judgeStance, type Evidence, type Stance } from '../../../src/engine';

describe('stance', () => {
  const cases: [string, string, Stance, string?][] = [
    ['The council passed the plan in a 7-2 vote.', 'In a 7-2 vote, the Riverton council passed the bridge plan.', 'supports'],
    ['The council passed the plan in a 6-3 vote.', 'In a 7-2 vote, the Riverton council passed the bridge plan.', 'conflicts', 'number'],
    ['Fewer than ten mayors attended the summit.', 'The summit was attended by upwards of 30 mayors from the region.', 'conflicts', 'number'],
    ['At least five mayors attended the summit.', 'The summit was attended by six mayors from the region.', 'supports'],
    ['The hearing lasted nearly three hours.', 'The hearing on the dam lasted 90 minutes.', 'conflicts', 'number'],
    ['The town celebrated the 50th anniversary of the dam.', 'The town celebrated the 60th anniversary of the dam on Sunday.', 'conflicts', 'number'],
    ['The fair opens on May 8 in Riverton.', 'The Riverton fair opens on May 9 with a parade.', 'conflicts', 'date'],
    ['The mayor will sign the charter on Labor Day.', 'The mayor will sign the charter on Independence Day.', 'conflicts', 'date'],
    ['Finance Minister Ana Silva met the unions.', 'Riverland Finance Minister Jorge Pena met the unions on Friday.', 'mentions'],
    ['Riverland Finance Minister Ana Silva met the unions.', 'Riverland Finance Minister Jorge Pena met the unions on Friday.', 'conflicts', 'name'],
    ['The board approved the merger.', 'The board rejected the merger after a long debate.', 'conflicts', 'predicate'],
    ['Water prices rose in Riverton last year.', 'Water prices fell in Riverton last year.', 'conflicts', 'predicate'],
    ['The closure of the bridge is permanent.', 'Officials said the closure of the bridge is temporary.', 'conflicts', 'predicate'],
    ['The board approved the merger.', 'The board did not approve the merger.', 'conflicts', 'negation'],
    ['Haddad said: "the lanterns will return next year."', 'Mayor Vasquez said: "the lanterns will return next year."', 'conflicts', 'speaker'],
    // A year the passage does not state is not a conflict by itself.
    ['In 2021, the museum opened a new wing.', 'The museum opened a new wing for modern art.', 'supports'],
    // Sharing words is not support: the claim's name is missing.
    ['Riverton hired Omar Haddad as director.', 'Riverton hired a new director for the festival.', 'mentions'],
    ['The zoo bought two elephants.', 'The council approved the harbour bridge plan.', 'unrelated'],
  ];
  for (const [claim, passage, stance, reason] of cases) {
    it(`${stance}${reason ? ` (${reason})` : ''}: "${claim}" / "${passage}"`, () => {
      const r = judgeStance(claim, passage);
      assert.equal(r.stance, stance, r.reasons.join('; '));
      assert.ok(r.confidence >= 0 && r.confidence <= 1);
      if (reason) assert.ok(r.reasons.some((x) => x.startsWith(`${reason}:`)), r.reasons.join('; '));
      for (const h of r.highlights) assert.ok(h.start >= 0 && h.end <= passage.length && h.start < h.end);
    });
  }

  it('reasons name both figures', () => {
    const r = judgeStance('The bill passed with a 220-212 vote.', 'The bill passed the chamber in a narrow 218-214 vote.');
    assert.ok(r.reasons.includes('number: 220-212 vs 218-214'), r.reasons.join('; '));
  });

  it('verdicts: conflict beats support, support beats nothing', () => {
    const ev = (stance: Stance) => ({ stance } as Evidence);
    assert.equal(decideVerdict([ev('supports'), ev('conflicts')]), 'contested');
    assert.equal(decideVerdict([ev('mentions'), ev('supports')]), 'supported');
    assert.equal(decideVerdict([ev('mentions')]), 'unverified');
    assert.equal(decideVerdict([]), 'unverified');
  });
});
