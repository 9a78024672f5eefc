import * as assert from 'node:assert/strict';
import { decideVerdict, judgeStance, type Evidence, type Stance } from '../../../src/engine';
import { align } from '../../../src/engine/stance/align';
import { claimView, passageView } from '../../../src/engine/stance/views';
import { contextOf } from '../../../src/engine/stance/context';
import { comparable } from '../../../src/engine/stance/figures';
import { supportCheck } from '../../../src/engine/stance/support';
import { wordsOf } from '../../../src/engine/stance/words';
import { analyse } from '../../../src/engine/text/analysis';

/** The stance alone of a claim against a passage. */
function stanceOf(claim: string, passage: string): Stance {
  return judgeStance(claim, passage).stance;
}

describe('stance', () => {
  const cases: [string, string, Stance, string?][] = [
    ['The council passed the plan in a 7-2 vote.', 'In a 7-2 vote, the Riverton council passed the bridge plan.', 'supports'],
    ['The council passed the plan in a 6-3 vote.', 'In a 7-2 vote, the Riverton council passed the bridge plan.', 'conflicts', 'number'],
    ['Riverton lost half of its textile jobs after the mill closed.', 'Riverton lost one third of its textile jobs after the mill closed.', 'conflicts', 'number'],
    ['Riverton lost half of its textile jobs after the mill closed.', 'Riverton lost 50 percent of its textile jobs after the mill closed.', 'supports'],
    ['The mayor said thefts in Riverton had risen by half.', 'Thefts in Riverton have risen by 50 percent, the mayor said.', 'supports'],
    ['The mayor said thefts in Riverton had risen by a third.', 'Thefts in Riverton have risen by 50 percent, the mayor said.', 'conflicts', 'number'],
    // What a verb changes may follow it: the share is compared with the one the same object changes by, not another's.
    ['The plan will raise Riverton ferry capacity by a quarter, the mayor said.', 'It will double our bus fleet, increase our power supply by 40 percent, and increase our Riverton ferry capacity by 15 percent.', 'conflicts', 'number'],
    ['The plan will raise Riverton ferry capacity by 15 percent, the mayor said.', 'It will double our bus fleet, increase our power supply by 40 percent, and increase our Riverton ferry capacity by 15 percent.', 'supports'],
    // A figure more than ten times the claim's measures something else, unless it is the claim's at another scale.
    ['Osei was paid $675,000 for three speeches to the Riverton Bank.', 'Every executive of the Riverton Bank kept his job after the bank paid a $5 billion fine, Osei said in his speeches.', 'mentions'],
    ['Osei was paid $675,000 for three speeches to the Riverton Bank.', 'Every executive of the Riverton Bank kept his job after the bank paid Osei $6.75 million, Osei said in his speeches.', 'conflicts', 'number'],
    ['The Riverton post had been shared fewer than 8,000 times by Wednesday, Osei said.', 'By Wednesday the post was shared more than 80,000 times, the Riverton paper wrote.', 'conflicts', 'number'],
    // A negation whose words the sentence states none of, in a sentence that negates nothing, leaves the claim's
    // polarity unstated; a negation stated in other words does not.
    ['The council should not become a member of the Riverton ferry league.', 'As a first step the council should promptly join the Riverton ferry league.', 'mentions'],
    ['The council did not comment on the Riverton ferry report.', 'The council declined to comment on the Riverton ferry report.', 'supports'],
    // Two shares that change different things named after their verbs are no rivals.
    ['The council raised Riverton ferry fares by 10 percent.', 'The council raised Riverton property taxes by 20 percent last year.', 'mentions'],
    // A count of a noun and a count of nothing named, with the words around them alike.
    ['The council asked for 620 more officers for the Riverton and Lakeside police.', 'The council asked to enlarge the Riverton and Lakeside police by 920.', 'conflicts', 'number'],
    ['The council asked for 620 more officers for the Riverton and Lakeside police.', 'The council asked to enlarge the Riverton and Lakeside police by 620.', 'supports'],
    ['The council voted to triple the number of Riverton bus drivers.', 'The council voted to double the number of Riverton bus drivers, the mayor said.', 'conflicts', 'number'],
    ['The council voted to double the number of Riverton bus drivers.', 'The council voted to double the number of Riverton bus drivers, the mayor said.', 'supports'],
    // A figure the sentence denies states nothing.
    ['The Riverton fleet has 31 night buses.', 'Today the Riverton fleet has 13 night buses, not 31.', 'conflicts', 'number'],
    ['The Riverton fleet has 13 night buses.', 'Today the Riverton fleet has 13 night buses, not 31.', 'supports'],
    // Two estimates are compared by their figures, though the intervals they allow meet.
    ['The Riverton party drew nearly 12 million votes, the most in its history.', 'The Riverton party drew almost 14 million votes, the most in its history.', 'conflicts', 'number'],
    ['The Riverton party drew about 14 million votes, the most in its history.', 'The Riverton party drew almost 14 million votes, the most in its history.', 'supports'],
    ['The Riverton council halted the works on May 15.', 'The Riverton council had halted the works on May twelfth.', 'conflicts', 'date'],
    ['The Riverton party drew a fifth fewer votes than four years earlier.', 'The Riverton party received 20 percent fewer votes than it got four years ago.', 'supports'],
    // One kin in the place of another; the same kin agrees.
    ["Osei's father said his son was passionate about the Riverton dam.", "Osei's mother Ama said her son was passionate about the Riverton dam.", 'conflicts', 'word'],
    ["Osei's mother said her son was passionate about the Riverton dam.", "Osei's mother Ama said her son was passionate about the Riverton dam.", 'supports'],
    // A kind of the opposite predicate.
    ['The Riverton budget cuts spending on schools.', 'The Riverton budget increases spending on schools.', 'conflicts', 'predicate'],
    // A verb with the opposite particle after it; the same particle agrees.
    ['Senator Osei voted for the Riverton dam bill.', 'The Riverton dam bill, Senator Osei voted against.', 'conflicts', 'predicate'],
    ['Senator Osei voted for the Riverton dam bill.', 'Senator Osei voted for the Riverton dam bill in March.', 'supports'],
    ['Fewer than ten mayors attended the summit.', 'The summit was attended by upwards of 30 mayors from the region.', 'conflicts', 'number'],
    ['At least five mayors attended the summit.', 'The summit was attended by six mayors from the region.', 'supports'],
    // A measure written without a space before its noun is a length, as a hyphenated one is.
    ['He said the two-foot drones were not causing mass panic.', 'He said the 2ft drones were not causing mass panic in the town.', 'supports'],
    ['The hearing lasted nearly three hours.', 'The hearing on the dam lasted 90 minutes.', 'conflicts', 'number'],
    // An ordinal before a noun is the number after it.
    ['The Riverton jury met again on the fifth day of the trial.', 'The Riverton jury met again on day five of the trial.', 'supports'],
    ['A later third phase of the Riverton dam will cut fares.', 'In phase three of the Riverton dam, we will cut fares.', 'supports'],
    ['The town celebrated the 50th anniversary of the dam.', 'The town celebrated the 60th anniversary of the dam on Sunday.', 'conflicts', 'number'],
    ['The fair opens on May 8 in Riverton.', 'The Riverton fair opens on May 9 with a parade.', 'conflicts', 'date'],
    ['The mayor will sign the charter on Labor Day.', 'The mayor will sign the charter on Independence Day.', 'conflicts', 'date'],
    // The same time of day ties two clauses to one event as a shared word does; without it, names alone do not.
    ['The mayor said she would appear at a 5 p.m. rally in Riverton, Ohio, on Sunday.', "In fact, I'll be in Riverton, Ohio, five o'clock on Saturday, and the crowds are huge.", 'conflicts', 'date'],
    ['The mayor said she would appear at a rally in Riverton, Ohio, on Sunday.', "In fact, I'll be in Riverton, Ohio, on Saturday, and the crowds are huge.", 'mentions'],
    // An office without a qualifier still names one holder when the passage describes the same event...
    ['Finance Minister Ana Silva met the unions.', 'Riverland Finance Minister Jorge Pena met the unions on Friday.', 'conflicts', 'name'],
    // ...but not when the passage is about something else.
    ['Finance Minister Ana Silva met the unions.', 'Riverland Finance Minister Jorge Pena opened a bridge over the river.', 'mentions'],
    ['Riverland Finance Minister Ana Silva met the unions.', 'Riverland Finance Minister Jorge Pena met the unions on Friday.', 'conflicts', 'name'],
    ['The board approved the merger.', 'The board rejected the merger after a long debate.', 'conflicts', 'predicate'],
    ['Water prices rose in Riverton last year.', 'Water prices fell in Riverton last year.', 'conflicts', 'predicate'],
    ['The closure of the bridge is permanent.', 'Officials said the closure of the bridge is temporary.', 'conflicts', 'predicate'],
    ['The board approved the merger.', 'The board did not approve the merger.', 'conflicts', 'negation'],
    ['Haddad said: "the lanterns will return next year."', 'Mayor Vasquez said: "the lanterns will return next year."', 'conflicts', 'speaker'],
    // Words given to one described speaker that the source gives to another it describes otherwise; the same description is no rival.
    ['"The harbour gates will stay shut until the spring," a port doctor said.', '"The harbour gates will stay shut until the spring," said a coastguard source.', 'conflicts', 'speaker'],
    ['"The harbour gates will stay shut until the spring," a port doctor said.', '"The harbour gates will stay shut until the spring," said a port doctor on Friday.', 'supports'],
    ['"The harbour gates will stay shut until the spring," a port doctor said.', '"The harbour gates will stay shut until the spring," said a coastguard spokeswoman after the vote.', 'conflicts', 'speaker'],
    // A year the passage does not state is not a conflict by itself.
    ['In 2021, the museum opened a new wing.', 'The museum opened a new wing for modern art.', 'supports'],
    // The members of a party or faith anchor a claim as a name does: other members do not state it.
    ['The levy passed while Republicans controlled the Riverton council.', 'The levy was passed at a time when Democrats controlled the Riverton council.', 'mentions'],
    ['The levy passed while Republicans controlled the Riverton council.', 'The levy was passed at a time when Republicans controlled the Riverton council.', 'supports'],
    // Sharing words is not support: the claim's name is missing.
    ['Riverton hired Omar Haddad as director.', 'Riverton hired a new director for the festival.', 'mentions'],
    ['The zoo bought two elephants.', 'The council approved the harbour bridge plan.', 'unrelated'],
    // A name in apposition identifies; the fact is stated without it.
    ['Rep. Ana Silva, a Riverton Democrat, called the closure a failure of planning.', 'Silva called the closure a failure of planning.', 'supports'],
    // The claim's verb must be stated where its names are: a neighbour about other people does not state it.
    ['Ambassador Ana Silva attended the parade on Liberty Square.', 'More than 30 foreign leaders attended, among them the leaders of Chile, Peru and Ghana.\n\nAmbassador Ana Silva stayed away from the parade although she had been invited.', 'mentions'],
    // A date the passage rules out does not state the claim's: it contradicts it.
    ['The club switched to the new ball in May 1999.', 'The club switched to the new ball in May 2000 (not 1998 or 1999 as the coach claimed).', 'conflicts', 'date'],
    // Another holder of the speaker's office, whatever the words said.
    ['Harbour Board spokeswoman Ana Silva said she could not confirm that the ferry had sunk.', 'Harbour Board spokeswoman Lena Brandt said: "I cannot confirm those reports about the ferry."', 'conflicts', 'name'],
    // A light verb need not be restated: the bill is the fact ...
    ['The unrequested router came with a bill of $340.', 'The ferry company billed him $340 for the unrequested router.', 'supports'],
    // ... but an opposite of it still counts, and a particle makes another verb of it.
    ['The council kept the ferry timetable online.', 'The council took the ferry timetable offline last week.', 'conflicts', 'predicate'],
    ['The harbour office took the notice down within a week.', 'The harbour office published the notice within a week.', 'mentions'],
  ];
  it('compares counts whatever place follows "with him to", and past an adverb grading the counted noun', () => {
    const counts = (claim: string, passage: string): boolean => {
      const [a, b] = [claimView(claim), passageView(passage).sentences[0]];
      return comparable(a.a.quantities[0], a, b.a.quantities[0], b);
    };
    assert.ok(counts('Four friends travelled with him to Riverland.', 'He and two friends were detained by police.'));
    // A partner right after "with" is still one: two calls with two people are not one count.
    assert.ok(!counts('The first call with Haddad lasted an hour.', 'The second call with Brandt was short.'));
    assert.ok(counts('Three of the best-known cartoonists were guests.', 'Four of the most celebrated cartoonists were guests.'));
    // A noun and a particle after a number are no phrasal verb ("4 points up" is no "point up").
    assert.ok(counts('Osei said new polling put him eight points ahead in Riverland.', 'Including being 4 points up in a certain state known as Riverland.'));
  });

  it('does not hold a claim to its light verb ("came with a bill"), but to an opposite of it or a phrasal verb', () => {
    const predicates = (claim: string, passage: string) => supportCheck(contextOf(claimView(claim), passageView(passage))).predicates;
    const came = predicates('The unrequested router came with a bill of $340.', 'The ferry company billed him $340 for the unrequested router.');
    assert.ok(came.total > 0 && came.stated === came.total, JSON.stringify(came));
    const tookDown = predicates('The harbour office took the notice down within a week.', 'The harbour office published the notice within a week.');
    assert.ok(tookDown.stated < tookDown.total, JSON.stringify(tookDown));
    const kept = predicates('The council kept the ferry timetable.', 'The council lost the ferry timetable.');
    assert.ok(kept.stated < kept.total, JSON.stringify(kept));
  });

  it('states a name written with other spacing or accents ("Tin Eye" for "TinEye", "Deby" for "Déby"), not a shorter name inside other words', () => {
    const names = (claim: string, passage: string) => supportCheck(contextOf(claimView(claim), passageView(passage))).names;
    const spaced = names('A search on TinEye found no other copy of the picture.', 'A reverse image search on Tin Eye found no other copy of the picture.');
    assert.equal(spaced.stated, spaced.total);
    const accents = names('The talks were mediated by Idriss Déby in the capital.', 'The talks were mediated by Idriss Deby in the capital.');
    assert.equal(accents.stated, accents.total);
    const other = names('A search on TinEye found no other copy of the picture.', 'A search on Tin Eyewear found no other copy of the picture.');
    assert.ok(other.stated < other.total, JSON.stringify(other));
  });

  it('states a country named in two words by its demonym ("a British band" for "a band from the United Kingdom"), not by another\'s', () => {
    const names = (claim: string, passage: string) => supportCheck(contextOf(claimView(claim), passageView(passage))).names;
    const demonym = names('The Riverton festival booked a band from the United Kingdom for its closing night.', 'The Riverton festival booked a British band for its closing night.');
    assert.equal(demonym.stated, demonym.total, JSON.stringify(demonym));
    const other = names('The Riverton festival booked a band from the United Kingdom for its closing night.', 'The Riverton festival booked a French band for its closing night.');
    assert.ok(other.stated < other.total, JSON.stringify(other));
  });

  it('does not require a name in apposition ("the intruder, Pavel Roth, climbed ...")', () => {
    const r = judgeStance('According to police, the intruder, Pavel Roth, climbed the fence of the depot and ran across the yard to the main gate.',
      'The intruder climbed the fence of the depot and ran across the yard to the main gate, police said.');
    assert.notEqual(r.stance, 'conflicts');
    assert.ok(!r.reasons.join(' ').includes('Pavel Roth'), r.reasons.join('; '));
  });

  for (const [claim, passage, stance, reason] of cases) {
    it(`${stance}${reason ? ` (${reason})` : ''}: "${claim}" / "${passage}"`, () => {
      const r = judgeStance(claim, passage);
      assert.equal(r.stance, stance, r.reasons.join('; '));
      assert.ok(r.confidence >= 0 && r.confidence <= 1);
      if (reason) assert.ok(r.reasons.some((x) => x.startsWith(`${reason}:`)), r.reasons.join('; '));
      for (const h of r.highlights) assert.ok(h.start >= 0 && h.end <= passage.length && h.start < h.end);
    });
  }

  // Each new detector with a control that must not conflict: [claim, passage, conflicts?, reason when it does].
  const pairs: [string, string, boolean, string?][] = [
    // Both sides deny: no conflict.
    ['The league rejected the allegations, saying they contained not a shred of truth.', '"There is no truth to these claims. We categorically deny these allegations," the league said.', false],
    // A count of a set the text picks out is not the total.
    ['Haddad has won 14 league titles.', 'After the move, Haddad went on to win the final three titles that year.', false],
    ['The four ministers signed the accord.', 'The two ministers signed the accord on Friday.', true, 'number'],
    // A denial of something else is no refutation of the claim's figure.
    ['Testing of the reservoir began in 2008.', 'The mayor retracted claims about the reservoir after the water board denied them.', false],
    // A source calling a report false refutes the report's content, not a claim that hedges it or negates it.
    ['The ferry operator sold the harbour depot to the city council.', 'Reports that the ferry operator sold the harbour depot to the city council are false.', true, 'refuted'],
    ['Local papers carried claims that the ferry operator sold the harbour depot to the city council.', 'Reports that the ferry operator sold the harbour depot to the city council are false.', false],
    ['The ferry operator never sold the harbour depot to the city council.', 'Reports that the ferry operator sold the harbour depot to the city council are false.', false],
    // A cue that describes a thing refutes nothing ("a satirical website", "a death hoax"); one that opens the
    // statement it denies, or is said of it, does.
    ['Osei later filmed an episode of Harbour Lights, a Riverton drama.', 'Osei\'s agent said he was the victim of a death hoax and had just filmed an episode of Harbour Lights, a Riverton drama.', false],
    ['Osei was hired to start a Riverton website.', 'Osei was hired to start a satirical Riverton website.', false],
    ['Osei resigned from the Riverton council on Friday.', 'The Riverton council denied the report that Osei had resigned on Friday.', true, 'refuted'],
    // An equal count of something else is not the claim's count, when the sentence counts the claim's noun too.
    ['The tablet will be offered in three sizes.', 'Three models in two sizes will be offered when the tablet ships.', true, 'number'],
    ['The tablet will be offered in three models.', 'Three models in two sizes will be offered when the tablet ships.', false],
    // A share ("one in four") is no count: it is compared with shares.
    ['One in four of the girls on the school trip came home pregnant.', 'Seven of the girls on the school trip came home pregnant.', false],
    ['One in four of the girls on the school trip came home pregnant.', 'One in five of the girls on the school trip came home pregnant.', true, 'number'],
    // A figure more than ten times the claim's measures something else, even in a sentence that states the rest.
    ['Riverton ferry passengers cost taxpayers more than $700 million a year in subsidies.', 'On the Riverton ferry, taxpayers pay about $35 per passenger in subsidies, the mayor said.', false],
    ['Riverton ferry passengers cost taxpayers more than $700 million a year in subsidies.', 'On the Riverton ferry, taxpayers pay about $350 million per year in subsidies, the mayor said.', true, 'number'],
    // "only after" is "not ... until"; "alcohol-free" is "no alcohol"; "not all" denies only an "all".
    ['Osei said the council would renew the ferry contract only after the firm filed its report.', 'Osei: The firm has not filed its report, and the council will not renew the ferry contract until it does.', false],
    ['The council renewed the ferry contract before the firm filed its report, Osei said.', 'Osei: The firm has not filed its report, and the council will not renew the ferry contract until it does.', true, 'negation'],
    ['The Riverton ferry contest served no alcohol.', 'The Riverton ferry contest served alcohol-free drinks, Osei said.', false],
    ['In a 2008 sermon, Osei said that for a ferry, decay marks the end of its life at sea.', 'In a 2008 sermon, Osei explained that not all ferries are called to serve for ever, and when they decay it means the end of their life at sea.', false],
    ['All Riverton ferries run on Sundays.', 'Not all Riverton ferries run on Sundays.', true, 'negation'],
    // A negation bears on the claim's fact only in a sentence that states its telling figures; a small count or an
    // ordinal ties nothing.
    ['Some 47,000 Riverton households have no ferry pass, Osei said.', 'For all other Riverton households, the ferry pass is the best way to travel, Osei said.', false],
    ['Some 47,000 Riverton households have no ferry pass, Osei said.', 'Some 47,000 Riverton households have a ferry pass, Osei said.', true, 'negation'],
    ['Osei said the guard never fired at the second ferry.', 'Osei said the guard fired at the second ferry.', true, 'negation'],
    // "is yet to" negates; a negative prefix states a negated word ("without authorisation" / "unauthorised").
    ['The ferry company has made no statement about the fare rise.', 'The ferry company is yet to make a statement about the fare rise.', false],
    ['The ferry company has made a statement about the fare rise.', 'The ferry company is yet to make a statement about the fare rise.', true, 'negation'],
    ['The harbour clerk was dismissed for leaving his post without authorisation.', 'The harbour clerk was dismissed for unauthorised absence from his post.', false],
    // Two dates in one sentence date two events.
    ['At a news conference on 9 September, the commission presented its report on the blast.', 'Researchers were seeking help to find what caused the blast on Sept. 6, the commission said.', false],
    ['At a news conference on 9 September, the commission presented its report on the blast.', 'At a news conference on Sept. 6, the commission presented its report on the blast.', true, 'date'],
    // Role nouns with or without a qualifier, lower-case titles, appositives.
    ['President Omar Haddad signed the water charter.', 'The water charter was signed by President Lina Farouk in the capital.', true, 'name'],
    ['President Omar Haddad signed the water charter.', 'President Omar Haddad signed the water charter in the capital.', false],
    ['Council spokesman Ivo Marsh denied the report on the dam.', 'Council spokesman Pavel Roth denied the report on the dam.', true, 'name'],
    ['Ivo Marsh, a Danish economist, criticised the dam budget.', 'Pavel Roth, a Danish economist, criticised the dam budget.', true, 'name'],
    ['Ivo Marsh, a Danish economist, criticised the dam budget.', 'Ivo Marsh, a Danish economist, criticised the dam budget.', false],
    // Two people named in the same sentence are two people, not a swapped name.
    ['President Omar Haddad met the miners at the dam.', 'Haddad then met the miners at the dam with French President Lina Farouk.', false],
    // A former holder is not the holder.
    ['President Omar Haddad opened the dam.', 'Former President Lina Farouk opened the dam.', false],
    // Actor swaps: the same action on the same object by someone else; a passage naming both actors is no swap.
    ['Anna Berg summoned the Osterian ambassador over the dam.', 'Piotr Nowak summoned the Osterian ambassador over the dam on Friday.', true, 'name'],
    ['Anna Berg summoned the Osterian ambassador over the dam.', 'Piotr Nowak and Anna Berg summoned the Osterian ambassador over the dam.', false],
    // Places and institutions stand for one another (a capital for its country), so they are never rival actors.
    ['Riverland summoned the Osterian ambassador over the dam.', 'Westmark summoned the Osterian ambassador over the dam on Friday.', false],
    ['Washington paused deliveries of tanks to Riverland.', 'The United States paused deliveries of tanks to Riverland.', false],
    // Named numbers are ordinals of the name.
    ['King Charles III opened the Riverton bridge.', 'King Charles IV opened the Riverton bridge.', true, 'number'],
    ['King Charles III opened the Riverton bridge.', 'King Charles III opened the Riverton bridge on Sunday.', false],
    // Same bound, same counted thing, different number; a differently qualified count is not compared that way.
    ['The mayors held at least five phone calls.', 'The mayors have held at least seven phone calls.', true, 'number'],
    ['The mayors held at least five phone calls.', 'The mayors have held at least seven official phone calls.', false],
    // "about" is tight: about 940 pages is not 887 pages, about 900 is.
    ['The dam report runs to about 940 pages.', 'The dam report runs to 887 pages.', true, 'number'],
    ['The dam report runs to about 900 pages.', 'The dam report runs to 887 pages.', false],
    ['The dam cost tens of millions of dollars.', 'The dam cost $2.5 million in all.', true, 'number'],
    ['The dam cost tens of millions of dollars.', 'The dam cost $25 million in all.', false],
  ];
  for (const [claim, passage, conflicts, reason] of pairs) {
    it(`${conflicts ? 'conflict' : 'no conflict'}${reason ? ` (${reason})` : ''}: "${claim}" / "${passage}"`, () => {
      const r = judgeStance(claim, passage);
      assert.equal(r.stance === 'conflicts', conflicts, `${r.stance}: ${r.reasons.join('; ')}`);
      if (reason) assert.ok(r.reasons.some((x) => x.startsWith(`${reason}:`)), r.reasons.join('; '));
    });
  }

  // Near-synonyms cover each other for support; a passage with a different verb class does not.
  const synonyms: [string, string, Stance][] = [
    ['Westmark stopped sending tanks to Riverland.', 'Westmark has halted shipments of tanks to Riverland.', 'supports'],
    ['Westmark halted tank deliveries to Riverland.', 'Westmark froze tank deliveries to Riverland.', 'supports'],
    ['Mayor Vasquez stated that the bridge would reopen.', 'Mayor Vasquez said that the bridge would reopen.', 'supports'],
    ['Westmark stopped sending tanks to Riverland.', 'Westmark has been building tanks for Riverland.', 'mentions'],
    // A party's abbreviation names the party; a preposition ("inside") is no content to match.
    ['The vote followed two days of talks inside the Republican Party.', 'The vote followed two days of internal GOP talks.', 'supports'],
    ['The vote followed two days of talks inside the Republican Party.', 'The vote followed two days of talks with mayors.', 'mentions'],
    // A capital stands for its country, both ways; another capital does not.
    ['Mayor Vasquez proposed talks between Paris and Berlin on the dam.', 'Mayor Vasquez proposed talks between France and Germany on the dam.', 'supports'],
    ['Mayor Vasquez proposed talks between France and Germany on the dam.', 'Mayor Vasquez proposed talks between Paris and Berlin on the dam.', 'supports'],
    ['Mayor Vasquez proposed talks between Paris and Berlin on the dam.', 'Mayor Vasquez proposed talks between Rome and Madrid on the dam.', 'mentions'],
    // ...but not in a sentence that names another city of that country.
    ['The Riverton militia has fought mainly around Damascus.', 'The Riverton militia has been fighting in the Syrian war mainly around Aleppo.', 'conflicts'],
    // A cap is raised or lifted alike, though the amount must still agree.
    ['The council lifts the Riverton borrowing cap by $2 million.', 'The council also raises the Riverton borrowing cap by $2 million.', 'supports'],
    ['The council lifts the Riverton borrowing cap by $3 million.', 'The council also raises the Riverton borrowing cap by $2 million.', 'conflicts'],
    ['Mayor Vasquez urged the crews to cease dredging at the Riverton dam.', 'Mayor Vasquez urged the crews to stop dredging at the Riverton dam.', 'supports'],
  ];
  for (const [claim, passage, stance] of synonyms) {
    it(`synonyms: ${stance}: "${claim}" / "${passage}"`, () => {
      assert.equal(judgeStance(claim, passage).stance, stance);
    });
  }

  // The claim's predicate must be stated, in its own words or an equivalent; a predicate it does not assert need not be.
  const predicates: [string, string, Stance][] = [
    // "denied saying" is what a source reports as "did not say"; a passage saying nothing of it is no support.
    ['Spokesman Ivo Marsh denied he had said the dam was unsafe for boats.', 'Spokesman Ivo Marsh later clarified his remarks. "I said the dam was old," Marsh told reporters, "but I did not say that it is unsafe for boats."', 'supports'],
    ['Spokesman Ivo Marsh denied he had said the dam was unsafe for boats.', 'Spokesman Ivo Marsh later clarified his remarks. "I said the dam was old," Marsh told reporters, "and that it is unsafe for boats."', 'mentions'],
    // A participle that describes a noun ("the levy passed in 2019") is not the claim's predicate...
    ['The budget extends the water levy passed in 2019 under Mayor Vasquez.', 'The budget extends the 2019 Vasquez-era water levy.', 'supports'],
    // ...but a main verb is, and so is one after a speech verb.
    ['The council passed the water levy in 2019.', 'The council debated the water levy in 2019.', 'mentions'],
    ['Officials said the council passed in 2019 a water levy.', 'Officials said the council debated in 2019 a water levy.', 'mentions'],
    // In the other voice the parties change sides around the verb: another verb between them is still another statement.
    ['The Riverton council and the harbour board opposed the Vasquez toll plan.', 'The Vasquez toll plan, a fee on boats, was backed by the Riverton council and the harbour board.', 'mentions'],
    ['The Riverton council and the harbour board backed the Vasquez toll plan.', 'The Vasquez toll plan, a fee on boats, was backed by the Riverton council and the harbour board.', 'supports'],
    // The course a claim sets aside ("rather than banning") is not asserted.
    ['Rather than banning boats, the council proposed new fees for the Riverton harbour.', 'Instead of a ban, the council proposed fresh fees for the Riverton harbour.', 'supports'],
    // "first" placing an event in a sequence is no figure the source must restate; an ordinal that counts is.
    ['The Riverton Gazette first reported the dam closure on 3 May.', 'The dam closure was reported by the Riverton Gazette on 3 May.', 'supports'],
    ['Vasquez won the Riverton mayoralty for the first time in 2019.', 'Vasquez won the Riverton mayoralty in 2019.', 'supports'],
    ['Vasquez became the first mayor of Riverton to ban boats.', 'Vasquez became the second mayor of Riverton to ban boats.', 'conflicts'],
    // A frequency is stated only over its own period.
    ['Riverton ferries sail to Ostrava five times a day.', 'Riverton ferries sail to Ostrava five times a day in summer.', 'supports'],
    ['Riverton ferries sail to Ostrava five times a week.', 'Riverton ferries sail to Ostrava five times a day in summer.', 'mentions'],
    // A bound allows a figure far from it but does not state it; near it, it does.
    ['The Riverton harbour offence carries a sentence of 25 years.', 'The Riverton harbour offence carries a minimum of 3 years in prison.', 'mentions'],
    ['The Riverton harbour offence carries a sentence of 4 years.', 'The Riverton harbour offence carries a minimum of 4 years in prison.', 'supports'],
    ['The Riverton harbour offence carries a sentence of 25 years.', 'The Riverton harbour offence carries a maximum of 15 years in prison.', 'conflicts'],
  ];
  // Who a figure involves: a partner named after a comma belongs to a new clause, not to the figure's noun phrase.
  const partners: [string, string, Stance][] = [
    ['Mayor Vasquez rejected calls for a 60-day moratorium.', 'Mayor Vasquez rejected calls for a 30-day moratorium, instead proposing a review with Ostrava.', 'conflicts'],
    ['Mayor Vasquez rejected calls for a 60-day moratorium.', 'Mayor Vasquez rejected calls for a 30-day moratorium with Ostrava.', 'mentions'],
  ];
  for (const [claim, passage, stance] of partners) {
    it(`partners: ${stance}: "${claim}" / "${passage}"`, () => {
      const r = judgeStance(claim, passage);
      assert.equal(r.stance, stance, r.reasons.join('; '));
    });
  }

  for (const [claim, passage, stance] of predicates) {
    it(`predicate: ${stance}: "${claim}" / "${passage}"`, () => {
      const r = judgeStance(claim, passage);
      assert.equal(r.stance, stance, r.reasons.join('; '));
    });
  }

  it('marks a mention that shares only vocabulary as incidental, and one sharing a name as not', () => {
    const claim = 'Mayor Vasquez praised the new parks budget in Riverton.';
    assert.equal(judgeStance(claim, 'The budget for new roads was debated at length.').incidental, true);
    const named = judgeStance(claim, 'Vasquez criticised the new roads budget at length.');
    assert.equal(named.stance, 'mentions');
    assert.notEqual(named.incidental, true);
  });

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

  it('lets no adjective that word vectors place near the claim\'s state it: antonyms sit close in them', () => {
    const r = judgeStance('The Riverton coins were in poor condition.', 'The Riverton coins were in good condition.');
    assert.notEqual(r.stance, 'supports', r.reasons.join('; '));
    // Control: the same adjective supports.
    assert.equal(judgeStance('The Riverton coins were in poor condition.', 'The Riverton coins were found in poor condition.').stance, 'supports');
  });

  it('withholds support from a passage that negates what the claim asserts', () => {
    const claim = 'The harbour board issued a formal statement confirming the ferry sale.';
    const negated = judgeStance(claim, 'The harbour board said it cannot confirm the formal statement on the ferry sale.');
    assert.notEqual(negated.stance, 'supports', negated.reasons.join('; '));
    // Control: the same passage without the negation supports the claim.
    const plain = judgeStance(claim, 'The harbour board issued a formal statement confirming the ferry sale on Monday.');
    assert.equal(plain.stance, 'supports', plain.reasons.join('; '));
  });

  it('reads "little" as a negation, but not "a little"', () => {
    const claim = 'Residents caught with a little firewood will be given a warning.';
    const amount = judgeStance(claim, 'Residents caught with small amounts of firewood will be given a warning instead of a fine.');
    assert.notEqual(amount.stance, 'conflicts', amount.reasons.join('; '));
    const none = judgeStance('The talks made progress on the harbour dispute.', 'The talks made little progress on the harbour dispute.');
    assert.equal(none.stance, 'conflicts', none.reasons.join('; '));
  });

  it('does not oppose nouns that describe different things, but does oppose nouns on the same head', () => {
    const differentThings = judgeStance('Riverton marked the 50th anniversary of the town victory over the flood.',
      'Mayor Haddad spoke of the town council’s wartime losses at the 50th anniversary in Riverton.');
    assert.notEqual(differentThings.stance, 'conflicts', differentThings.reasons.join('; '));
    const sameHead = judgeStance('The mills agreed to a regional increase in timber output.',
      'The mills agreed to a regional decrease in timber output.');
    assert.equal(sameHead.stance, 'conflicts', sameHead.reasons.join('; '));
    // Control: opposite verbs still conflict.
    assert.equal(judgeStance('Timber output rose in the valley.', 'Timber output fell in the valley.').stance, 'conflicts');
  });

  it('lets a modifier be opposed only by a modifier of the same noun, where the sentence states that noun', () => {
    const passage = 'Housing starts for the fourth quarter of 2031 were up 45 percent from a year ago, and housing permits, a sure indicator of future growth, were up a whopping 60 percent.';
    const last = judgeStance('Housing starts in the last quarter of 2031 were 45 percent higher than a year before, and permits for new homes jumped 60 percent, according to Osei.',
      passage, undefined, undefined, 'Kwame Osei');
    assert.equal(last.stance, 'supports', last.reasons.join('; '));
    // Control: the same noun under opposite modifiers, and a noun the sentence does not state.
    const opposite = judgeStance('The council approved a permanent freeze on mooring fees.', 'The council approved a temporary freeze on mooring fees.');
    assert.notEqual(opposite.stance, 'supports', opposite.reasons.join('; '));
    const share = judgeStance('Osei said the ferry lines were now paying a smaller share of the harbour levy.', 'The ferry lines are paying a bigger percent of the harbour levy.');
    assert.notEqual(share.stance, 'supports', share.reasons.join('; '));
  });

  it('reads a quote credited to "the aide", or to a speaker the claim itself names, as no misattribution', () => {
    const passage = 'Haddad later praised the lantern festival. “The mayor told me the lanterns will return next spring to the harbour,” the aide was quoted as saying.';
    const generic = judgeStance('Okafor said the mayor told him the lanterns will return next spring to the harbour.', passage);
    assert.notEqual(generic.stance, 'conflicts', generic.reasons.join('; '));
    const nested = judgeStance('Okafor said Haddad told the council that the lanterns will return next spring to the harbour.',
      'Haddad told the council: “The lanterns will return next spring to the harbour.”');
    assert.notEqual(nested.stance, 'conflicts', nested.reasons.join('; '));
    // Control: "he said" after a sentence naming someone else still credits that person.
    const pronoun = judgeStance('Okafor wrote that "the lanterns will return next spring to the harbour."',
      'Haddad said the town was proud of its festival. “The lanterns will return next spring to the harbour,” he said.');
    assert.equal(pronoun.stance, 'conflicts', pronoun.reasons.join('; '));
  });

  it('credits every sentence of a quotation that runs on to the speaker who opened it, even for a short paraphrase', () => {
    const passage = 'Mayor Vasquez answered, warning: “The harbour must stay open. The only winner from closure is Lakeside.”';
    const wrong = judgeStance('Councillor Okafor said the only winner from closure is Lakeside.', passage);
    assert.equal(wrong.stance, 'conflicts', wrong.reasons.join('; '));
    // Control: the speaker who opened the quotation is credited with its later sentence.
    const right = judgeStance('Mayor Vasquez said the only winner from closure is Lakeside.', passage);
    assert.equal(right.stance, 'supports', right.reasons.join('; '));
  });

  it('reads "the day before" an event against "the day after" the same event as a conflict', () => {
    const passage = 'Riverton, which holds its lantern parade on June 3, the day after “Harbour Founders” Day, expects crowds.';
    const swapped = judgeStance('Riverton holds its lantern parade on June 3, the day before Harbour Founders Day.', passage);
    assert.equal(swapped.stance, 'conflicts', swapped.reasons.join('; '));
    // Controls: the same order supports; an opposite order relative to a different event is no conflict.
    const same = judgeStance('Riverton holds its lantern parade on June 3, the day after Harbour Founders Day.', passage);
    assert.equal(same.stance, 'supports', same.reasons.join('; '));
    const other = judgeStance('Riverton holds its lantern parade on June 3, the day before the regatta.', passage);
    assert.notEqual(other.stance, 'conflicts', other.reasons.join('; '));
  });

  it('does not require a referring count ("the two towns") to be stated, but does require a bare count', () => {
    const passage = 'Riverton and Lakeside stood at the forefront of the flood relief effort.';
    const definite = judgeStance('The two towns were at the forefront of the flood relief effort.', passage);
    assert.equal(definite.stance, 'supports', definite.reasons.join('; '));
    const bare = judgeStance('Two towns were at the forefront of the flood relief effort.', passage);
    assert.notEqual(bare.stance, 'supports', bare.reasons.join('; '));
  });

  it('states the counts of a share written as two counts, and the share by the counts', () => {
    const passage = 'In 1998, ninety-four out of ninety-five Riverton councillors voted for the levy.';
    const counts = judgeStance('In 1998, ninety-four of the ninety-five Riverton councillors voted for the levy.', passage);
    assert.equal(counts.stance, 'supports', counts.reasons.join('; '));
    assert.equal(judgeStance('In 1998, 3 out of 10 Riverton councillors voted for the levy.', 'In 1998, three of the ten Riverton councillors voted for the levy.').stance, 'supports');
    // Other counts are not stated by the share.
    assert.notEqual(judgeStance('In 1998, ninety of the ninety-five Riverton councillors voted for the levy.', passage).stance, 'supports');
  });

  it('states a word capitalised inside both sentences only as a name is stated', () => {
    const relationOf = (claim: string, sentence: string, word: string): string | undefined =>
      align(claimView(claim).content, passageView(sentence).sentences[0].words).matches.find((m) => m.claim.raw === word)?.relation;
    // WordNet makes the common adjectives similar; the parties are two.
    assert.equal(relationOf('A Republican senator backed the ferry bill.', 'A Democratic senator backed the ferry bill.', 'Republican'), undefined);
    // Control: the same words in lower case stay similar.
    assert.equal(relationOf('A republican system was set up.', 'A democratic system was set up.', 'republican'), 'similar');
  });

  it('states a reworded predicate through word vectors, only in its slot and never beside its opposite', () => {
    const relationOf = (claim: string, sentence: string, word: string): string | undefined =>
      align(claimView(claim).content, passageView(sentence).sentences[0].words).matches.find((m) => m.claim.raw === word)?.relation;
    // WordNet does not relate them; news text uses them alike.
    assert.equal(relationOf('The club clinched the title on Monday.', 'The club won the title on Monday.', 'clinched'), 'akin');
    assert.equal(judgeStance('The club clinched the title on Monday.', 'The club won the title on Monday.').stance, 'supports');
    // "invited" is used like "attended", but not in its slot: nothing on its right states the parade.
    assert.notEqual(relationOf('Ambassador Ana Silva attended the parade.', 'Ambassador Ana Silva stayed away from the parade although she had been invited.', 'attended'), 'akin');
    // A sentence holding the claim word's opposite ("temporary") never states it through a look-alike.
    assert.notEqual(relationOf('The freeze was permanent, officials said.', 'Officials said the freeze may be temporary and would support talks.', 'permanent'), 'akin');
    // Words of denial are never matched by vector.
    assert.notEqual(relationOf('The minister denied the report on Monday.', 'The minister confirmed the report on Monday.', 'denied'), 'akin');
  });

  it('reads a noun pointing back to an act ("The comment followed") as neither stating nor denying a negated verb', () => {
    const claim = 'The harbour board has not commented on the closure.';
    assert.equal(judgeStance(claim, 'The comment followed criticism from the harbour board over the closure of the ferry.').stance, 'mentions');
    // The act itself, or its noun with no pointer, still disputes the negation.
    assert.equal(judgeStance(claim, 'The harbour board commented on the closure of the ferry on Monday.').stance, 'conflicts');
    assert.equal(judgeStance('The harbour board did not approve the closure.', 'The closure won the harbour board\'s approval on Monday.').stance, 'conflicts');
  });

  it('lets a capital stand for its country where it acts, not after a preposition of place', () => {
    assert.equal(judgeStance('Washington paused the tank deliveries to Riverland.', 'The United States paused the tank deliveries to Riverland.').stance, 'supports');
    const standsFor = (text: string): number => wordsOf(text).find((w) => w.lower === 'washington')?.keys.standsFor.length ?? -1;
    assert.ok(standsFor('Washington paused the tank deliveries.') > 0);
    assert.equal(standsFor('The think tank is based in Washington.'), 0);
  });

  it('takes a look-alike predicate that moves the other way ("trim" / "add") as an opposite, not as a rewording', () => {
    const claim = 'The mayor asked the council to trim the harbour budget by $4 million over the next three years.';
    const r = judgeStance(claim, 'The mayor is asking the council to add $4 million to the harbour budget over the next three years.');
    assert.equal(r.stance, 'conflicts', r.reasons.join('; '));
    assert.ok(r.reasons.some((x) => x.startsWith('predicate:')), r.reasons.join('; '));
    // The same move in other words still states it.
    assert.notEqual(judgeStance(claim, 'The mayor is asking the council to cut $4 million from the harbour budget over the next three years.').stance, 'conflicts');
  });

  it('states a verb of saying by a plain "said" of the same speaker, only where it introduces words', () => {
    const stating = (claim: string, sentence: string, word: string): string | undefined =>
      contextOf(claimView(claim), passageView(sentence)).inFocus.matches.find((m) => m.claim.raw === word)?.word?.raw;
    assert.equal(stating('Mayor Vasquez described the Riverton dam as "a danger to every boat".', 'Mayor Vasquez said the Riverton dam was "a danger to every boat".', 'described'), 'said');
    // The quotation may come first; a pronoun may stand for the speaker.
    assert.equal(stating('Mayor Vasquez warned that the Riverton dam could fail within a decade.', '"The Riverton dam could fail within a decade," Mayor Vasquez said.', 'warned'), 'said');
    assert.equal(stating('Mayor Vasquez argued that the Riverton dam could fail within a decade.', '"The Riverton dam could fail within a decade," he added.', 'argued'), 'added');
    assert.equal(judgeStance('Mayor Vasquez warned that the Riverton dam could fail within a decade.', '"The Riverton dam could fail within a decade," Mayor Vasquez said.').stance, 'supports');
    // An act rather than words ("interviewed"), another speaker, or a verb with an opposite ("confirmed") is not stated so.
    assert.equal(stating('Mayor Vasquez interviewed the Riverton dam engineers.', 'Mayor Vasquez said the Riverton dam engineers were tired.', 'interviewed'), undefined);
    assert.equal(stating('Mayor Vasquez warned that the Riverton dam could fail within a decade.', 'The Riverton dam could fail within a decade, engineer Ilse Moor said.', 'warned'), undefined);
    assert.equal(stating('Mayor Vasquez confirmed that the Riverton dam could fail within a decade.', 'Mayor Vasquez said the Riverton dam could fail within a decade.', 'confirmed'), undefined);
  });

  it('a claim with no name, figure or date is stated by one sentence, not by two that share its words', () => {
    // Together the two sentences hold every word of the claim; the second alone states three quarters of it.
    const r = judgeStance('The senior official rejected the proposal.',
      'Ministers discussed the proposal at length. A senior official rejected questions from journalists.');
    assert.match(r.reasons[0], /^states 75% of the claim/, r.reasons.join('; '));
  });

  it('neighbouring passages share a sentence\'s words; a sentence said twice in one passage, and a claim, get words of their own', () => {
    const sentence = 'The council approved the budget on Tuesday.';
    const a = passageView(`Residents protested outside. ${sentence}`);
    const b = passageView(`${sentence} The mayor welcomed the vote.`);
    assert.equal(a.sentences[1].words, b.sentences[0].words);
    const twice = passageView(`${sentence} ${sentence}`);
    assert.notEqual(twice.sentences[0].words, twice.sentences[1].words);
    assert.equal(twice.index.sentenceOf.get(twice.sentences[1].words[1]), 1);
    assert.notEqual(claimView(sentence).words, a.sentences[1].words);
  });

  it('an adjective after a copula and an adverb is a predicate ("was still alive")', () => {
    const predicate = (text: string, word: string): boolean | undefined => claimView(text).words.find((w) => w.raw === word)?.predicate;
    assert.equal(predicate('The spider was still alive when doctors pulled it out.', 'alive'), true);
    assert.equal(predicate('The freeze was permanent.', 'permanent'), true);
    assert.equal(predicate('The permanent freeze began.', 'permanent'), false);
  });

  it('a name ending in a common noun is stated only with its other names', () => {
    const r = judgeStance('Mark Harvey of the Queensland Museum described the case as bizarre.',
      'Mark Harvey of the Western Australian Museum described the case as bizarre.');
    assert.notEqual(r.stance, 'supports', r.reasons.join('; '));
  });

  it('supports a predicate WordNet relates, and withholds support when an unrelated one takes its place', () => {
    const r = judgeStance('The unions warned of strikes if a pay deal was approved but not honoured.',
      'The unions warned of strikes if a pay deal is sanctioned but not honoured.');
    assert.equal(r.stance, 'supports', r.reasons.join('; '));
    // "reach" and "agree" are unrelated in WordNet: a known limitation, reported as a mention.
    const replaced = judgeStance('The unions warned of strikes if a pay deal was agreed but not honoured.',
      'The unions warned of strikes if a pay deal is debated but not honoured.');
    assert.notEqual(replaced.stance, 'supports', replaced.reasons.join('; '));
    // Control: a refused deal is still the opposite.
    assert.equal(judgeStance('The unions accepted the pay deal.', 'The unions refused the pay deal.').stance, 'conflicts');
  });
  it('states a change at a figure by a change the same way at that figure ("has soared 40 percent" / "is up 40 percent")', () => {
    const claim = 'Ferry use in Riverton has soared 40 percent since 2019.';
    assert.equal(stanceOf(claim, 'Ferry use in Riverton is up 40 percent since 2019, while bus use is flat.'), 'supports');
    assert.equal(stanceOf('Ferry use in Riverton has soared more than 40 percent since 2019.', 'Ferry use in Riverton is up more than 40 percent since 2019, while bus use is flat.'), 'supports');
    // Controls: the other way is a conflict; another figure states no change, nor does the change of another thing.
    assert.equal(stanceOf(claim, 'Ferry use in Riverton is down 40 percent since 2019, while bus use is flat.'), 'conflicts');
    assert.notEqual(stanceOf(claim, 'Ferry use in Riverton is up 25 percent since 2019, while bus use is flat.'), 'supports');
    assert.notEqual(stanceOf(claim, 'Bus use in Riverton is up 40 percent since 2019, while ferry use is flat.'), 'supports');
  });
  it('opposes one factor with another, written as a bare verb or as "twice"', () => {
    assert.equal(stanceOf('Osei said ferry spending would double over the next five years.', 'During the next five years we triple ferry spending, Osei said.'), 'conflicts');
    assert.equal(stanceOf('The special ferries will cost twice that amount.', 'The special ferries will cost three times as much.'), 'conflicts');
    // The same factor in other words.
    assert.equal(stanceOf('The special ferries will cost twice as much.', 'The special ferries will cost two times as much.'), 'supports');
  });

  it('reads "nine votes to four" as the tally "9 to 4"', () => {
    const sentence = 'The Riverton harbour board voted 9 to 4 on Thursday to extend the ferry pier.';
    assert.equal(stanceOf('The Riverton harbour board approved the pier extension by nine votes to four.', sentence), 'supports');
    assert.equal(stanceOf('The Riverton harbour board approved the pier extension by nine votes to five.', sentence), 'conflicts');
  });

  it('states a change by a factor as a change by a share, and the other way round ("halved" / "cut in half")', () => {
    const said = (change: string): string => `Ferry fares in Riverton were ${change} last year, the harbour board said.`;
    assert.equal(stanceOf('Ferry fares in Riverton were halved last year.', said('cut in half')), 'supports');
    assert.equal(stanceOf('Ferry fares in Riverton were cut in half last year.', said('halved')), 'supports');
    assert.equal(stanceOf('Ferry fares in Riverton doubled last year.', said('up 100 percent')), 'supports');
    // Approximated on both sides: "nearly halved" is a fall of 50 to 60 percent, "cut almost in half" one of 40 to 50.
    assert.equal(stanceOf('Ferry fares in Riverton were nearly halved last year.', said('cut almost in half')), 'supports');
    assert.notEqual(stanceOf('Ferry fares in Riverton were nearly halved last year.', said('cut by almost a third')), 'supports');
    // What is cut may stand between the verb and "in half"; a modifier in it ("combined") is no word of change.
    assert.equal(stanceOf('Osei said the combined crews would be halved over five years.', 'Osei said the merger would cut the combined crews in half over five years, mostly through retirements.'), 'supports');
    // Controls: another share, or the other way, states no halving.
    assert.notEqual(stanceOf('Ferry fares in Riverton were halved last year.', said('cut by a third')), 'supports');
    assert.notEqual(stanceOf('Ferry fares in Riverton were halved last year.', said('up by half')), 'supports');
    // A share changed by is no level: "cut in half" does not rival "below 4 percent"; "cut by 30 percent" it does.
    const level = 'Ferry fares in Riverton were cut in half, and inflation has fallen to under 4 today, the mayor said.';
    assert.notEqual(stanceOf('Inflation in Riverton is now below 4 percent, the mayor said.', level), 'conflicts');
    assert.equal(stanceOf('Ferry fares in Riverton were cut by 30 percent last year.', said('cut by half')), 'conflicts');
  });
  it('states a bare range of ages by "aged", and a rank by "No."', () => {
    assert.equal(stanceOf('In Riverton, ferry crews between 20 and 24 work the longest shifts.', 'Ferry crews aged 20-24 work the longest shifts in Riverton, the survey found.'), 'supports');
    assert.equal(stanceOf('The survey placed the Riverton ferry 12th on its list of the 50 best crossings.', 'The survey ranked the Riverton ferry at No. 12 on its list of the 50 best crossings.'), 'supports');
  });
  it('states a count by the list it sums up, and a day before as "the day before"', () => {
    const boat = 'The harbour board sold the ferry Osprey and the tug Kestrel to a Riverton yard.';
    assert.equal(stanceOf('The harbour board sold two boats, the ferry Osprey and the tug Kestrel, to a Riverton yard.', boat), 'supports');
    assert.equal(stanceOf('The harbour board thanked Ama Osei and Kofi Mensah, two pilots who had stayed on board.', 'The harbour board thanked pilots Kofi Mensah and Ama Osei, who had stayed on board.'), 'supports');
    assert.equal(stanceOf('The harbour board formed a three-way pact of Riverton, Westmark and Osei Bay to run the ferry.', 'The harbour board formed a pact among Riverton, Westmark and Osei Bay to run the ferry.'), 'supports');
    assert.equal(stanceOf('The harbour board ordered Osprey and Kestrel, the two new tugs, from a Riverton yard.', 'The harbour board ordered the new tugs, Osprey and Kestrel, from a Riverton yard.'), 'supports');
    // Controls: a count the list does not add up to, and a member the passage does not name.
    assert.notEqual(stanceOf('The harbour board sold three boats, the ferry Osprey and the tug Kestrel, to a Riverton yard.', boat), 'supports');
    assert.notEqual(stanceOf('The harbour board sold two boats, the ferry Osprey and the tug Heron, to a Riverton yard.', boat), 'supports');
    const day = 'Osei flew home from Riverton the day before the harbour was closed.';
    assert.equal(stanceOf('Osei flew home from Riverton one day before the harbour was closed.', day), 'supports');
    assert.notEqual(stanceOf('Osei flew home from Riverton one day after the harbour was closed.', day), 'supports');
  });
  it('states a verb of change by another that moves the same thing the same way ("raised the levy" / "doubled the levy")', () => {
    assert.equal(stanceOf('The harbour board raised the ferry levy last spring.', 'The harbour board doubled the ferry levy last spring.'), 'supports');
    // Controls: the other way is a conflict; the same way for another thing states nothing.
    assert.equal(stanceOf('The harbour board raised the ferry levy last spring.', 'The harbour board cut the ferry levy last spring.'), 'conflicts');
    assert.notEqual(stanceOf('The harbour board raised the ferry levy last spring.', 'The harbour board doubled the pilot wages last spring.'), 'supports');
  });
  it('states twelve months placed ahead or back ("the previous twelve months") by the year placed the same way ("the past year")', () => {
    assert.equal(stanceOf('Ferry fares in Riverton rose 5 percent over the previous twelve months.', 'Ferry fares in Riverton rose 5 percent over the past year.'), 'supports');
    assert.equal(stanceOf('The harbour board will hire 40 pilots within the next 12 months.', 'Over the coming year, the harbour board will hire 40 pilots.'), 'supports');
    // Control: the year ahead is not the twelve months before.
    assert.notEqual(stanceOf('Ferry fares in Riverton rose 5 percent over the previous twelve months.', 'Ferry fares in Riverton will rise 5 percent over the next year.'), 'supports');
  });
  it('reads an order of magnitude ("millions of") as no figure: it states none, and a precise one states it', () => {
    assert.notEqual(stanceOf('About 8 million Riverton voters cast ballots.', 'Millions of Riverton voters cast ballots.'), 'supports');
    assert.equal(stanceOf('Millions of Riverton voters cast ballots.', 'About 8 million Riverton voters cast ballots.'), 'supports');
    assert.equal(stanceOf('About 8 million Riverton voters cast ballots.', 'About 8 million Riverton voters cast ballots, the harbour board said.'), 'supports');
    // Tens of millions are millions too: no conflict.
    assert.notEqual(stanceOf('Some 47 million Riverton voters cast ballots.', 'Millions of Riverton voters cast ballots.'), 'conflicts');
  });
  it('takes a bound of the claim\'s own direction as stating it only with an edge as near', () => {
    const claim = 'The Riverton plan would pay all ferry costs above $6,000 for families.';
    const other = judgeStance(claim, 'Under the Riverton plan they pay all over $4,000 in ferry costs for families.');
    assert.notEqual(other.stance, 'supports', other.reasons.join('; '));
    // Control: the same edge, or one close to it, states the claim's bound.
    assert.equal(stanceOf(claim, 'Under the Riverton plan they pay all over $6,000 in ferry costs for families.'), 'supports');
    assert.equal(stanceOf(claim, 'Under the Riverton plan they pay all over $5,800 in ferry costs for families.'), 'supports');
  });
  it('takes a bound as stating an exact figure only at its edge', () => {
    const claim = 'The harbour board asked Riverton to cut the ferry tax to 14.5 percent.';
    const near = judgeStance(claim, 'The harbour board asked Riverton to cut the ferry tax to a maximum of 15.4 percent.');
    assert.notEqual(near.stance, 'supports', near.reasons.join('; '));
    // Control: the bound's own figure states it.
    assert.equal(stanceOf(claim, 'The harbour board asked Riverton to cut the ferry tax to a maximum of 14.5 percent.'), 'supports');
  });

  it('takes no opposite or negation in a goal, a demand or a condition as contradicting a fact', () => {
    const goal = judgeStance('Most Riverton children are unable to swim.', 'Every Riverton child must be able to swim by the age of ten.');
    assert.notEqual(goal.stance, 'conflicts', goal.reasons.join('; '));
    assert.equal(stanceOf('The Riverton ferries are slow.', 'If the Riverton ferries were fast, the harbour would be busy.') === 'conflicts', false);
    // Control: the same words stated as a fact contradict; and a demand still supports no denial.
    assert.equal(stanceOf('Most Riverton children are unable to swim.', 'Most Riverton children are able to swim.'), 'conflicts');
    assert.equal(stanceOf('The Riverton ferries are slow.', 'The Riverton ferries are fast.'), 'conflicts');
    assert.notEqual(stanceOf('The harbour board did not approve the ferry plan.', 'The harbour board should approve the ferry plan.'), 'supports');
  });

  it('compares the period a sum is spread across only with another such period', () => {
    const claim = 'The Riverton plan would spend $40 million over five years on ferries.';
    assert.equal(stanceOf(claim, 'The Riverton plan would spend $40 million over the next six years on ferries.'), 'conflicts');
    assert.equal(stanceOf(claim, 'The Riverton plan would spend $40 million over the next 5 years on ferries.'), 'supports');
    // How long someone has done something is no period of the sum.
    assert.notEqual(stanceOf(claim, 'For 24 years the mayor has argued that the Riverton plan should spend on ferries.'), 'conflicts');
  });
  it('reads "no one did more than X" as ranking X first, not as a denial; "no plans to" still denies', () => {
    const deepest = 'Tessby has the deepest harbour of any town on the coast.';
    assert.notEqual(stanceOf('No town on the coast has a harbour deeper than Tessby\'s.', deepest), 'conflicts');
    assert.notEqual(stanceOf('No other port on the coast is growing faster than Tessby.', 'Tessby is the fastest growing port on the coast.'), 'conflicts');
    // Control: "no" that governs its own clause before the comparison still denies.
    assert.equal(stanceOf('The harbour board has no plans to dredge the Tessby channel.', 'The harbour board plans to dredge the Tessby channel, faster than the port wanted.'), 'conflicts');
  });
  it('compares a count of a placeholder ("three things") with a count of what it stands for', () => {
    const list = 'Osei pinned up a list of three things the harbour board had done for Tessby.';
    assert.equal(stanceOf('Osei pinned up a list of four achievements of the harbour board in Tessby.', list), 'conflicts');
    assert.notEqual(stanceOf('Osei pinned up a list of three achievements of the harbour board in Tessby.', list), 'conflicts');
    // Control: a placeholder among other words counts something else.
    assert.notEqual(stanceOf('Osei pinned up a list of four achievements of the harbour board in Tessby.', 'Three things went wrong at the Orlen depot last winter, Osei said.'), 'conflicts');
  });
  it('reads "keep doing" as "continue doing": it opposes "stop doing" and states "continue doing"', () => {
    assert.equal(stanceOf('The harbour board urged Osei to keep dredging the Tessby channel.', 'The harbour board urged Osei to stop dredging the Tessby channel.'), 'conflicts');
    assert.equal(stanceOf('The harbour board kept funding the Orlen depot.', 'The harbour board continued funding the Orlen depot last year.'), 'supports');
    // Control: "keep" with an object keeps its own senses.
    assert.equal(stanceOf('The harbour board kept the Orlen depot open.', 'The harbour board kept the Orlen depot open through the winter.'), 'supports');
  });
  it('sets the only year of a claim against the only year of a sentence that states its predicates', () => {
    const sentence = 'In 2004, the Riverton ferry company went bankrupt, Osei said at the Tessby depot.';
    assert.equal(stanceOf('The old Riverton ferry company went bankrupt in 1994 after a long strike by its crews.', sentence), 'conflicts');
    // Controls: another predicate dates another event; a second year in the sentence may be the claim's event's.
    assert.notEqual(stanceOf('The old Riverton ferry company was founded in 1994 after a long strike by its crews.', sentence), 'conflicts');
    assert.notEqual(stanceOf('The old Riverton ferry company went bankrupt in 1994 after a long strike by its crews.', 'In 2004, the Riverton ferry company went bankrupt, Osei said at the Tessby depot, and in 1990 it was sold.'), 'conflicts');
  });
  it('sets a season against another season for the same act, and asks a season to be stated', () => {
    const sentence = 'This spring I will form a commission to reform the Riverton ferries, Osei said.';
    assert.equal(stanceOf('Osei said he would form a commission to reform the Riverton ferries this fall.', sentence), 'conflicts');
    assert.equal(stanceOf('Osei said he would form a commission to reform the Riverton ferries in the spring.', sentence), 'supports');
    // A season the passage does not give is not stated; a season in a compound is no date.
    assert.notEqual(stanceOf('Osei was treated for gout in the summer.', 'Osei was treated for gout, the harbour board said.'), 'supports');
    assert.equal(stanceOf('Osei fled the summer heat of Riverton.', 'Osei fled the summer heat of Riverton, the harbour board said.'), 'supports');
  });
  it('does not take a surname after another given name for the claim\'s person ("Ana Berg" / "Jon and Mia Berg")', () => {
    const claim = 'Owners Jon and Ana Berg were told the harbour board had to look into the noise the ferry was making.';
    const rest = 'were told there had been complaints of a noise nuisance and the harbour board needed to investigate the ferry\'s racket.';
    assert.notEqual(stanceOf(claim, `Owners Jon and Mia Berg ${rest}`), 'supports');
    assert.equal(stanceOf(claim, `Owners Jon and Ana Berg ${rest}`), 'supports');
    // Controls: a short form of the given name, and a title, are the same person.
    assert.equal(stanceOf('Samuel Osei was told the harbour board had to look into the noise the ferry was making.', `Sam Osei ${rest}`), 'supports');
    assert.equal(stanceOf('President Osei was told the harbour board had to look into the noise the ferry was making.', `Owner Sam Osei ${rest}`), 'supports');
  });
  it('reads a figure listed for another name ("in Riverton, 12 percent; ...; in Orlen, 20 percent") as no figure of the claim\'s name', () => {
    const list = 'In Riverton, ferry fares are up 12 percent; in Tessby, 8 percent; in Orlen, 20 percent.';
    assert.equal(stanceOf('Ferry fares in Riverton have risen by 20 percent.', list), 'conflicts');
    assert.equal(stanceOf('Ferry fares in Orlen have risen by 20 percent.', list), 'supports');
    // Control: a claim that measures something else with the list's names and figure.
    assert.notEqual(stanceOf('Riverton\'s harbour is 20 percent deeper than Tessby\'s.', list), 'conflicts');
  });
  it('sets one people\'s adjective against another before the same noun ("a Japanese ferry operator" / "Chinese ferry operator")', () => {
    const claim = 'In a similar stunt around the same time, a Japanese ferry operator named Orlen created a fake advert in which a captain offered to sell seats in return for fuel money.';
    const rest = 'created a fake advertisement for a captain offering to trade seats in exchange for fuel costs.';
    assert.equal(stanceOf(claim, `Last week Chinese ferry operator Orlen ${rest}`), 'conflicts');
    // Control: the other adjective before another noun, with less of the claim stated, says something else.
    assert.notEqual(stanceOf(claim, `Last week Orlen, a ferry operator whose owners are Chinese, ${rest}`), 'conflicts');
  });
});

