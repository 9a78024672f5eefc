import * as assert from 'node:assert/strict';
import { extractDates, sameDate } from '../../../src/engine/text/dates';

describe('dates', () => {
  const cases: [string, string, string][] = [
    ['on May 9, the holiday', 'monthday', '5-9'],
    ['on 8 May', 'monthday', '5-8'],
    ['in June', 'month', '6'],
    ['in 2020', 'year', '2020'],
    ['on Tuesday', 'weekday', 'tuesday'],
    ['on Independence Day', 'named', 'independence day'],
    ['the Labor Day weekend', 'named', 'labor day'],
  ];
  for (const [text, granularity, key] of cases) {
    it(`reads "${text}" as ${granularity} ${key}`, () => {
      const [d] = extractDates(text);
      assert.ok(d, 'nothing found');
      assert.equal(d.granularity, granularity);
      assert.equal(d.key, key);
    });
  }

  it('does not read the modal "may" as a month', () => {
    assert.deepEqual(extractDates('The freeze may be temporary.'), []);
  });

  const pairs: [string, string, boolean][] = [
    ['May 8', 'May 9', false],
    ['in June', 'June 14', true],
    ['Labor Day', 'Independence Day', false],
    ['Monday', 'May 9', true],
  ];
  for (const [a, b, same] of pairs) {
    it(`"${a}" vs "${b}": ${same ? 'compatible' : 'different'}`, () => {
      assert.equal(sameDate(extractDates(a)[0], extractDates(b)[0]), same);
    });
  }
});
