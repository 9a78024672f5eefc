import * as assert from 'node:assert/strict';
import { datelineDate, extractDates, monthSpanHolds, relativeDates, sameDate } from '../../../src/engine/text/dates';

describe('dates', () => {
  const cases: [string, string, string][] = [
    ['on May 9, the holiday', 'monthday', '5-9'],
    ['on 8 May', 'monthday', '5-8'],
    // A day written as an ordinal word.
    ['canceled on May twelfth', 'monthday', '5-12'],
    ['on the twenty-first of June', 'monthday', '6-21'],
    // "22d" and "3d": the ordinals of official American style (the Government Printing Office's).
    ['graduates on May 22d this year', 'monthday', '5-22'],
    ['signed on the 3d of March', 'monthday', '3-3'],
    // A spoken day with "the" between the month and its ordinal.
    ['planes hijacked on September the 11th', 'monthday', '9-11'],
    ['March first-quarter results', 'month', '3'],
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

  it('reads a year as spoken in a transcript: "nineteen sixty-one", "in \'72", "in fifty-five." ending its clause', () => {
    const years = (text: string): string[] => extractDates(text).filter((d) => d.granularity === 'year').map((d) => d.key);
    assert.deepEqual(years('It was vetoed in nineteen sixty-one, by the council.'), ['1961']);
    assert.deepEqual(years("We did it in '72 and again in ’08."), ['1972', '2008']);
    assert.deepEqual(years('We passed the levy in fifty-five.'), ['1955']);
    // The second year of a span, and a year with its era.
    assert.deepEqual(years("Tolls doubled from 1960 to '70 in Riverton."), ['1960', '1970']);
    assert.deepEqual(years('by the year 2000 A.D. the mills will close'), ['2000']);
    // A count after "in" that counts something, or after another word, is no year.
    assert.deepEqual(years('He answered in fifty-five minutes.'), []);
    assert.deepEqual(years('the budget of fifty-eight members'), []);
  });

  it('does not read the modal "may" as a month', () => {
    assert.deepEqual(extractDates('The freeze may be temporary.'), []);
  });

  it('reads "May" alone as a month where the modal cannot stand, and not as a name', () => {
    for (const text of ['In May, the dam was closed.', 'The dam has been closed since May.', 'It closed in mid-May.']) {
      assert.deepEqual(extractDates(text).map((d) => [d.granularity, d.key]), [['month', '5']], text);
    }
    assert.deepEqual(extractDates('Prime Minister Theresa May visited the dam.'), []);
  });

  it('reads a season where only a season can stand, "fall" as the autumn', () => {
    const seasons = (text: string): string[] => extractDates(text).filter((d) => d.granularity === 'season').map((d) => d.key);
    assert.deepEqual(seasons('This spring I will form a commission.'), ['spring']);
    assert.deepEqual(seasons('The harbour board will vote this fall.'), ['autumn']);
    assert.deepEqual(seasons('Jobs have grown since the spring of 1975.'), ['spring']);
    assert.deepEqual(seasons('Osei arrived in the fall of 2005, and left in late summer.'), ['autumn', 'summer']);
    assert.deepEqual(seasons('The ferry sails in winter and in the summer.'), ['winter', 'summer']);
    assert.deepEqual(seasons('The ferry will launch in Spring next year.'), ['spring']);
    // Not a season: a compound, another sense of "fall" or "spring", a name.
    for (const text of ['Osei escaped the summer heat.', 'The fall in prices hurt Riverton.', 'the fall of the regime', 'The spring water of Tessby.', 'He watched the Summer Olympics.', 'Prices fall in the winter months.']) {
      assert.deepEqual(seasons(text), [], text);
    }
  });

  const pairs: [string, string, boolean][] = [
    ['this spring', 'last fall', false],
    ['in the autumn', 'this fall', true],
    ['in the spring', 'in May', true],
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

  it('reads a named day fixed to one date as that month and day ("New Year\'s Day" is January 1), not a national day', () => {
    const [day] = extractDates('The pact was signed on New Year\'s Day, 1942.');
    assert.deepEqual([day.text, day.granularity, day.key], ['New Year\'s Day', 'monthday', '1-1']);
    assert.ok(sameDate(day, extractDates('signed on January 1')[0]));
    assert.ok(!sameDate(extractDates('on Christmas Day')[0], extractDates('on December 26')[0]));
    // Control: a day each country keeps on its own date stays a named day.
    assert.equal(extractDates('on Independence Day')[0].granularity, 'named');
  });
  it('finds a month inside a span of months on either end ("between January and August" holds March)', () => {
    const text = 'Between January and August, sales at the harbour rose.';
    const dates = extractDates(text);
    const march = extractDates('in March')[0];
    assert.ok(monthSpanHolds(text, dates, dates[0], march));
    assert.ok(monthSpanHolds(text, dates, dates[1], march));
    // Controls: a month outside the span, and two months that make no span.
    assert.ok(!monthSpanHolds(text, dates, dates[0], extractDates('in October')[0]));
    const listed = 'Sales rose in January and fell in August.';
    assert.ok(!monthSpanHolds(listed, extractDates(listed), extractDates(listed)[0], march));
  });
});

describe('relative dates read against the source date', () => {
  const keys = (text: string, date: string) => relativeDates(text, date).map((d) => [d.phrase, d.granularity, d.key]);

  it('reads this, last and next year and month', () => {
    assert.deepEqual(keys('Sales rose this year after falling last year.', '2020-03-04'), [['this year', 'year', '2020'], ['last year', 'year', '2019']]);
    assert.deepEqual(keys('Rents rose last month and will rise next month.', '2020-01-15'), [['last month', 'month', '12'], ['next month', 'month', '2']]);
  });

  it('reads a weekday as the latest one on or before the date, or the next one after a future cue', () => {
    // 24 October 2014 was a Friday.
    assert.deepEqual(keys('The quay reopened on Thursday.', '2014-10-24'), [['on Thursday', 'monthday', '10-23']]);
    assert.deepEqual(keys('The quay reopened on Friday.', '2014-10-24'), [['on Friday', 'monthday', '10-24']]);
    assert.deepEqual(keys('The mayor will visit on Monday.', '2014-10-24'), [['on Monday', 'monthday', '10-27']]);
    assert.deepEqual(keys('Talks resume next Friday.', '2014-10-24'), [['next Friday', 'monthday', '10-31']]);
    assert.deepEqual(keys('He arrived yesterday and leaves today.', '2014-03-01'), [['yesterday', 'monthday', '2-28'], ['today', 'monthday', '3-1']]);
  });

  it('reads this, last and next week as seven days from a Monday, holding a day or month only if one of its days is', () => {
    // 24 October 2014 was a Friday.
    const [last, next] = relativeDates('Talks stalled last week and resume next week.', '2014-10-24');
    assert.deepEqual([last.phrase, last.granularity, last.days], ['last week', 'week', ['10-13', '10-14', '10-15', '10-16', '10-17', '10-18', '10-19']]);
    assert.equal(next.text, 'the week of 27 October–2 November 2014');
    const [day] = extractDates('on October 15');
    const [month] = extractDates('in November');
    assert.ok(sameDate(day, last) && sameDate(last, day));
    assert.ok(!sameDate(day, next));
    assert.ok(sameDate(month, next) && !sameDate(month, last));
  });

  it('resolves nothing against a date that is not a calendar day', () => {
    assert.deepEqual(relativeDates('The quay reopened on Thursday this year.', '2025-02-30'), []);
    assert.deepEqual(relativeDates('The quay reopened on Thursday this year.', 'March 2025'), []);
  });
});

describe('datelines', () => {
  it('reads a wire dateline or a line that is only a date, in an article\'s first lines', () => {
    assert.equal(datelineDate('LONDON, Oct. 24, 2014 (Reuters) - The council met.'), '2014-10-24');
    assert.equal(datelineDate('WASHINGTON, D.C., October 24, 2014 — Officials said.'), '2014-10-24');
    assert.equal(datelineDate('Published: Friday, 24 October 2014, 10:32 BST\nThe council met.'), '2014-10-24');
    assert.equal(datelineDate('Harbour report\n\nOctober 24, 2014\n\nThe council met.'), '2014-10-24');
  });

  it('reads no date inside a sentence, no dateline without a year, and no impossible day', () => {
    assert.equal(datelineDate('On Oct. 24, 2014, the council met.'), undefined);
    assert.equal(datelineDate('LONDON, Oct. 24 (Reuters) - The council met.'), undefined);
    assert.equal(datelineDate('Feb. 30, 2014\nThe council met.'), undefined);
    assert.equal(datelineDate('The council met.\nIt voted.\nIt adjourned.\nIt met again.\nOctober 24, 2014'), undefined);
  });
});