describe('support for a temperature given in the other unit', () => {
  it('converts degrees Fahrenheit to degrees Celsius', () => {
    assert.equal(stanceOf('In summer, the lake\'s water can warm to about 26 degrees Celsius.', 'The lake\'s water reaches up to 79 degrees Fahrenheit in the summer.'), 'supports');
  });
});

describe('support through a light verb and a verb used alike', () => {
  /** What the passage's support check finds unstated of the claim. */
  const missing = (claim: string, passage: string): string[] => supportCheck(contextOf(claimView(claim), passageView(passage))).missing;
  it('leaves an unstated light verb whose complement is stated out of what the sentence must state', () => {
    assert.equal(stanceOf('Osei, aged 40, came from Riverton, Valmora.', 'Osei, a 40-year-old ferry pilot from Riverton, Valmora, went missing two years ago.'), 'supports');
    // Control: a verb with a meaning of its own must be stated.
    assert.equal(stanceOf('Osei, aged 40, fled from Riverton, Valmora.', 'Osei, a 40-year-old ferry pilot from Riverton, Valmora, went missing two years ago.'), 'mentions');
  });
  it('leaves out a verb that only spends a length of time, frames an act by its place in an event or gives it to someone', () => {
    assert.equal(stanceOf('Ama Osei had spent three decades in Riverton.', 'Ama Osei has been in Riverton for 30 years.'), 'supports');
    assert.deepEqual(missing('Farouk opened by thanking the Riverton harbour board for hosting the hearing.', 'Farouk thanked the Riverton harbour board for hosting the hearing.'), []);
    assert.deepEqual(missing('Farouk credited Senator Tom Mensah with introducing a bill for a $12 harbour wage.', 'Farouk said that Senator Tom Mensah has introduced legislation for a $12 harbour wage.'), []);
    // Controls: a stay the passage does not give, and opening the hearing itself, are verbs of their own.
    assert.notEqual(stanceOf('Ama Osei had spent three decades in Riverton.', 'Ama Osei has lived near Riverton.'), 'supports');
    assert.deepEqual(missing('Farouk opened the hearing of the Riverton harbour board.', 'Farouk thanked the Riverton harbour board for the hearing.'), ['opened', 'opened (thanked)']);
    assert.ok(missing('The Riverton harbour board credited the ferry pilots.', 'The Riverton harbour board fined the ferry pilots.').includes('credited'));
    // Nor is the verb left out when whom it gives the act to is named only outside the central sentence.
    assert.ok(missing('Farouk credited Tom Mensah with the harbour line about rising when the tide falls.',
      'Tom Mensah is a man of great dignity. But I like to remember what Ama Mensah said in her speech at the harbour dinner: when the tide falls, we rise.').includes('credited'));
  });
  it('leaves out a verb that brings up a source or a past event ("cited the lesson of", "recalled that")', () => {
    const rest = 'whose harbour was closed by a strike built up over a series of years.';
    assert.equal(stanceOf(`He cited the lesson of Portugal, ${rest}`, `Farouk said: we learn much from the lesson of Spain, ${rest}`), 'conflicts');
    assert.equal(stanceOf(`He cited the lesson of Spain, ${rest}`, `Farouk said: we learn much from the lesson of Spain, ${rest}`), 'supports');
    assert.deepEqual(missing('Osei recalled that ferry fares doubled after the Riverton strike.', 'Osei said: after the Riverton strike, ferry fares doubled.'), []);
    // Controls: a maker's recall is an act of its own, and so is a verb of citing in the passive.
    assert.ok(missing('Riverton Ferries recalled 40 boats after the strike.', 'Riverton Ferries sold 40 boats after the strike.').includes('recalled'));
    assert.ok(missing('Osei was cited for speeding after the Riverton strike.', 'Osei was fined for speeding after the Riverton strike.').includes('cited'));
  });
  it('finds a change stated by two figures "from" one "to" the other, in the direction they go', () => {
    const fares = 'Riverton ferry fares have been beaten down from 12 to 3 percent of a pilot\'s wage this year.';
    assert.deepEqual(missing('Riverton ferry fares have fallen to 3 percent of a pilot\'s wage from 12 percent this year.', fares), []);
    // Control: the other direction.
    assert.deepEqual(missing('Riverton ferry fares have climbed to 3 percent of a pilot\'s wage from 12 percent this year.', fares), ['climbed']);
  });
  it('finds a verb used alike in its slot when a neighbour is stated twice in the sentence', () => {
    const ctx = contextOf(claimView('The harbour board revealed that the union had sought $2 million in return for freeing Osei.'),
      passageView('The harbour board, where Osei had worked, revealed that the union had demanded a ransom of $2 million in exchange for Osei\'s release.'));
    const sought = ctx.inFocus.matches.find((m) => m.claim.lower === 'sought');
    assert.equal(sought?.word?.lower, 'demanded');
  });
});

