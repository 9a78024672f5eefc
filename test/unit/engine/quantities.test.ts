import * as assert from 'node:assert/strict';
import { compatible, extractQuantities } from '../../../src/engine/text/quantities';

describe('quantities', () => {
  const cases: [string, string, number, number][] = [
    // text, kind, lo, hi
    ['a 220-212 vote', 'tally', 220, 220],
    ['fewer than ten leaders', 'count', 0, 9.99999],
    ['upwards of 30 leaders', 'count', 30, Infinity],
    ['upward of 30 leaders', 'count', 30, Infinity],
    ['spread across a decade', 'duration', 5256000, 5256000],
    ['known her for a quarter of a century', 'duration', 13140000, 13140000],
    ['a quarter century ago', 'duration', 13140000, 13140000],
    ['a quarter-hour walk', 'duration', 15, 15],
    ['half a century of rule', 'duration', 26280000, 26280000],
    ['two centuries', 'duration', 105120000, 105120000],
    ['nearly three hours', 'duration', 144, 180],
    ['a 90-minute call', 'duration', 90, 90],
    ['$2.5 million', 'money', 2.5e6, 2.5e6],
    ['tens of millions of dollars', 'money', 1e7, 1e8],
    ['25% of voters', 'percent', 25, 25],
    ['the fourth time', 'ordinal', 4, 4],
    ['the 50th anniversary', 'duration', 50 * 525600, 50 * 525600],
    ['at least five calls', 'count', 5, Infinity],
    ['about 100 people', 'count', 90, 110],
    ['about 940 pages', 'count', 893, 987],
    ['two dozen leaders', 'count', 24, 24],
    ['three hundred people', 'count', 300, 300],
    ['half a million people', 'count', 5e5, 5e5],
    ['a 500-million barrel reserve', 'count', 5e8, 5e8],
    // Temperatures, in degrees Celsius; Fahrenheit from its own zero; a bare C or F only right after the figure.
    ['a high of 26C in July', 'temperature', 26, 26],
    ['about 26 degrees Celsius', 'temperature', 24.7, 27.3],
    ['a high of 212 degrees Fahrenheit', 'temperature', 100, 100],
    ['a high of 50°F', 'temperature', 10, 10],
    ['flew 5 C-130s', 'count', 5, 5],
    ['rents as high as 9 percent above last year', 'percent', 0, 9],
    ['grants as large as $3,000', 'money', 0, 3000],
    ['one and a half hours', 'duration', 90, 90],
    ['half an hour', 'duration', 30, 30],
    ['US$3bn in loans', 'money', 3e9, 3e9],
    ['tens of millions of rubles', 'money', 1e7, 1e8],
    ['hundreds of billions of dollars', 'money', 1e11, 1e12],
    // "millions of" reaches up to the next scale word; "hundreds of" and "dozens of" up to ten times theirs.
    ['millions of Americans', 'count', 1e6, 1e9],
    ['thousands of homes', 'count', 1e3, 1e6],
    ['hundreds of homes', 'count', 100, 1000],
    ['World War II', 'ordinal', 2, 2],
    ['almost an hour', 'duration', 48, 60],
    // "another" counts one more of the scale after it.
    ['would last another hundred years', 'duration', 52560000, 52560000],
    // An adjective between a figure and its time unit keeps it a duration; a plural noun there does not.
    ['after 12 tense hours of talks', 'duration', 720, 720],
    ['after 12 sailors hours later', 'count', 12, 12],
    // A scale joined by a hyphen; a duration completed after its unit.
    ['offering $10-million for information', 'money', 1e7, 1e7],
    ['roughly a minute and a half to respond', 'duration', 1.425, 1.575],
    ['one minute and 20 seconds later', 'duration', 80 / 60, 80 / 60],
    ['three years and six months in prison', 'duration', 3.5 * 525600, 3.5 * 525600],
    ['one in four of the girls', 'percent', 25, 25],
    // Fractions of something are shares; half needs no numerator.
    ['the town lost one third of its mills', 'percent', 100 / 3, 100 / 3],
    ['two-thirds of the voters', 'percent', 200 / 3, 200 / 3],
    ['half the council stayed home', 'percent', 50, 50],
    ['a quarter of the budget', 'percent', 25, 25],
    ['the island, one-twentieth of the county\'s people', 'percent', 5, 5],
    ['one-hundredth of the budget', 'percent', 1, 1],
    // A change by a fraction is a share of what changed.
    ['the mill drew a fifth fewer workers', 'percent', 20, 20],
    ['thefts have risen by half since 2014', 'percent', 50, 50],
    ['funding was cut by two-thirds.', 'percent', 200 / 3, 200 / 3],
    // A fraction of a percentage is a percentage; "just" only stresses a share.
    ['fees make up just half of one percent of the budget', 'percent', 0.5, 0.5],
    ['a quarter of a percent', 'percent', 0.25, 0.25],
    // A change by a factor written as a verb.
    ['the city has tripled the budget', 'factor', 3, 3],
    ['plans to double the number of buses', 'factor', 2, 2],
    // The next verb of a list, before a possessive.
    ['we will renew the ferry service, double its crews', 'factor', 2, 2],
    ['rents halved in a year', 'factor', 0.5, 0.5],
    // The bare verb after a modal or a subject pronoun, whatever follows it.
    ['the harbour board would double over the next five years', 'factor', 2, 2],
    ['next year we triple spending on ferries', 'factor', 3, 3],
    ['obesity has more than doubled over the last decade', 'factor', 2, Infinity],
    // A multiple written as a figure, or "double" and "triple" after a copula or an approximator.
    ['ferry traffic will be nearly four times as heavy as it is today', 'factor', 3.2, 4],
    ['rents at ten times their old level', 'factor', 10, 10],
    ['the special ferries cost twice that amount', 'factor', 2, 2],
    // A vote told with "votes to" is a tally, as "voted 9 to 4" is.
    ['the harbour board approved it by nine votes to four', 'tally', 9, 9],
    ['Tessby pays twice as much', 'factor', 2, 2],
    ['the steel model costs more, or double the plastic model\'s price', 'factor', 2, 2],
    ['a threefold rise in fares', 'factor', 3, 3],
    ['the harvest would be roughly triple this year\'s', 'factor', 2.7, 3.3],
    // "A fourth" is a quarter, also after an approximator in a change by a fraction.
    ['wages rose by more than a fourth last year', 'percent', 25, Infinity],
    ['three fourths of the mills', 'percent', 75, 75],
    // "for another year" is one more year.
    ['the toll stays for another year', 'duration', 525600, 525600],
    ['3 out of 10 voters', 'percent', 30, 30],
    ['one in every five homes', 'percent', 20, 20],
    ['nineteen of every twenty boxes go unchecked', 'percent', 95, 95],
    // What is counted may stand between the figures, and a sum may be counted out of sums.
    ['about one ferry in three sailed late', 'percent', 31.667, 35],
    ['one harbour dollar in six would go to repairs', 'percent', 100 / 6, 100 / 6],
    ['we keep one out of every $5 in the fund', 'percent', 20, 20],
    // "and one-half" is a half too, and a currency after a scale may qualify a noun.
    ['three and one-half million passengers', 'count', 3.5e6, 3.5e6],
    ['the 4 and one-half million passengers', 'count', 4.5e6, 4.5e6],
    ['the harbour carries a 5.9 billion dollar deficit', 'money', 5.9e9, 5.9e9],
    ['Riverton signed a 30 million euro deal', 'money', 3e7, 3e7],
    ['the shop sells 3 dollar bills', 'count', 3, 3],
    // A range of ages, a rank after "No.", and an anniversary as the years since.
    ['ferry crews aged 20-24', 'age', 20, 24],
    ['the ferry was ranked at No. 12 on the list', 'ordinal', 12, 12],
    ['the 150th anniversary of the harbour', 'duration', 150 * 525600, 150 * 525600],
    // A dash written as a hyphen before a fraction.
    ['the town grew-a third of its piers are new', 'percent', 100 / 3, 100 / 3],
    ['ninety-four out of ninety-five members voted', 'percent', 9400 / 95, 9400 / 95],
    // An article counts one of a scale, and a quarter of a scale is a figure.
    ['the repair cost a thousand dollars', 'money', 1000, 1000],
    ['a million people signed', 'count', 1e6, 1e6],
    ['families earning a quarter of a million dollars', 'money', 250000, 250000],
    ['a quarter-million dollars a year', 'money', 250000, 250000],
    // The tens and units after a hundred belong to it.
    ['the board closed two hundred and seventy-eight offices', 'count', 278, 278],
    ['the board closed one hundred thirty offices', 'count', 130, 130],
    // Hundreds of a larger scale.
    ['three hundred and eighty-five thousand groups took part', 'count', 385000, 385000],
    ['one hundred thirty million passengers a year', 'count', 1.3e8, 1.3e8],
    ['four hundred million passengers a year', 'count', 4e8, 4e8],
    // A sum per period stays a sum ("each" is no adjective of the period); ages in words and in other forms.
    ['will be charged $15 each month', 'money', 15, 15],
    ['a fifteen-year-old footballer', 'age', 15, 15],
    ['places for 4-year-olds in the new preschool', 'age', 4, 4],
    // A fraction with its numerator that ends a clause is a share; "a year and a half" stays a time.
    ['the board paid two-thirds and a charity raised the rest', 'percent', 200 / 3, 200 / 3],
    ['with the harbour board paying a third.', 'percent', 100 / 3, 100 / 3],
    ['the repairs took a year and a half.', 'duration', 1.5 * 525600, 1.5 * 525600],
    // A month is a twelfth of a year.
    ['the pier opened eighteen months late', 'duration', 1.5 * 525600, 1.5 * 525600],
    // A strict bound after a negation turns round; "not only" adds and turns nothing.
    ['members should not pay less than 30 percent in fees', 'percent', 30, Infinity],
    ['the repair did not cost more than $500', 'money', 0, 500],
    ['not only more than 20 pilots came', 'count', 20, Infinity],
    // An age in decades is ten years each; decades that pass are a duration.
    ['the sea wall is four decades old', 'age', 40, 40],
    ['a 3-decade-old ferry', 'age', 30, 30],
    ['toys for children aged six and up', 'age', 6, 6],
    ['dabbling in stocks at age 9, he lost', 'age', 9, 9],
    ['Carr, who died suddenly last week, was 63.', 'age', 63, 63],
    ['The final score, after extra time, was 63.', 'count', 63, 63],
    ['the leaflet gave her age as 41', 'age', 41, 41],
    // Times of day, in minutes after midnight; a clock figure without a.m. or p.m. needs a word that makes it a time.
    ['crews were called around 3:30 pm for a check', 'time', 910, 950],
    ['the doors opened at 9.15am', 'time', 555, 555],
    ['by four in the afternoon the hall was empty', 'time', 0, 960],
    ['shortly after 11 at night', 'time', 1380, 1400],
    ['the vote closed at 15:30 GMT', 'time', 930, 930],
    ['the bell rang at noon', 'time', 720, 720],
    ['the bell rang shortly after half past noon', 'time', 750, 770],
    ['they worked until roughly half past two in the morning', 'time', 130, 170],
    ['the ferry left at a quarter to six in the evening', 'time', 1065, 1065],
    // "a" or "an" before a time unit, after a verb or preposition that takes a length of time.
    ['the caller had waited an hour', 'duration', 60, 60],
    ['he was jailed for a year', 'duration', 525600, 525600],
    // "pounds" without a pound sign, right after a word of weighing, is a weight; elsewhere it is money.
    ['the robot weighs 300 pounds', 'mass', 300 * 0.4536, 300 * 0.4536],
    ['it tips the scales at 400 pounds', 'mass', 400 * 0.4536, 400 * 0.4536],
    ['she sold her scales for 40 pounds', 'money', 40, 40],
  ];
  it('"a" before a time unit is a length of time only where a length is taken', () => {
    assert.deepEqual(extractQuantities('an hour later the ferry left').map((q) => q.kind), []);
    assert.deepEqual(extractQuantities('a day trip to the islands').map((q) => q.kind), []);
  });
  it('"within a" before a time unit is one of it, as "within" before a figure leaves the figure', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.text, q.kind, q.lo, q.hi, q.bound]);
    assert.deepEqual(read('a station built within a decade'), [['a decade', 'duration', 5256000, 5256000, undefined]]);
    assert.deepEqual(read('a station built within ten years'), [['ten years', 'duration', 5256000, 5256000, undefined]]);
    assert.equal(compatible(extractQuantities('within ten years')[0], extractQuantities('within a decade')[0]), true);
    // Control: "a" before a time unit elsewhere is still no figure.
    assert.deepEqual(read('a decade later the station opened'), []);
  });
  it('reads cents and pence as money, and a sum in dollars with no whole dollars ("$.80")', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.text, q.kind, q.lo, q.currency]);
    assert.deepEqual(read('a fare of 80 cents'), [['80 cents', 'money', 0.8, undefined]]);
    assert.deepEqual(read('a stamp costs 50 pence'), [['50 pence', 'money', 0.5, '£']]);
    assert.deepEqual(read('the fare, then $.80, has gone up'), [['$.80', 'money', 0.8, '$']]);
    assert.equal(compatible(extractQuantities('80 cents')[0], extractQuantities('$.80')[0]), true);
    // Control: "per cent" is still a percentage.
    assert.deepEqual(read('fares rose 80 per cent'), [['80 per cent', 'percent', 80, undefined]]);
  });
  it('"over" after a figure gives the period the figure is spread across, not a lower bound of it', () => {
    const spread = (text: string) => extractQuantities(text).filter((q) => q.kind === 'duration').map((q) => [q.lo, q.hi, q.bound, q.spread]);
    assert.deepEqual(spread('The ferries will cost $36 billion over five years.'), [[2628000, 2628000, undefined, true]]);
    assert.deepEqual(spread('Fares rose 7 percent over two years.'), [[1051200, 1051200, undefined, true]]);
    assert.deepEqual(spread('The board will spend $10 million over the next 5 years.'), [[2628000, 2628000, undefined, true]]);
    // Control: with no figure before it, "over five years" is more than five years, and "for 24 years" spreads nothing.
    assert.deepEqual(spread('The harbour works took over five years.'), [[2628000, Infinity, 'lower', undefined]]);
    assert.deepEqual(spread('For 24 years the mayor has fought the ferry firms.'), [[12614400, 12614400, undefined, undefined]]);
  });

  it('a chapter and verse is no time of day; times in two zones, or one without a.m. or p.m., may agree', () => {
    assert.deepEqual(extractQuantities('as John 3:16 says').map((q) => q.kind), ['count', 'count']);
    const time = (t: string) => extractQuantities(t).find((q) => q.kind === 'time')!;
    assert.equal(compatible(time('at 5:30 p.m.'), time('at 3:30 pm')), false);
    assert.equal(compatible(time('at 5:30'), time('at 5:30 pm')), true);
    assert.equal(compatible(time('at 10:00 GMT'), time('at 5:00 ET')), true);
    assert.equal(compatible(time('at about 5:10 pm'), time('at 5:25 p.m.')), true);
  });
  it('durations in two time units are compared with some slack: a month is no whole number of days', () => {
    const [a] = extractQuantities('half a year slipped by');
    const [b] = extractQuantities('six months later');
    const [c] = extractQuantities('eleven months later');
    const [d] = extractQuantities('one year on');
    assert.equal(compatible(a, b), true);
    assert.equal(compatible(d, extractQuantities('12 months on')[0]), true);
    assert.equal(compatible(c, d), false);
  });
  it('two lower bounds of a distance differ when their figures do, whatever follows them', () => {
    const [a] = extractQuantities('she was at least 500 kilometres away from the border');
    const [b] = extractQuantities('she is at least 300km from the border');
    const [c] = extractQuantities('she is at least 500 km from the border');
    assert.equal(compatible(a, b), false);
    assert.equal(compatible(a, c), true);
  });
  it('two upper bounds of a time or a sum differ when their figures do; two lower bounds of a time may count other things', () => {
    const [a] = extractQuantities('recovery can take up to five years');
    const [b] = extractQuantities('it can take as long as two years to completely recover');
    const [c] = extractQuantities('it can take as long as five years to completely recover');
    assert.equal(b.bound, 'upper');
    assert.equal(compatible(a, b), false);
    assert.equal(compatible(a, c), true);
    const [d] = extractQuantities('a reward of as much as $5 million');
    const [e] = extractQuantities('offered up to $7 million for information');
    assert.equal(compatible(d, e), false);
    const [f] = extractQuantities('has practised law for more than fifteen years');
    const [g] = extractQuantities('the tape was held for more than a week');
    assert.equal(compatible(f, g), true);
  });
  it('gives the first end of a range the scale and unit the second end carries ("$10 and $12 billion", "ten to twelve billion dollars")', () => {
    const read = (text: string): [string, string, number, number][] => extractQuantities(text).map((q) => [q.text, q.kind, q.lo, q.hi]);
    assert.deepEqual(read('arms sales grew to between $10 and $12 billion'), [['$10 and $12 billion', 'money', 10e9, 12e9]]);
    assert.deepEqual(read('now ten to twelve billion dollars a year'), [['ten to twelve billion dollars', 'money', 10e9, 12e9]]);
    // Each end with its own value stays as written.
    assert.deepEqual(read('between $13 and $18'), [['$13 and $18', 'money', 13, 18]]);
  });
  it('reads "adds up to" as a total, not as an upper bound', () => {
    const [total] = extractQuantities('That adds up to 44 million people.');
    assert.deepEqual([total.text, total.lo, total.hi, total.bound], ['44 million', 44e6, 44e6, undefined]);
    assert.equal(extractQuantities('The costs added up to $5 billion.')[0].lo, 5e9);
    // "up to" after another verb is still a bound.
    assert.equal(extractQuantities('The ferry carries up to 44 million people.')[0].bound, 'upper');
  });
  it('reads "under" before a measure of a stuff as where, not as an upper bound', () => {
    const [depth] = extractQuantities('The storm buried the pier under ten inches of snow.');
    assert.deepEqual([depth.text, depth.bound], ['ten inches', undefined]);
    // Controls: a measure of a distance or a sum after "under" is a bound.
    assert.equal(extractQuantities('The pier lies under 5 miles away.')[0].bound, 'upper');
    assert.equal(extractQuantities('Fares stay under 10 dollars.')[0].bound, 'upper');
  });
  it('compares sums only in one currency: another currency is a conversion, not a rival', () => {
    const [dollars] = extractQuantities('a reward of roughly $74,000');
    const [pounds] = extractQuantities('a reward of £47,000');
    const [otherDollars] = extractQuantities('a reward of $47,000');
    assert.equal(dollars.currency, '$');
    assert.equal(pounds.currency, '£');
    assert.equal(compatible(dollars, pounds), true);
    assert.equal(compatible(dollars, otherDollars), false);
  });
  for (const [text, kind, lo, hi] of cases) {
    it(`reads "${text}" as ${kind} [${lo}, ${hi}]`, () => {
      const [q] = extractQuantities(text);
      assert.ok(q, 'nothing found');
      assert.equal(q.kind, kind);
      assert.ok(Math.abs(q.lo - lo) < 1e-3, `lo ${q.lo}`);
      assert.ok(q.hi === hi || Math.abs(q.hi - hi) < 1e-3, `hi ${q.hi}`);
    });
  }

  it('does not read a lone capital "I" or a lower-case count after a name as a named number', () => {
    assert.deepEqual(extractQuantities('Then I left.').map((q) => q.text), []);
    assert.deepEqual(extractQuantities('In Britain two years ago').map((q) => q.kind), ['duration']);
  });

  it('reads no factor in a phrase of another sense', () => {
    for (const text of ['he doubled down on the claim', 'a double murder', 'she doubled over in pain', 'they will double-check it', 'a triple jump', 'the ferry sails three times a week', 'the ferry sails twice a week', 'Osei vetoed it twice', 'she won four times in Osei']) {
      assert.ok(!extractQuantities(text).some((q) => q.kind === 'factor'), text);
    }
  });

  it('reads "cut in half" as a change by half, and "split in half" as none', () => {
    for (const text of ['Fares were cut in half.', 'The board slashed them in half in May.', 'Fares were cut by half, the board said.', 'The board will cut the combined crews in half.']) {
      assert.deepEqual(extractQuantities(text).map((q) => [q.text, q.kind, q.lo]), [['half', 'percent', 50]], text);
    }
    assert.deepEqual(extractQuantities('They split the field in half.'), []);
    // An approximator before "in" grades the share.
    assert.deepEqual(extractQuantities('Fares were cut almost in half.').map((q) => [q.text, q.kind, q.lo, q.hi]), [['almost in half', 'percent', 40, 50]]);
  });

  it('a fraction is no share of a unit or a period, nor an ordinal without a numerator', () => {
    for (const text of ['a quarter of an hour later', 'the third of five children', 'by the second half of 2015', 'won by a third party', 'she won a fourth term']) {
      assert.ok(!extractQuantities(text).some((q) => q.kind === 'percent'), text);
    }
  });

  it('reads an approximated fraction as a bound or an estimate of a share, and its numerator as no count', () => {
    const q = (text: string): [string, string, number, number, string | undefined][] => extractQuantities(text).map((x) => [x.text, x.kind, Math.round(x.lo), Math.round(x.hi), x.bound]);
    assert.deepEqual(q('more than two-thirds of the adults'), [['more than two-thirds', 'percent', 67, Infinity, 'lower']]);
    assert.deepEqual(q('over three-quarters of its oil'), [['over three-quarters', 'percent', 75, Infinity, 'lower']]);
    assert.deepEqual(q('nearly half of the voters'), [['nearly half', 'percent', 40, 50, undefined]]);
    assert.deepEqual(q('imports ran roughly a third below last year'), [['roughly a third', 'percent', 32, 35, undefined]]);
    // A stressing word is no approximator; a count of quarters stays a count.
    assert.deepEqual(q('just half of the voters'), [['half', 'percent', 50, 50, undefined]]);
    assert.deepEqual(q('the economy shrank for two quarters in a row'), [['two', 'count', 2, 2, undefined]]);
  });

  it('reads "one player in two games" as two counts, the second figure counting a noun of its own, and "one adult in five smokes" as a share', () => {
    assert.deepEqual(extractQuantities('one player in two games scored').map((q) => q.kind), ['count', 'count']);
    // A word in "-s" after the second figure is a verb unless a verb follows it.
    assert.deepEqual(extractQuantities('one adult in five smokes').map((q) => q.kind), ['percent']);
    assert.deepEqual(extractQuantities('About one home in three lives on rain water.').map((q) => q.kind), ['percent']);
    assert.deepEqual(extractQuantities('He won one race in Osterby.').map((q) => q.kind), ['count']);
  });

  it('reads a list\'s enumerator and a label after "number" as no count', () => {
    const q = (text: string): string[] => extractQuantities(text).map((x) => `${x.text} ${x.kind}`);
    assert.deepEqual(q('4. HARBOUR TRADE Fourth: the board wants a five-year extension.'), ['Fourth ordinal', 'five-year duration']);
    assert.deepEqual(q('2) The board voted on Tuesday.'), []);
    assert.deepEqual(q('Number three, tenants cannot be charged more than owners.'), []);
    // A count that ends a sentence is still one.
    assert.deepEqual(q('Osei scored 4. Mensah scored 2.'), ['4 count', '2 count']);
  });

  it('reads a number word after an ordinal as the figure of a duration, not as a word before its unit', () => {
    const found = extractQuantities('$32.6 trillion over its first five years').map((q) => [q.text, q.kind]);
    assert.deepEqual(found, [['$32.6 trillion', 'money'], ['first', 'ordinal'], ['five years', 'duration']]);
    assert.equal(compatible(extractQuantities('its first five years')[1], extractQuantities('its first 10 years')[1]), false);
  });

  it('reads an ordinal century as an ordinal, not a length of time', () => {
    assert.deepEqual(extractQuantities('The fort dates from the 13th century.').map((q) => [q.text, q.kind]), [['13th', 'ordinal']]);
  });

  it('reads a pair written high to low as two figures, a change, and a pair low to high as a range', () => {
    const found = (t: string): [string, string, number, number][] => extractQuantities(t).map((q) => [q.text, q.kind, q.lo, q.hi]);
    assert.deepEqual(found('Troops overseas dropped from 175,000 to 15,000.'), [['175,000', 'count', 175000, 175000], ['15,000', 'count', 15000, 15000]]);
    assert.deepEqual(found('The rate fell from 40 to 25 percent.'), [['40', 'percent', 40, 40], ['25 percent', 'percent', 25, 25]]);
    assert.deepEqual(found('Between 20 to 30 people came.'), [['20 to 30', 'count', 20, 30]]);
    assert.deepEqual(found('The bill passed by a vote of 218 to 214.').map(([t, k]) => [t, k]), [['218 to 214', 'tally']]);
  });

  it('gives a list of bare numbers the percent that ends it', () => {
    const found = (t: string): [string, string][] => extractQuantities(t).map((q) => [q.text, q.kind]);
    assert.deepEqual(found('Income is taxed at one of three rates: 12, 25 or 35 percent.'), [['three', 'count'], ['12', 'percent'], ['25', 'percent'], ['35 percent', 'percent']]);
    assert.deepEqual(found('Fees of 15 and 18 percent apply.'), [['15', 'percent'], ['18 percent', 'percent']]);
    // A count with its own noun keeps it.
    assert.deepEqual(found('He named 12 towns and 35 percent of the districts.'), [['12', 'count'], ['35 percent', 'percent']]);
    // A change from a percentage leaves the unit off its end.
    assert.deepEqual(found('Inflation is down from 12.4 percent to 8.9 this year.'), [['12.4 percent', 'percent'], ['8.9', 'percent']]);
    // A change to a sum leaves the currency off its start (and is two sums, not a range); a count before a sum with
    // no "from" stays a count.
    const sums = (t: string) => extractQuantities(t).map((q) => [q.kind, q.lo, q.hi, q.currency]);
    assert.deepEqual(sums('The council doubled the ferry grant from 500 to €1,000.'), [['factor', 2, 2, undefined], ['money', 500, 500, '€'], ['money', 1000, 1000, '€']]);
    assert.deepEqual(sums('The council gave 500 to €1,000 families.').map(([k]) => k), ['count', 'money']);
  });

  it('reads a bound written after its figure: "at most", "or more", "or less"', () => {
    const bounds = (t: string): [string, number, number, string | undefined][] => extractQuantities(t).map((q) => [q.text, q.lo, q.hi, q.bound]);
    assert.deepEqual(bounds('The offence carries 25 years at most.').map(([t, lo, , b]) => [t, lo, b]), [['25 years', 0, 'upper']]);
    assert.deepEqual(bounds('Some 20 people or more attended.'), [['Some 20', 18, 22, undefined]]);
    assert.deepEqual(bounds('Twenty people or more attended.'), [['Twenty', 20, Infinity, 'lower']]);
    assert.deepEqual(bounds('It costs $5 or less.'), [['$5', 0, 5, 'upper']]);
    // An ordinal is no amount.
    assert.deepEqual(bounds('He came first or more or less.'), [['first', 1, 1, undefined]]);
  });

  it('reads "between X and Y" and a pair low to high as one range, which another range matches only at both ends', () => {
    const found = (t: string): [string, string, number, number][] => extractQuantities(t).map((q) => [q.text, q.kind, q.lo, q.hi]);
    assert.deepEqual(found('It sells for between $13 and $18 a month.'), [['$13 and $18', 'money', 13, 18]]);
    assert.deepEqual(found('Between 15 and 18 percent of adults are affected.'), [['15 and 18 percent', 'percent', 15, 18]]);
    assert.deepEqual(found('The gold model costs $4,000 to $5,000.'), [['$4,000 to $5,000', 'money', 4000, 5000]]);
    // The first end of "between" takes the unit written after the second.
    assert.deepEqual(found('The prints sank between 5 and 6 centimetres.'), [['5 and 6 centimetres', 'length', 0.05, 0.06]]);
    assert.deepEqual(found('The crossing takes between two and three hours.'), [['two and three hours', 'duration', 120, 180]]);
    assert.deepEqual(found('Tickets cost between 70 and 80 cents.'), [['70 and 80 cents', 'money', 0.7, 0.8]]);
    // Control: "and" with no "between" before the first figure joins nothing, and a bare count stays a count.
    assert.deepEqual(found('It took 5 and then 6 hours.').map(([t, k]) => [t, k]), [['5', 'count'], ['6 hours', 'duration']]);
    assert.deepEqual(found('between 20 and 24 travellers'), [['20 and 24', 'count', 20, 24]]);
    const one = (t: string) => extractQuantities(t)[0];
    assert.equal(compatible(one('between 15 and 75 travellers'), one('between 15 and 55 travellers')), false);
    assert.equal(compatible(one('between 15 and 55 travellers'), one('15 to 55 travellers')), true);
    assert.equal(compatible(one('between $13 and $18'), one('$15')), true);
    // An approximator grades no ordinal: "close to First Look" names no figure near the first.
    assert.deepEqual(found('A person close to First Look confirmed it.'), [['First', 'ordinal', 1, 1]]);
  });

  it('reads "a minimum of", "no less than", "a maximum of" and "no higher than" as bounds', () => {
    const bounds = (t: string): [string, number, number, string | undefined][] => extractQuantities(t).map((q) => [q.text, q.lo, q.hi, q.bound]);
    assert.deepEqual(bounds('They would have saved a minimum of $1,000.'), [['a minimum of $1,000', 1000, Infinity, 'lower']]);
    assert.deepEqual(bounds('No less than 3 people came.'), [['No less than 3', 3, Infinity, 'lower']]);
    assert.deepEqual(bounds('It carries a maximum of 15 percent.'), [['a maximum of 15 percent', 0, 15, 'upper']]);
    assert.deepEqual(bounds('A rate no higher than 20 percent.'), [['no higher than 20 percent', 0, 20, 'upper']]);
  });

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
    ['about 940 pages', '887 pages', false],
    ['about 900 pages', '887 pages', true],
    ['at least five calls', 'at least seven calls', false],
    ['at least five calls', 'seven calls', true],
    ['cut across a decade', 'cut over 10 years', true],
    ['cut across a decade', 'cut for five years', false],
    ['for a quarter of a century', 'for 25 years', true],
    ['almost a quarter century ago', 'nearly 25 years ago', true],
    ['almost a quarter century ago', 'nearly 15 years ago', false],
    // Opposite approximators of one figure meet only at the figure, which both leave out...
    ['more than $40 million in grants', 'nearly $40 million in grants', false],
    // ...while an exact figure, or bounds that really overlap, still agree.
    ['more than $40 million in grants', '$40 million in grants', true],
    ['nearly $40 million in grants', 'about $38 million in grants', true],
    ['at least five phone calls', 'at least six official phone calls', true],
    ['fewer than ten calls', 'fewer than 20 calls', false],
    // "above" bounds from below, as "over" does.
    ['inflation rose above 5 percent', 'inflation of 7 percent', true],
    ['inflation rose above 5 percent', 'inflation under 5 percent', false],
    ['World War Two', 'World War II', true],
    ['World War Two', 'World War Four', false],
    ['$1.2 trillion', '$1.2 trillion', true],
  ];
  for (const [a, b, ok] of pairs) {
    it(`"${a}" and "${b}" are ${ok ? 'compatible' : 'in conflict'}`, () => {
      assert.equal(compatible(extractQuantities(a)[0], extractQuantities(b)[0]), ok);
    });
  }

  it('marks a definite small count of a plural noun as referring back, and nothing else', () => {
    const [definite] = extractQuantities('the three towns were at the forefront');
    assert.equal(definite.anaphoric, true);
    // Controls: a bare count, a count with a unit and a large count stay ordinary figures.
    assert.equal(extractQuantities('three towns were at the forefront')[0].anaphoric, undefined);
    assert.equal(extractQuantities('the three-hour hearing ended')[0].anaphoric, undefined);
    assert.equal(extractQuantities('the 27 towns voted')[0].anaphoric, undefined);
    // A noun between "the" and the number is no modifier of the count.
    assert.equal(extractQuantities('the poll put the mayor eight points ahead')[0].anaphoric, undefined);
    assert.equal(extractQuantities('the other two players left')[0].anaphoric, true);
  });
  it('"one" standing for a noun ("a familiar one", "the latest one") is no figure; a counted one is', () => {
    assert.deepEqual(extractQuantities('The complaint is a familiar one.'), []);
    assert.deepEqual(extractQuantities('That model is the latest one, the firm said.'), []);
    assert.equal(extractQuantities('The firm sold only one car.').length, 1);
    assert.equal(extractQuantities('She bought a new one-bedroom flat.').length, 1);
  });
  it('reads a mixed number ("2 1/2 years", "3¾ miles") and a unit joined by a hyphen ("a 22-percent rise")', () => {
    const q = (text: string): [string, string, number][] => extractQuantities(text).map((x) => [x.text, x.kind, x.lo]);
    assert.deepEqual(q('In the last 2 1/2 years the firm hired 40 people.'), [['2 1/2 years', 'duration', 2.5 * 525600], ['40', 'count', 40]]);
    assert.deepEqual(q('The route is 3¾ miles long.').map(([t, k]) => [t, k]), [['3¾ miles', 'length']]);
    assert.deepEqual(q('They asked for a 22-percent increase.'), [['22-percent', 'percent', 22]]);
    // Controls: a date written with a slash, and "and a half", stay as they were.
    assert.deepEqual(q('the 9/11 attacks').map(([, , v]) => v), [9, 11]);
    assert.deepEqual(q('a wait of two and a half hours'), [['two and a half hours', 'duration', 150]]);
  });
  it('reads a mixed number joined by a hyphen ("9-1/2 billion dollars"), a plural scale after a figure ("9 1/2 billions") and "a billion and a half"', () => {
    const q = (text: string): [string, string, number][] => extractQuantities(text).map((x) => [x.text, x.kind, x.lo]);
    assert.deepEqual(q('The harbour deficit was 9-1/2 billion dollars.'), [['9-1/2 billion dollars', 'money', 9.5e9]]);
    assert.deepEqual(q('Interest alone costs 9 1/2 billions.'), [['9 1/2 billions', 'count', 9.5e9]]);
    assert.deepEqual(q('Deliveries come to a billion and a half dollars a month.'), [['a billion and a half dollars', 'money', 1.5e9]]);
    // Controls: a range with a hyphen stays a range.
    assert.deepEqual(q('Fares rose 3-4 percent.'), [['3-4 percent', 'percent', 3]]);
  });
  it('reads "a half-hour" as thirty minutes and "half that" as a share', () => {
    const q = (text: string): [string, string, number][] => extractQuantities(text).map((x) => [x.text, x.kind, x.lo]);
    assert.deepEqual(q('The ferry crosses in a half-hour.'), [['a half-hour', 'duration', 30]]);
    assert.deepEqual(q('Time lost to delays was half that lost to strikes.'), [['half', 'percent', 50]]);
    // Control: "half an hour" was read so already.
    assert.deepEqual(q('The ferry crosses in half an hour.'), [['half an hour', 'duration', 30]]);
  });
  it('takes a share written as a fraction for a round figure of a share in digits, and two fractions as two estimates', () => {
    const [fifth] = extractQuantities('nearly a fifth of the water leaked');
    assert.ok(compatible(fifth, extractQuantities('about 18 percent of the water leaked')[0]));
    // Controls: two approximated fractions of different values differ, as do two estimates in digits.
    assert.ok(!compatible(extractQuantities('nearly three-quarters of the leaders')[0], extractQuantities('nearly two-thirds of the leaders')[0]));
    assert.ok(!compatible(extractQuantities('nearly 20 percent of the water')[0], extractQuantities('about 18 percent of the water')[0]));
  });
  it('reads a decade or century named by where it lies ("over the next decade") as one of its unit, spread when a figure comes first', () => {
    const [sum, period] = extractQuantities('The harbour board will spend $40 million over the next decade.');
    assert.equal(period.text, 'next decade');
    assert.equal(period.lo, 5256000);
    assert.ok(period.spread);
    assert.ok(compatible(extractQuantities('$40 million over ten years')[1], period), `${sum.text}`);
    // Controls: a year so named is often a date, and a decade's possession is no period.
    assert.deepEqual(extractQuantities('spending rose over the past year'), []);
    assert.deepEqual(extractQuantities('savings in the next decade\'s budget'), []);
  });
  it('reads a pair after "from", or one opened by a bound, as a change from one figure to another, not a range', () => {
    const q = (text: string): [string, string, number, number][] => extractQuantities(text).map((x) => [x.text, x.kind, x.lo, x.hi]);
    assert.deepEqual(q('The crews grew from a little over 2,000,000 to 7,000,000.'), [['over 2,000,000', 'count', 2e6, Infinity], ['7,000,000', 'count', 7e6, 7e6]]);
    assert.deepEqual(q('Ridership went from 2 to 7 million.'), [['2', 'count', 2e6, 2e6], ['7 million', 'count', 7e6, 7e6]]);
    assert.deepEqual(q('Grants rose from five to ten billion dollars.'), [['five', 'money', 5e9, 5e9], ['ten billion dollars', 'money', 1e10, 1e10]]);
    assert.deepEqual(q('The allowance went from seven hundred and fifty to a thousand dollars.'),
      [['seven hundred and fifty', 'money', 750, 750], ['a thousand dollars', 'money', 1000, 1000]]);
    // Controls: a range written so stays one range.
    assert.deepEqual(q('Fares ranging from 20 to 30 dollars.'), [['20 to 30 dollars', 'money', 20, 30]]);
    assert.deepEqual(q('Between 2 million and 7 million riders.'), [['2 million and 7 million', 'count', 2e6, 7e6]]);
    assert.deepEqual(q('About 20 to 30 riders.'), [['About 20 to 30', 'count', 18, 33]]);
  });
  it('reads "a year and a half" anywhere, not only after a verb of lasting', () => {
    const [goal] = extractQuantities('the target the board set a year and a half ago');
    assert.equal(goal.text, 'a year and a half');
    assert.ok(compatible(goal, extractQuantities('eighteen months earlier')[0]));
    // Control: "a" before a time unit alone is still no figure.
    assert.deepEqual(extractQuantities('an hour later the ferry left'), []);
  });
  it('reads "a" before a time unit\'s possessive as one of the unit ("an hour\'s drive"), not after a figure it rates', () => {
    const [drive] = extractQuantities('The depot lies an hour\'s drive from Riverton.');
    assert.deepEqual([drive.text, drive.kind, drive.lo], ['an hour', 'duration', 60]);
    assert.ok(!compatible(drive, extractQuantities('three hours\' drive')[0]));
    // Control: a rate's period is no length of time of its own.
    assert.deepEqual(extractQuantities('The pilots earn $30 an hour\'s work.').map((x) => x.kind), ['money']);
  });
  it('reads a fraction that stands for its part of a whole named before it ("of the 12 million, one-half have")', () => {
    const share = extractQuantities('Of the 12 million ferry riders counted in May, one-half have already renewed their passes.').find((x) => x.kind === 'percent');
    assert.deepEqual([share?.text, share?.lo], ['one-half', 50]);
    assert.deepEqual(extractQuantities('Half were pilots.').map((x) => [x.kind, x.lo]), [['percent', 50]]);
    // Controls: a half of a period, and the half that ends a mixed figure, are no share.
    assert.deepEqual(extractQuantities('The second half was quieter.').filter((x) => x.kind === 'percent'), []);
    assert.deepEqual(extractQuantities('The past year and a half has been hard for the pilots.').filter((x) => x.kind === 'percent'), []);
  });
});
