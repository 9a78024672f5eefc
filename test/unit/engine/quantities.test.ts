import * as assert from 'node:assert/strict';
import { compatible, extractQuantities } from '../../../src/engine/quantities';

describe('quantities', () => {
  const cases: [string, string, number, number][] = [
    // text, kind, lo, hi
    ['a 220-212 vote', 'tally', 220, 220],
    ['fewer than ten leaders', 'count', 0, 9.99999],
    ['upwards of 30 leaders', 'count', 30, Infinity],
    ['nearly three hours', 'duration', 144, 180],
    ['a 90-minute call', 'duration', 90, 90],
    ['$2.5 million', 'money', 2.5e6, 2.5e6],
    ['tens of millions of dollars', 'money', 1e7, 1e8],
    ['25% of voters', 'percent', 25, 25],
    ['the fourth time', 'ordinal', 4, 4],
    ['the 50th anniversary', 'ordinal', 50, 50],
    ['at least five calls', 'count', 5, Infinity],
    ['about 100 people', 'count', 80, 120],
    ['almost an hour', 'duration', 48, 60],
  ];
  for (const [text, kind, lo, hi] of cases) {
    it(`reads "${text}" as ${kind} [${lo}, ${hi}]`, () => {
      const [q] = extractQuantities(text);
      assert.ok(q, 'nothing found');
      assert.equal(q.kind, kind);
      assert.ok(Math.abs(q.lo - lo) < 1e-3, `lo ${q.lo}`);
      assert.ok(q.hi === hi || Math.abs(q.hi - hi) < 1e-3, `hi ${q.hi}`);
    });
  }

  it('skips bare years (dates handle them)', () => {
    assert.deepEqual(extractQuantities('In 2020, prices fell.'), []);
  });

  const pairs: [string, string, boolean][] = [
    ['fewer than ten leaders', 'upwards of 30 leaders', false],
    ['at least five leaders', 'six leaders', true],
    ['nearly three hours', '90 minutes', false],
    ['a 220-212 vote', 'a 218-214 vote', false],
    ['the 50th anniversary', 'the 60th anniversary', false],
    ['about 100 people', '110 people', true],
    ['$1.2 trillion', '$1.2 trillion', true],
  ];
  for (const [a, b, ok] of pairs) {
    it(`"${a}" and "${b}" are ${ok ? 'compatible' : 'in conflict'}`, () => {
      assert.equal(compatible(extractQuantities(a)[0], extractQuantities(b)[0]), ok);
    });
  }
});