describe('opposites the claim states itself', () => {
  it('takes no passage word that the claim states as the opposite of another claim word', () => {
    const claim = 'Mira Osei wrote that the child\'s father had paid the harbour fine in 2019.';
    assert.equal(stanceOf(claim, 'In a letter, Mira Osei said the father paid the harbour fine in 2019.'), 'supports');
    // Control: the opposite alone, the claim's own word unstated, still stands against it.
    const other = contextOf(claimView('Mira Osei wrote that the child paid the harbour fine in 2019.'), passageView('In a letter, Mira Osei said the father paid the harbour fine in 2019.'));
    assert.equal(other.inFocus.matches.find((m) => m.claim.lower === 'child')?.opposite?.lower, 'father');
  });
});

describe('words one speaker repeats from another', () => {
  it('gives the words a claim says one speaker quoted to the one quoted', () => {
    const claim = 'Mayor Lund quoted Ama Osei as calling patience the oldest rule of the harbour.';
    const other = judgeStance(claim, '"Patience," said Kofi Mensah, "is the oldest rule of the harbour."');
    assert.ok(other.reasons.includes('speaker: Ama Osei vs Kofi Mensah'), other.reasons.join('; '));
    // Control: the one quoted said it.
    assert.notEqual(stanceOf(claim, '"Patience," said Ama Osei, "is the oldest rule of the harbour."'), 'conflicts');
  });
  it('takes a word quoted alone at the opening of a sentence as the start of the words said, not their speaker', () => {
    assert.equal(analyse('"Patience," said Ama Osei, "is the oldest rule of the harbour."').speaker?.text, 'Ama Osei');
    // Control: a name quoted alone inside the sentence is still the one who spoke.
    assert.equal(analyse('A clerk, known only as "Ingrid," warned a customer.').speaker?.text, 'Ingrid');
  });
});

describe('another holder of an office given after the name', () => {
  it('finds the office the claim gives its person held by someone else in the passage', () => {
    // Given names WordNet also has as words ("Don", "Mark") leave each name one word long to the other rules.
    const claim = 'The official who questioned the need for a ferry levy was Don Osei, chairman of the Riverton harbour board.';
    const other = judgeStance(claim, 'Mark Mensah, chairman of the Riverton harbour board, set off a long debate when he asked the council why the town needed a ferry levy.');
    assert.ok(other.reasons.some((r) => r.startsWith('name: Don Osei vs Mark Mensah')), other.reasons.join('; '));
    // Control: the passage names the claim's person too.
    assert.notEqual(stanceOf(claim, 'Mark Mensah, chairman of the Riverton harbour board, set off a long debate when he asked Don Osei why the town needed a ferry levy.'), 'conflicts');
  });
});
