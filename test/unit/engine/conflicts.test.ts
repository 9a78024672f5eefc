import * as assert from 'node:assert/strict';
import { isContent, tokenize } from '../../../src/engine/text/tokens';
import { judgeStance } from '../../../src/engine';

/** [claim, passage, conflicts?, reason prefix when it does]: each behaviour next to a control that must not change. */
type Pair = [string, string, boolean, string?];

function check(pairs: Pair[]): void {
  for (const [claim, passage, conflicts, reason] of pairs) {
    it(`${conflicts ? 'conflict' : 'no conflict'}${reason ? ` (${reason})` : ''}: "${claim}" / "${passage}"`, () => {
      const r = judgeStance(claim, passage);
      assert.equal(r.stance === 'conflicts', conflicts, `${r.stance}: ${r.reasons.join('; ')}`);
      if (reason) assert.ok(r.reasons.some((x) => x.startsWith(`${reason}:`)), r.reasons.join('; '));
    });
  }
}

describe('conflict detectors', () => {
  describe('negation only counts in asserted clauses', () => {
    check([
      // Control: a plain denial of the claim's predicate.
      ['The council keeps the ferry running on Sundays.', 'The council does not keep the ferry running on Sundays.', true, 'negation'],
      // A demand is no statement of fact...
      ['The council keeps the ferry running on Sundays.', 'It is vital that the council does not keep the ferry running on Sundays.', false],
      ['The council keeps the ferry running on Sundays.', 'The council must not keep the ferry running on Sundays.', false],
      // ...and neither is the claim's condition.
      ['Only the harbour gains if the council keeps the ferry running on Sundays.',
        'The only one who gains is the harbour. The council does not keep the ferry running on Sundays.', false],
    ]);
  });

  describe('a negation on the other side that bears on something else', () => {
    check([
      ['The harbour police did not condemn the blockade.', 'The harbour police have condemned the blockade, warning fishermen not to take the law into their own hands.', true, 'negation'],
      ['The harbour police did not condemn the blockade.', 'The harbour police did not condemn the blockade, and warned fishermen not to take the law into their own hands.', false],
    ]);
  });

  describe('a negated act is not stated by a thing of its kind', () => {
    check([
      // "waiting" is not stated by "moratorium", a kind of waiting: the negation falls on nothing the sentence says.
      ['Without waiting for the council, the harbour board imposed a freeze on new ferry rules.', 'The harbour board imposed a moratorium on new ferry rules.', false],
      // Control: the act itself negated.
      ['The harbour board did not impose a freeze on new ferry rules.', 'The harbour board imposed a freeze on new ferry rules.', true, 'negation'],
    ]);
  });

  describe('"not only" and "not just" add rather than deny', () => {
    check([
      ['The storm flooded not just the harbour but also the old town.', 'The storm flooded the harbour and the old town.', false],
      ['The storm did not flood the harbour.', 'The storm flooded the harbour and the old town.', true, 'negation'],
    ]);
  });

  describe('reported speech put in another speaker\'s mouth', () => {
    const claim = 'Mayor Lina Farouk said the council had finished the bridge repairs ahead of the spring floods.';
    check([
      [claim, "'The council has finished the bridge repairs ahead of the spring floods,' Omar Haddad said on Friday.", true, 'speaker'],
      // Controls: the claimed speaker is credited, or a name inside the quote is only what is talked about.
      [claim, "'The council has finished the bridge repairs ahead of the spring floods,' Farouk said on Friday.", false],
      [claim, "Farouk thanked the crews. 'The council has finished the bridge repairs ahead of the spring floods,' Farouk added.", false],
      // Too few words to tell a paraphrase from a coincidence.
      ['Farouk said repairs finished.', "'The repairs finished,' Omar Haddad said on Friday.", false],
      // A source that drops the diacritics still names the same speaker.
      ['Jonas Åberg said the council had finished the bridge repairs ahead of the spring floods.',
        '"The council has finished the bridge repairs ahead of the spring floods," said Jonas Aberg.', false],
      // The speaker is the head before a comma-delimited aside, not a name inside it.
      ['Anna Berg, who advised Riverland and Westmark, said the dam would open on schedule next spring.',
        '"The dam will open on schedule next spring," Anna Berg told reporters in Riverton.', false],
      ['Anna Berg, who advised Riverland and Westmark, said the dam would open on schedule next spring.',
        '"The dam will open on schedule next spring," Piotr Nowak told reporters in Riverton.', true, 'speaker'],
      // A description is given to its speaker as words said are ("described the levy as").
      ['Mayor Lina Farouk described the harbour levy as "a fair price for a safer port."', '"It is a fair price for a safer port," Omar Haddad said of the harbour levy.', true, 'speaker'],
      ['Mayor Lina Farouk described the harbour levy as "a fair price for a safer port."', '"It is a fair price for a safer port," Farouk said of the harbour levy.', false],
    ]);
  });

  describe('a duration names its partner only up to a dash', () => {
    check([
      ['The mayor signed the deal after a three-hour meeting with Farouk.',
        'The mayor signed the deal after a two-hour meeting with Farouk\u2014part of Riverton\u2019s push to end the strike.', true, 'number'],
      // Control: a partner the claim does not name is another meeting.
      ['The mayor signed the deal after a three-hour meeting with Farouk.',
        'The mayor signed the deal after a two-hour meeting with Haddad and Farouk.', false],
    ]);
  });

  describe('one detail changed in a sentence that states the rest of the claim', () => {
    check([
      // A count of a pronoun ("of them") counts what its sentence is about.
      ['The lab said it had put 40,000 of the samples through testing.', 'The lab said it received nine complaints about the samples and has tested 14,000 of them.', true, 'number'],
      ['The lab said it had put 40,000 of the samples through testing.', 'The lab said it received nine complaints about the samples and has tested 40,000 of them.', false],
      // A place WordNet does not know is read as a place after "in" ...
      ['The choir was founded in Kettleby by three teachers in 1962.', 'The choir was founded in Ashgrove by three teachers in 1962.', true, 'place'],
      ['The choir was founded in Kettleby by three teachers in 1962.', 'The choir, which tours Ashgrove every spring, was founded in Kettleby by three teachers in 1962.', false],
      // ... and may lie within any region: it is set only against a town or another such place.
      ['The choir was founded in Kettleby by three teachers in 1962.', 'The choir was founded in Italy by three teachers in 1962.', false],
      // Two spellings of one transliterated name are one place.
      ['The convoy reached Qadissa on Monday after a two-day drive.', 'The convoy reached Qadisah on Monday after a two-day drive.', false],
      // Another person for the claim's, the rest of the sentence the same.
      ['Deputy editor Mara Lindqvist wrote the report on the harbour fire for the Riverton Courier.',
        'The report on the harbour fire for the Riverton Courier was written by deputy editor Jonas Pellegrini.', true],
      // Not a person's name: a building in the same sentence is no rival.
      ['Deputy editor Mara Lindqvist wrote the report on the harbour fire for the Riverton Courier.',
        'Deputy editor Mara Lindqvist wrote the report on the harbour fire at the Civic Arts Centre for the Riverton Courier.', false],
    ]);
  });

  describe('a pronoun opening the sentence stands for the claim\'s definite subject', () => {
    check([
      ['The exhibition is scheduled to reach galleries on May 6, 2019.', 'It is scheduled to reach museums on March 25, 2019.', true, 'date'],
      ['The exhibition is scheduled to reach galleries on March 25, 2019.', 'It is scheduled to reach museums on March 25, 2019.', false],
      // A subject with a name is not set aside: "It" may be another exhibition.
      ['The Larsholm exhibition is scheduled to reach galleries on May 6, 2019.', 'It is scheduled to reach museums on March 25, 2019.', false],
      // Nor is a subject the sentence names otherwise.
      ['The exhibition is scheduled to reach galleries on May 6, 2019.', 'The tour is scheduled to reach museums on March 25, 2019.', false],
    ]);
  });

  describe('opposite predicates in a sentence that states the rest of the claim', () => {
    check([
      ['Two engineers at the port disagreed about whether the crack was linked to the storm that passed that weekend.',
        'Two engineers at the port, both advisers to the harbour board, agreed that the crack had nothing to do with a storm that passed that weekend.', true, 'predicate'],
      ['Two engineers at the port agreed about whether the crack was linked to the storm that passed that weekend.',
        'Two engineers at the port, both advisers to the harbour board, agreed that the crack had nothing to do with a storm that passed that weekend.', false],
    ]);
  });

  describe('parties named by common nouns swapped around the same verb', () => {
    check([
      ['In the first week, the company contacted nine customers whose phones had bent.', 'In the first week, nine customers contacted the company about phones that had bent.', true, 'roles'],
      ['In the first week, the company contacted nine customers whose phones had bent.', 'In the first week, the company contacted nine customers about phones that had bent.', false],
    ]);
  });

  describe('the giver and the receiver of one act swapped, the receiver after "to"', () => {
    check([
      ['A local ferry broker then sold the old tug to the harbour board.', 'We handed it to an auction yard, and the harbour board then took the papers and sold it to a local ferry broker, Osei said.', true, 'roles'],
      ['The harbour board sold the old tug to a local ferry broker.', 'The harbour board sold the old tug to a local ferry broker, Osei said.', false],
      // Controls: an infinitive after "to" receives nothing; the same receiver on both sides.
      ['The harbour board sold the old tug to raise money for a local ferry broker.', 'A local ferry broker sold the old tug to the harbour board.', false],
      ['The harbour board then sold the old tug to a local ferry broker.', 'We handed it to an auction yard, and the harbour board then took the papers and sold it to a local ferry broker, Osei said.', false],
    ]);
  });

  describe('a person\'s age, in whatever form, against the same person\'s age', () => {
    check([
      ['Marta Okafor, who is 52, runs the ferry company.', 'Marta Okafor, 47, runs the ferry company from Dunmore.', true, 'age'],
      ['The ferry owner, a 58-year-old widow from Dunmore, sold the boat.', 'The 68-year-old ferry owner from Dunmore sold the boat.', true, 'age'],
      ['The skipper was found aged 36 on the shore.', 'The skipper was found at the age of 34 on the shore.', true, 'age'],
      ['Okafor, the company\'s 64-year-old founder, sold the boat.', 'The company\'s founder, the 66-year-old Okafor, sold the boat.', true, 'age'],
      // Controls: the same age; another person's age; a sentence with several ages and no name beside the claim's.
      ['Marta Okafor, who is 47, runs the ferry company.', 'Marta Okafor, 47, runs the ferry company from Dunmore.', false],
      ['Okafor, 45, was arrested on Monday.', 'Okafor was arrested on Monday along with Dunne, 40, and Byrne, 35, police said.', false],
      ['The witness, Ada Byrne, is 26 years old.', 'Byrne believes Okafor, 56, is really homeless.', false],
    ]);
  });

  describe('a place in the same slot', () => {
    check([
      // The claim's date stated beside the other place counts towards the topic.
      ['Okafor was detained in the early hours of March 3 in Dunmore.', 'Neighbours said Okafor was detained on March 3 in Kilrush, Clare.', true, 'place'],
      ['Okafor was detained in the early hours of March 3 in Dunmore.', 'Neighbours said Okafor was detained in Kilrush, Clare.', false],
      // A river named with its kind of feature.
      ['Jets bombed positions near a strategic dam on the Tigris River.', 'Warplanes bombed fighters around a strategic dam on the Euphrates River.', true, 'place'],
      ['Jets bombed positions near a strategic dam on the Tigris River.', 'Warplanes bombed fighters around a strategic dam on the Tigris River.', false],
      // Two places qualifying the same noun.
      ['In the forged report, the body was found in a Boston apartment.', 'Several unconfirmed reports say Okafor was found dead on Friday in his Chicago apartment.', true, 'place'],
      ['In the forged report, the body was found in a Boston apartment.', 'Several unconfirmed reports say Okafor was found dead on Friday in Chicago, in his apartment.', false],
    ]);
  });

  describe('parties swapped past adverbs and raising verbs, and a firm named by a common noun', () => {
    check([
      ['The family later sent the broadcaster a recording of the concert.', 'The broadcaster also sent the family a recording of the concert.', true, 'roles'],
      ['The family later sent the broadcaster a recording of the concert.', 'The family also sent the broadcaster a recording of the concert.', false],
      ['Local growers are said to be pressing Shell to finish the pipeline by 9 March.', 'Reports say Shell is pressing local growers to finish the pipeline by 9 March.', true, 'roles'],
      ['Local growers are said to be pressing Shell to finish the pipeline by 9 March.', 'Reports say local growers are pressing Shell to finish the pipeline by 9 March.', false],
    ]);
  });
  describe('opposite verbs of saying, only as direct antonyms', () => {
    check([
      ['In earlier disputes, the ferry company had denied that its crews were at fault.', 'In earlier disputes, the ferry company has admitted fault and said its crews acted in error.', true, 'predicate'],
      ['In earlier disputes, the ferry company had denied that its crews were at fault.', 'In earlier disputes, the ferry company has denied fault and said its crews acted correctly.', false],
    ]);
  });

  describe('a verb form that is also another word opposes as its verb', () => {
    check([
      ['The mayor said the choice of route would be left to the harbour board.', 'The mayor said the harbour board had the right to choose the route.', false],
      ['The ferry left the harbour at noon, the mayor said.', 'The ferry arrived at the harbour at noon, the mayor said.', true, 'predicate'],
    ]);
  });

  describe('"come" and "go" are another point of view, not opposites', () => {
    check([
      ['The skipper, aged 52, came from Tromso, in northern Norway.', 'The skipper, a 52-year-old from Tromso in northern Norway, went missing in March while fishing off the coast.', false],
      ['Ticket prices for the ferry rose sharply in March.', 'Ticket prices for the ferry fell sharply in March.', true, 'predicate'],
      // An adjective is not stated by its attribute noun when the claim has that noun too ("small size" / "large size").
      ['The bakery said the small size loaves would be withdrawn in June.', 'The bakery said the large size loaves would be withdrawn in June.', true, 'predicate'],
      ['The bakery said the large size loaves would be withdrawn in June.', 'The bakery said the large size loaves would be withdrawn in June.', false],
    ]);
  });

  describe('an age written in words, and an area given by a measure before its noun', () => {
    check([
      ['The leaflet advertised kits meant for children aged six and up.', 'The leaflet advertised kits meant for children aged 4 and up, the firm said.', true, 'age'],
      ['The leaflet advertised kits meant for children aged four and up.', 'The leaflet advertised kits meant for children aged 4 and up, the firm said.', false],
      ['The estate\'s walled garden covers 60 acres.', 'Dunne toured the estate\'s walled 40-acre garden with the head gardener.', true, 'number'],
      ['The estate\'s walled garden covers 40 acres.', 'Dunne toured the estate\'s walled 40-acre garden with the head gardener.', false],
    ]);
  });

  describe('a place named in another way: qualifying a noun, inside a name, after a larger place', () => {
    check([
      ['The leaflet carried the name of a Dublin printing firm that the company used.', 'The leaflet carried the name of a printer in Galway used by the company at the time.', true, 'place'],
      ['The leaflet carried the name of a Dublin printing firm that the company used.', 'The leaflet carried the name of a printer in Dublin used by the company at the time.', false],
      // A place that qualifies another noun than the claim's is in another slot.
      ['The ferry company has its headquarters in Galway.', 'The ferry company hired a Dublin advertising firm to run its campaign.', false],
      // A name WordNet does not know is a place's when a noun for a place follows it.
      ['Floodwater cut off the main road into the Karela district on Tuesday.', 'Floodwater cut off the main road into the Nusseirat district on Tuesday, officials said.', true, 'place'],
      ['Floodwater cut off the main road into the Karela district on Tuesday.', 'Floodwater cut off the main road into the Karela district on Tuesday, officials said.', false],
      ['Okafor told her story to BBC Radio Manchester.', 'Okafor told BBC Radio Leeds that the recording was lost in December.', true, 'name'],
      ['Okafor told her story to BBC Radio Leeds.', 'Okafor told BBC Radio Leeds that the recording was lost in December.', false],
      // A body's name with another place in it.
      ['Osei was a clerk of the Virginia General Assembly when the ferry charter was engrossed.', 'Osei, a clerk of the Pennsylvania General Assembly, engrossed the ferry charter.', true, 'name'],
      ['Osei was a clerk of the Pennsylvania General Assembly when the ferry charter was engrossed.', 'Osei, a clerk of the Pennsylvania General Assembly, engrossed the ferry charter.', false],
      // The passage's name is the claim's other one.
      ['An agent tackled Osei at the East Room\'s southern end, by the door into the Green Room.', 'Osei was tackled by an agent at the southern end of the East Room.', false],
      ['The satirical post said a man had been arrested in Salford, near Manchester.', 'The satirical post said a man had been arrested in the Manchester suburb of Stockport early on Monday.', true, 'place'],
      ['The satirical post said a man had been arrested in Stockport, near Manchester.', 'The satirical post said a man had been arrested in the Manchester suburb of Stockport early on Monday.', false],
      // A place after several words that describe it ("the northern city of"); a larger place the claim puts its place in
      // stands or falls with it.
      ['Reports said a police raid was under way in Lyon, in the south of France.', 'A police raid is reportedly under way in the northern city of Lille.', true, 'place'],
      ['Reports said a police raid was under way in Lille, in the north of France.', 'A police raid is reportedly under way in the northern city of Lille.', false],
      // Among the same words, a place needs only the claim's topic, not most of its other words.
      ["Osei's famous lonely night ride took him from Dover to Calais.", 'Osei has not drawn such crowds at the port since his night ride from Dover to Dunkirk.', true, 'place'],
      ["Osei's famous lonely night ride took him from Dover to Calais.", 'Osei has not drawn such crowds at the port since his night ride from Dover to Calais.', false],
      // A place the claim names by its demonym is the claim's own, not a rival.
      ['Officials said American troop numbers in Kabul would fall by spring.', 'Officials said the number of troops in America would fall by spring.', false],
      ['Officials said American troop numbers in Kabul would fall by spring.', 'Officials said the number of troops in Germany would fall by spring.', true, 'place'],
      // Only the place a demonym pertains to is the claim's own ("Polish" is Poland's, not Warsaw's).
      ['Osei said he had spoken with the Polish minister for six hours in Moscow last year.', 'Osei said that when he talked to the minister of Poland for six hours in Warsaw last year, he learned something.', true, 'place'],
      // A larger place is part of the slot only against another town ("in Hamburg, Germany" / "an island in Sweden").
      ['The agency that sells the island is based in Hamburg, Germany.', 'Osei, of the agency that sells the island, said the owner no longer needs an island in Sweden.', false],
      // A thing's name with one other word: another body or product; not when the passage also names the
      // claim's, when the claim names the passage's too, or when one word abbreviates the other.
      ['The scanner was first built by the Federal Coastal Survey Office to map harbour floors.', 'The scanner was first built by the Federal Inland Survey Office to map harbour floors, its makers said.', true, 'name'],
      ['The scanner was first built by the Federal Coastal Survey Office to map harbour floors.', 'The scanner was first built by the Federal Coastal Survey Office, with the Federal Inland Survey Office, to map harbour floors.', false],
      ['The Greenway Trust funded the Harbour Survey Office to map the floors.', 'The Greenway Trust funded the Inland Survey Office to map the floors, and the Harbour Survey Office took part.', false],
      ['The Northern Rail Union backed the strike on Monday.', 'The Northern Rail Un. backed the strike on Monday, a spokesman said.', false],
    ]);
  });
  describe('parties swapped around a verb, with a relative clause or a long title between', () => {
    check([
      ['Mayor Ana Ruiz briefed Governor Tom Hale on the flood plan.', 'Governor Tom Hale, who chairs the state emergency board, briefed Mayor Ana Ruiz on the flood plan.', true, 'roles'],
      ['Governor Tom Hale briefed Mayor Ana Ruiz on the flood plan.', 'Governor Tom Hale, who chairs the state emergency board, briefed Mayor Ana Ruiz on the flood plan.', false],
      ['Ana Ruiz briefed Deputy Harbour Commissioner Tom Hale on the flood plan.', 'Tom Hale briefed Ana Ruiz on the flood plan.', true, 'roles'],
      ['Deputy Harbour Commissioner Tom Hale briefed Ana Ruiz on the flood plan.', 'Tom Hale briefed Ana Ruiz on the flood plan.', false],
      // A passive turns the subject round only against its doer after "by", not against a place after "in".
      ['The courier, a Danish national, was injured in Estonia in 2013.', 'The hospital treated a Danish national injured in Estonia in 2013.', false],
      ['Ana Ruiz was briefed by Tom Hale on the flood plan.', 'Ana Ruiz briefed Tom Hale on the flood plan.', true, 'roles'],
      // A party named in the sentence by a longer form WordNet gives as its synonym.
      ['The State Department referred the reporters to Ana Ruiz.', 'Ana Ruiz referred the reporters to the Department of State, which did not reply.', true, 'roles'],
      ['Ana Ruiz referred the reporters to the State Department.', 'Ana Ruiz referred the reporters to the Department of State, which did not reply.', false],
    ]);
  });
  describe('an act named by a noun, its possessive doer and the party after "of" swapped', () => {
    check([
      ['Neighbouring states were alarmed at Valdoria\'s invasion of Ostmark.', 'Neighbouring states were alarmed at Ostmark\'s sudden invasion of Valdoria.', true, 'roles'],
      ['Neighbouring states were alarmed at Ostmark\'s invasion of Valdoria.', 'Neighbouring states were alarmed at Ostmark\'s sudden invasion of Valdoria.', false],
      ['The harbour board condemned Osei\'s criticism of Mensah.', 'The harbour board condemned Mensah\'s sharp criticism of Osei.', true, 'roles'],
      ['The harbour board condemned Mensah\'s criticism of Osei.', 'The harbour board condemned Mensah\'s sharp criticism of Osei.', false],
    ]);
  });
  describe('two named parties swapped around one act, the other party further on in its clause', () => {
    check([
      ['Ferri wanted to leave the orchestra unless he could keep the same dressing room as Ingrid Solberg.',
        'Solberg wanted out of the orchestra if she could not keep the same dressing room as Ferri.', true, 'roles'],
      ['Ferri wanted to leave the orchestra unless he could keep the same dressing room as Ingrid Solberg.',
        'Ferri wanted out of the orchestra if he could not keep the same dressing room as Solberg.', false],
      // A broader or narrower verb is not one act ("plans" / "play").
      ['Ferri has said he plans to meet Solberg before rehearsals start.', 'Solberg is being considered to play the conductor who hires Ferri in the film.', false],
    ]);
  });
  describe('doer and undergoer the other way round, in either voice', () => {
    check([
      ['The dockers had seized, searched and fined crew members of the rival ferry.', 'The dockers were seized, searched and fined by crew members of the rival ferry.', true, 'roles'],
      ['The dockers were fined by members of the harbour board.', 'Members of the harbour board fined the dockers.', false],
      ['The ferry crew fined the dockers.', 'The ferry crew were fined by the dockers last week.', true, 'roles'],
      // A different act is not the same act turned round.
      ['The dockers praised members of the harbour board.', 'The dockers were fined by members of the harbour board.', false],
      // A passive with "get", its undergoer unsaid: the claim's undergoer is the doer ("she" stands for anyone).
      ['The singer left the band when she dropped her manager.', 'The singer spent a month alone at sea after getting dropped by her manager.', true, 'roles'],
      ['The singer left the band when her manager dropped her.', 'The singer spent a month alone at sea after getting dropped by her manager.', false],
      // A named doer the passage does not give as the undergoer leaves the act's undergoer open.
      ['Ferrol Shipping fined the harbour board for the delay.', 'The meeting, which was reportedly called by the harbour board, fined nobody.', false],
    ]);
  });
  describe('an act named by a noun, its doer after "from"', () => {
    check([
      ['Ferrol Shipping publicly praised Mayor Dunne for brokering the harbour deal.', 'Ferrol Shipping gained public praise from Mayor Dunne for brokering the harbour deal.', true, 'roles'],
      ['Mayor Dunne publicly praised Ferrol Shipping for brokering the harbour deal.', 'Ferrol Shipping gained public praise from Mayor Dunne for brokering the harbour deal.', false],
      // "come from" names no object: the place is where they came from, as in "arriving from".
      ['Officials blamed fighters who had come from Libya for the outbreak in Sirte.', 'Officials blamed fighters arriving from Libya for the outbreak in Sirte.', false],
    ]);
  });
  describe('words of the claim\'s speaker that the passage gives, reworded, to another person', () => {
    check([
      ['Dunne told reporters that the skipper was "still in surgery and would be fine."', 'Leila Okafor said the skipper was still being operated on and would be fine.', true, 'speaker'],
      // Without quotation marks, a speaker named by one word may be anyone; nor is the claim's speaker contradicted where the passage names them.
      ['Dunne told reporters that the skipper was still in surgery and would be fine.', 'Leila Okafor said the skipper was still being operated on and would be fine.', false],
      // Reported words given to a speaker named in full, or to another holder of the same office, are that speaker's.
      ['Marcus Dunne told reporters that the skipper was still in surgery and would be fine.', 'Leila Okafor said the skipper was still being operated on and would be fine.', true, 'speaker'],
      ['Harbour Commissioner Nadia Brennan said the ferry service would resume on the northern route next month.',
        'Harbour Commissioner Tomas Ruiz said the ferry service would restart on the northern route next month.', true, 'speaker'],
      ['Harbour Commissioner Nadia Brennan said the ferry service would resume on the northern route next month.',
        'Harbour Commissioner Nadia Brennan said the ferry service would restart on the northern route next month.', false],
      ['Dunne told reporters that the skipper was "still in surgery and would be fine."', 'Leila Okafor said the skipper was still being operated on and would be fine, as Dunne had said.', false],
    ]);
  });
  describe('durations of very different sizes time different things', () => {
    check([
      ['The brothers say they have landed roughly 1,800 catfish over two decades.', 'The brothers landed the catfish after a 35-minute fight, they say.', false],
      ['The brothers say the fight to land the catfish lasted two hours.', 'The brothers say the fight to land the catfish lasted 35 minutes.', true, 'number'],
    ]);
  });
  describe('a passage that calls "the story" fake without stating the claim is no refutation of it', () => {
    check([
      ['The painter\'s name quickly became a trending topic on Twitter.', 'However, police confirmed the story, which left the painter\'s name trending on Twitter, was fake.', false],
      ['The ferry operator sold the harbour depot to the city council.', 'Reports that the ferry operator sold the harbour depot to the city council are false.', true, 'refuted'],
      // A cue before a noun the claim names describes what the claim is about.
      ['The ferry post had been shared thousands of times on Facebook within hours.', 'The fake post about the ferry had been shared thousands of times on Facebook within hours.', false],
    ]);
  });
  describe('a time of day, an age given "as" a figure, and a site named by its address', () => {
    check([
      ['Witnesses said the tram left the depot at about 6:40 p.m. on its last run.', 'The tram left the depot around 4:40 pm on its last run, witnesses said.', true, 'time'],
      ['Witnesses said the tram left the depot at about 6:40 p.m. on its last run.', 'The tram left the depot around 6:45 pm on its last run, witnesses said.', false],
      ['The pamphlet gave the poet\'s age as 71.', 'The pamphlet said the poet had died at age 77 in a Cork hospital.', true, 'age'],
      ['The pamphlet gave the poet\'s age as 77.', 'The pamphlet said the poet had died at age 77 in a Cork hospital.', false],
      ['By the time Factcheckr weighed in, the post had been shared 64,000 times.', 'Factcheckr.org debunked the post after it had been shared 46,000 times in a day.', true, 'number'],
      ['By the time Factcheckr weighed in, the post had been shared 46,000 times.', 'Factcheckr.org debunked the post after it had been shared 46,000 times in a day.', false],
    ]);
  });
  describe('a figure the passage states as the claim does ties it to the claim\'s event; a parenthesis ends no clause', () => {
    check([
      ['The fake notice on the page put the singer\'s death at roughly 9 a.m. on a Tuesday.', 'The notice read: "At about 9 a.m. ET on Friday (March 3, 2015), our beloved singer passed away."', true, 'date'],
      ['The fake notice on the page put the singer\'s death at roughly 9 a.m. on a Friday.', 'The notice read: "At about 9 a.m. ET on Friday (March 3, 2015), our beloved singer passed away."', false],
    ]);
  });
  describe('a count of thousands the central sentence states as the claim does ties it to the claim\'s event', () => {
    check([
      ['He said the fund is building 7,000 clinics and has handed out 1.5 million schoolbags.', 'It has distributed 1.5 million school bags and is building 17,000 clinics.', true, 'number'],
      ['He said the fund is building 17,000 clinics and has handed out 1.5 million schoolbags.', 'It has distributed 1.5 million school bags and is building 17,000 clinics.', false],
    ]);
  });
  describe('a count of a kind and a count of its members count the same, either way round', () => {
    check([
      ['The harbour board said the regatta was watched by 60,000 spectators.', 'The harbour board said the regatta was watched by 40,000 people.', true, 'number'],
      ['The harbour board said the regatta was watched by 60,000 people.', 'The harbour board said the regatta was watched by 40,000 spectators.', true, 'number'],
      ['The harbour board said the regatta was watched by 60,000 spectators.', 'The harbour board said the regatta was watched by 60,000 people.', false],
      // Unless the words around them differ: people who spoke of it are no count of the spectators.
      ['The harbour police unit has roughly 1,300 officers.', 'The man overpowered one harbour police officer and ran through the main hall, according to three people familiar with the incident.', false],
    ]);
  });
  describe('counts three orders of magnitude apart count different things', () => {
    check([
      ['Osei said she had won 9.6 million votes in the primaries.', 'Of the last nine primaries, Osei said, we have won eight of them.', false],
      ['Osei said she had won 9.6 million votes in the primaries.', 'Osei said she had won 9.6 billion votes in the primaries.', true, 'number'],
      ['Osei said she had won 9.6 million votes in the primaries.', 'Osei said she had won 7.2 million votes in the primaries.', true, 'number'],
    ]);
  });
  describe('another of the same family name, and a source called fake for what it reported', () => {
    check([
      ['The bakery is run by the sisters Maura and Carla Brennock.', 'Sisters Maura and Niamh Brennock run the bakery.', true, 'name'],
      ['The bakery is run by the sisters Maura and Niamh Brennock.', 'Sisters Maura and Niamh Brennock run the bakery.', false],
      ['The fake bulletin said rangers had found traces of poison.', '"Rangers reached the lake at dawn. We have found no traces of poison," the bulletin read.', true, 'negation'],
      ['The fake bulletin said rangers had found no traces of poison.', '"Rangers reached the lake at dawn. We have found no traces of poison," the bulletin read.', false],
    ]);
  });
  describe('a month is stated by a day of it, not by a weekday; "last" qualifies the date, not the clause', () => {
    check([
      ['Last May, the mayor painted a mural for delighted pupils while visiting a school.', 'The mayor opened the bridge on Friday. It would not be his first stunt: in October he painted a mural for excited pupils on a school visit.', true, 'date'],
      ['Last October, the mayor painted a mural for delighted pupils while visiting a school.', 'The mayor opened the bridge on Friday. It would not be his first stunt: in October he painted a mural for excited pupils on a school visit.', false],
    ]);
  });
  describe('both sides negating the same words in other ways', () => {
    check([
      ['The agent said the singer no longer has any need for a farm in Wales.', 'The agent said the singer does not need a farm in Wales any more.', false],
      ['The agent said the singer still has a need for a farm in Wales.', 'The agent said the singer does not need a farm in Wales any more.', true, 'negation'],
      // A verb between the negation and the words keeps the negation for itself: "will not lose" keeps the button.
      ['The new phone will not lose the headphone socket found on older models.', 'The new phone may come without the headphone socket found on older models.', true, 'negation'],
      // "No" on the object denies the act the other side negates, the object stated by a more general word.
      ['The harbour board saw no proof that the new dredger works.', 'The harbour board said it did not see any evidence that the new dredger works.', false],
      ['The harbour board did not see any evidence that the new dredger works.', 'The harbour board saw no proof that the new dredger works.', false],
      ['The harbour board saw no proof that the new dredger works.', 'The harbour board saw proof that the new dredger works.', true, 'negation'],
    ]);
  });
  describe('"rather than" and "instead of" deny a verb after them, not a noun', () => {
    check([
      ['The harbour board chose to repair the dredger.', 'The harbour board chose to sell the dredger rather than repair it.', true, 'negation'],
      ['The harbour board repaired the dredger.', 'The harbour board sold the dredger instead of repairing it.', true, 'negation'],
      ['Ferry fares in Osei\'s district are rising.', 'Ferry fares in Osei\'s district are falling rather than rising.', true, 'negation'],
      ['The harbour board chose to sell the dredger rather than repair it.', 'The harbour board chose to repair the dredger.', true, 'negation'],
      ['The harbour board sold the dredger.', 'The harbour board sold the dredger instead of repairing it.', false],
      // After "being" or "having" the verb is the participle.
      ['The dredger will be sold to a Riverton yard.', 'The dredger will be leased to a Riverton yard instead of being sold to it.', true, 'negation'],
      ['The dredger will be leased to a Riverton yard.', 'The dredger will be leased to a Riverton yard instead of being sold to it.', false],
      // Before a noun they contrast things, which the claim may name in its own words.
      ['The harbour board approved new berths.', 'Instead of new berths, the harbour board approved a wider channel.', false],
    ]);
    it('names the cue "rather than" in the reason', () => {
      const r = judgeStance('The harbour board chose to repair the dredger.', 'The harbour board chose to sell the dredger rather than repair it.');
      assert.ok(r.reasons.includes('negation: the passage says "rather than"'), r.reasons.join('; '));
      const unsupported = judgeStance('The reservoir at Hallan will be sold to a private operator.', 'The reservoir will be run by a joint committee instead of being sold to a private operator.');
      assert.ok(unsupported.reasons.some((x) => x.includes('instead of (negated)')), unsupported.reasons.join('; '));
    });
  });
  describe('a name after a "not" that follows a comma is the one denied ("in Tessby, not in Orlen")', () => {
    check([
      ['The merged water utility will be based in Orlen.', 'The merged water utility will be based in Tessby, not in Orlen, the board said.', true, 'negation'],
      ['The merged water utility will be based in Tessby.', 'The merged water utility will be based in Tessby, not in Orlen, the board said.', false],
      ['The harbour award went to Ama Osei.', 'The harbour award went to Kofi Mensah, not Ama Osei, the jury said.', true],
      ['The harbour award went to Kofi Mensah.', 'The harbour award went to Kofi Mensah, not Ama Osei, the jury said.', false],
    ]);
  });
  describe('"no longer" negates the state after it', () => {
    check([
      ['The museum said the bridge is no longer open to lorries.', 'The bridge remains open to lorries, the museum said on Friday.', true, 'negation'],
      ['The museum said the bridge is no longer open to lorries.', 'The bridge is no longer open to lorries, the museum said on Friday.', false],
      ['The museum said the bridge is no longer open to lorries.', 'The bridge has been closed to lorries since May, the museum said.', false],
    ]);
    it('names the cue "no longer" in the reason', () => {
      const r = judgeStance('The museum said the bridge is no longer open to lorries.', 'The bridge remains open to lorries, the museum said on Friday.');
      assert.ok(r.reasons.includes('negation: the claim says "no longer"'), r.reasons.join('; '));
    });
    // A common word of the claim is not stated by a word inside a name ("need" by "Mercury Press Agency").
    check([
      ['The agent said the singer no longer has any need for a farm in Wales.', 'The agent told Mercury Press Agency that the farm is unique for its location in Wales.', false],
    ]);
  });
  describe('the name itself: past an owner, with a hyphenated particle or a given name that is a word', () => {
    check([
      // An owner before the name is not part of it: the station is stated, the reporter swapped.
      ['A nurse told KXTV\'s Julia Navarro that the clinic had closed early.', 'A nurse told KXTV\'s Peter Kowalski that the clinic had closed early, before the storm.', true, 'name'],
      ['A nurse told KXTV\'s Julia Navarro that the clinic had closed early.', 'A nurse told KXTV\'s Julia Navarro that the clinic had closed early, before the storm.', false],
      // A hyphenated particle belongs to the name, and two names sharing only it are two people.
      ['Interior minister Omar al-Rashidi opened the new border post on Monday.', 'Interior minister Khalid al-Masri opened the new border post on Monday, state television said.', true, 'name'],
      ['Interior minister Omar al-Rashidi opened the new border post on Monday.', 'Interior minister Omar al-Rashidi opened the new border post on Monday, state television said.', false],
      // The rival's middle initial does not hide the claim's surname.
      ['Chief Constable Tom Garrow said the road would reopen on Friday.', 'The road will reopen on Friday, said the chief constable, Thomas R. Garrow.', false],
    ]);
  });
  describe('another home place for the same named person, whatever the rest of the claim says', () => {
    check([
      ['Sergeant Ana Osei, a harbour pilot from Tulsa, also helped pull people from the water.', 'Sergeant Ana Osei is a harbour pilot in Oklahoma City.', true, 'place'],
      ['The mayor read a letter from Jon Berg of Las Vegas, whose ferry fares had doubled.', 'Jon Berg of Reno, Nevada, lost his ferry pass last year.', true, 'place'],
      ['Jon Berg, a Minneapolis father, got help to keep his ferry pass.', 'Jon Berg of St. Paul, Minnesota, wanted to keep his ferry pass, and he got the help to do it.', true, 'place'],
      // Controls: the same place; another person of the same surname; a place inside the other.
      ['Sergeant Ana Osei, a harbour pilot from Oklahoma City, also helped pull people from the water.', 'Sergeant Ana Osei is a harbour pilot in Oklahoma City.', false],
      ['Jon Berg, a Minneapolis father, got help to keep his ferry pass.', 'Mia Berg of St. Paul wanted to keep her ferry pass, and she got the help to do it.', false],
      ['Jon Berg, a Minneapolis father, got help to keep his ferry pass.', 'Jon Berg of Minnesota wanted to keep his ferry pass, and he got the help to do it.', false],
    ]);
  });
  describe('a place followed by its region, against another place followed by its own', () => {
    check([
      ['Engineers at the company\'s plant in Leeds, England, tested the engine.', 'Engineers at the company\'s plant in Toulouse, France, tested the engine on Tuesday.', true, 'place'],
      // A region after the claim's place alone does not widen the slot.
      ['The charity is based in Leeds, England.', 'The charity said the donor no longer needs a house in France.', false],
    ]);
  });
  describe('a place in a sentence that speaks of the claim\'s person by a pronoun', () => {
    check([
      ['He met Dana Whitlock in Raleigh.', 'I think about Dana Whitlock. She is a nurse I met in Charlotte.', true, 'place'],
      // Without the pronoun the sentence may be about someone else.
      ['He met Dana Whitlock in Raleigh.', 'I think about Dana Whitlock. The nurse I met in Charlotte is retiring.', false],
      ['He met Dana Whitlock in Charlotte.', 'I think about Dana Whitlock. She is a nurse I met in Charlotte.', false],
    ]);
  });
  describe('a sum whose noun phrase names partners the other side does not name', () => {
    check([
      ['The mayor saved the county $8.6 million by blocking a deal between the Treasury and a dredging firm.', 'The mayor saved the county $6.8 million by fighting a deal between a dredging firm, the port, and its lawyers.', true, 'number'],
      ['The mayor saved the county $6.8 million by blocking a deal between the Treasury and a dredging firm.', 'The mayor saved the county $6.8 million by fighting a deal between a dredging firm, the port, and its lawyers.', false],
    ]);
  });
  describe('a count past an adjective that is a function word ("six other outlets")', () => {
    check([
      ['The watchdog wrote to six other councils asking them to correct their leaflets.', 'The watchdog wrote to four other councils asking them to follow suit and correct their leaflets.', true, 'number'],
      ['The watchdog wrote to four other councils asking them to correct their leaflets.', 'The watchdog wrote to four other councils asking them to follow suit and correct their leaflets.', false],
      // Other things counted are no rival: six councils are not four schools.
      ['The watchdog wrote to six other councils asking them to correct their leaflets.', 'The watchdog also wrote to four other schools asking them to correct their leaflets.', false],
    ]);
  });
  describe('a date: an aside of names does not end its clause; the same day in another year', () => {
    check([
      ['The statue has stood outside the library since March 10.', 'The bronze statue has stood outside the Grange Library, in Hexham, Northumberland, since March 1 and has drawn crowds of visitors.', true, 'date'],
      ['The statue has stood outside the library since March 1.', 'The bronze statue has stood outside the Grange Library, in Hexham, Northumberland, since March 1 and has drawn crowds of visitors.', false],
      ['It also gave her birth date as June 12, 1961, in Leeds.', 'Margaret Hale was born on June 12, 1959 in Leeds and trained as a nurse.', true, 'date'],
      ['It also gave her birth date as June 12, 1959, in Leeds.', 'Margaret Hale was born on June 12, 1959 in Leeds and trained as a nurse.', false],
    ]);
  });
  describe('a speaker named after a description of it', () => {
    check([
      ['"Nobody was hurt," the Courier wrote in a post praising the crew.', '"Nobody was hurt," wrote the blog Harbourwatch, in a post praising the crew.', true, 'speaker'],
      ['"Nobody was hurt," Harbourwatch wrote in a post praising the crew.', '"Nobody was hurt," wrote the blog Harbourwatch, in a post praising the crew.', false],
    ]);
  });
  describe('what a count counts ends at a comma', () => {
    check([
      ['The hamlet is home to roughly 2,400 people.', 'Officials said at least one website, National Ledger, had called the hamlet of about 240 residents a ghost town.', true, 'number'],
    ]);
  });
  describe('a thing replaced by another of its kind, the rest stated', () => {
    check([
      ['At the inn, the two walkers drank vodka and sang, the landlord said.', 'The landlord said the two walkers drank whisky and sang at the inn.', true, 'word'],
      ['At the inn, the two walkers drank whisky and sang, the landlord said.', 'The landlord said the two walkers drank whisky and sang at the inn.', false],
      // A people's adjective for another country's people, and one for a place within the other's.
      ['The festival booked a Peruvian band for its closing night.', 'The festival booked a Bolivian band for its closing night.', true, 'word'],
      ['The festival booked a Texan band for its closing night.', 'The festival booked an American band for its closing night.', false],
      // Nouns of one broad kind only ("picture" and "photo" are both representations), or also adjectives ("patient").
      ['The paper printed a photo of the flooded square.', 'The paper printed a picture of the flooded square.', false],
      ['The nurse said the patient left the ward at noon.', 'The nurse said the man left the ward at noon.', false],
    ]);
  });
  describe('a bound that names the dimension ("as long as")', () => {
    check([
      ['Inside a harbour pipe, the eel can grow as long as 3 metres.', 'Inside a harbour pipe, the eel will grow to a length of up to 2 metres.', true, 'number'],
      ['Inside a harbour pipe, the eel can grow as long as 3 metres.', 'Inside a harbour pipe, the eel will grow to a length of up to 3 metres.', false],
    ]);
  });
  describe('a measure before a compound noun gives its length', () => {
    check([
      ['Volunteers guard a front line roughly 30 miles long.', 'Volunteers guard a six-mile front line.', true, 'number'],
      ['Volunteers guard a front line roughly 6 miles long.', 'Volunteers guard a six-mile front line.', false],
    ]);
  });
  describe('"rather than" denies what follows; a negated verb disputes no noun it merely rewords', () => {
    check([
      ['The leaflet shows clip art rather than photos of a real doctor.', 'The leaflet shows clip art, not photos of an actual doctor.', false],
      ['The leaflet shows photos of a real doctor.', 'The leaflet shows clip art, not photos of an actual doctor.', true, 'negation'],
      // ...but sets up no disagreement of its own: the passage prefers talks to new sanctions, it denies no news.
      ['Never miss the latest news from Norway.', 'Instead of new sanctions, the minister proposed resuming lower-level peace talks between Norway and Sweden.', false],
      ['The Herald has withheld the landlord\'s name because of the threats he has received.', 'The Herald is not identifying the landlord because of the threats he has received.', false],
      ['The Herald has published the landlord\'s name despite the threats he has received.', 'The Herald has not published the landlord\'s name because of the threats he has received.', true, 'negation'],
    ]);
  });
  describe('other verbs of communication introduce a quotation right next to them', () => {
    check([
      ['Ferry user Ana Ruiz posted: "The crossing was calm and the crew were brilliant."', 'Captain Ian Doyle wrote on Facebook: "The crossing was calm and the crew were brilliant."', true, 'speaker'],
      ['Captain Ian Doyle posted: "The crossing was calm and the crew were brilliant."', 'Captain Ian Doyle wrote on Facebook: "The crossing was calm and the crew were brilliant."', false],
    ]);
  });
  describe('a count of "times" counts the acts of its verb; bare counts compared by the words that lead to them', () => {
    check([
      ['The clip, which Harbour TV aired first, has drawn close to five million views.', 'The video, first aired by Harbour TV, has been viewed nearly two million times.', true, 'number'],
      ['The clip, which Harbour TV aired first, has drawn close to two million views.', 'The video, first aired by Harbour TV, has been viewed nearly two million times.', false],
      // A multiplier counts no acts.
      ['The clip, which Harbour TV aired first, has drawn close to five million views.', 'The video, first aired by Harbour TV, has drawn two times as many views as the trailer.', false],
      ['The asking price for the farmhouse has since been lowered by 25 million.', 'The asking price for the farmhouse has since been reduced by 30 million, the agent said.', true, 'number'],
      ['The asking price for the farmhouse has since been lowered by 30 million.', 'The asking price for the farmhouse has since been reduced by 30 million, the agent said.', false],
      // Frequencies over the same period are compared; over another period they are not.
      ['Neighbours recalled vans arriving as many as five times a day.', '"There would be vans up to three times a day," said a neighbour.', true, 'number'],
      ['Neighbours recalled vans arriving as many as five times a week.', '"There would be vans up to three times a day," said a neighbour.', false],
      // Bare counts led to by unrelated words fill no common slot.
      ['The asking price for the farmhouse has since been lowered by 25 million.', 'The asking price for the farmhouse, listed in 2019, has since been viewed by 30 million people online.', false],
    ]);
  });
  describe('two places WordNet knows that share a word are still two places', () => {
    check([
      ['Harwick, a small private liberal arts school, is located in South Carolina.', 'Harwick College, a small private liberal arts school located in North Carolina, has dropped the term.', true, 'place'],
      ['Harwick, a small private liberal arts school, is located in North Carolina.', 'Harwick College, a small private liberal arts school located in North Carolina, has dropped the term.', false],
      // A rival the claim itself names is no rival.
      ['The Harwick campus lies in the Guangdong Province of southern China.', 'Harwick opened a campus in Shenzhen, in southern China, last year.', false],
    ]);
  });
  describe('a person the passage never names may be its "she" or "his"', () => {
    check([
      ['Mayor Ruiz offered to publish his diary if Joan Pelham released the 30,000 e-mails that had been deleted.', 'I will publish my diary when she releases her 33,000 e-mails that have been deleted.', true, 'number'],
      ['Mayor Ruiz offered to publish his diary if Joan Pelham released the 33,000 e-mails that had been deleted.', 'I will publish my diary when she releases her 33,000 e-mails that have been deleted.', false],
      // Without a pronoun that may stand for the person, the passage says nothing of her.
      ['Mayor Ruiz offered to publish his diary if Joan Pelham released the 30,000 e-mails that had been deleted.', 'I will publish my diary when the office releases the 33,000 e-mails that have been deleted.', false],
    ]);
  });
  describe('one word at opposite ends of its scale', () => {
    check([
      ['The report says last winter was the region\'s least snowy since 1990.', 'Last winter was the snowiest in the region since 1990, the report says.', true, 'predicate'],
      ['The report says last winter was the region\'s most snowy since 1990.', 'Last winter was the snowiest in the region since 1990, the report says.', false],
      // The degree word is the opposite itself, not a word of the rest that the sentence must state.
      ['The harbour board said Riverton had its least rainy summer in years.', 'Riverton had its rainiest summer in years, the board said.', true, 'predicate'],
      ['The harbour board said Riverton had its most rainy summer in years.', 'Riverton had its rainiest summer in years, the board said.', false],
    ]);
  });
  describe('opposite verbs said of different people', () => {
    check([
      ['Several veterans attended the parade in Cork.', 'The ambassador skipped the parade in Cork, according to RTE.', false],
      ['Several veterans attended the parade in Cork.', 'Several veterans skipped the parade in Cork, according to RTE.', true, 'predicate'],
    ]);
  });
  describe('a negation past an aside of adverbs, and through a verb of opinion to the clause after it', () => {
    check([
      ['The mayor took the auditors\' forecasts seriously.', 'The mayor does not, very frankly, take seriously the auditors\' forecasts.', true, 'negation'],
      ['The mayor took the auditors\' forecasts seriously.', 'The mayor does, very frankly, take seriously the auditors\' forecasts.', false],
      ['Osei said the levy was the answer to the harbour deficit.', 'Osei: I don\'t think the levy is the answer to the harbour deficit.', true, 'negation'],
      ['Osei said the levy was not the answer to the harbour deficit.', 'Osei: I don\'t think the levy is the answer to the harbour deficit.', false],
      ['Osei said the levy was the answer to the harbour deficit.', 'Osei: I think the levy is the answer to the harbour deficit.', false],
    ]);
  });
  describe('a year after the same bounding preposition, in clauses that state the same thing', () => {
    // The speaker's turn: the claim's "Osei said" is stated by whose words these are.
    const passage = (preposition: string, year: number): string => 'I think we have got to balance the budget every year and, in fact, under my proposal the '
      + `harbour debt will be completely eliminated ${preposition} the year ${year}.`;
    const judge = (preposition: string, year: number) => judgeStance(`Osei said that under his proposal the harbour debt would be fully repaid ${preposition} 2031.`,
      passage(preposition, year), undefined, undefined, 'Osei');
    it('conflict (date): "repaid by 2031" / "eliminated by the year 2033" in Osei\'s turn', () => {
      const r = judge('by', 2033);
      assert.equal(r.stance, 'conflicts', r.reasons.join('; '));
      assert.ok(r.reasons.some((x) => x.startsWith('date: 2031 vs 2033')), r.reasons.join('; '));
    });
    it('no conflict: "repaid by 2031" / "eliminated by the year 2031"', () => assert.notEqual(judge('by', 2031).stance, 'conflicts'));
    // "in" dates many events of one story: another event's year needs the stricter topic share.
    it('no conflict: "repaid in 2031" / "eliminated in the year 2033"', () => assert.notEqual(judge('in', 2033).stance, 'conflicts'));
  });
  describe("in a speaker's turn, an act the speaker claims as their own given to another party", () => {
    const passage = 'Two months ago, I outlined to the council a harbour plan that pairs a ferry levy with lower mooring fees.';
    const judge = (claim: string, turn?: string) => judgeStance(claim, passage, undefined, undefined, turn);
    it('conflict (speaker): "the Harbour Board had outlined" / "I outlined" in Osei\'s turn', () => {
      const r = judge('Osei said the Harbour Board had outlined a harbour plan to the council two months earlier.', 'Kwame Osei');
      assert.equal(r.stance, 'conflicts', r.reasons.join('; '));
      assert.ok(r.reasons.some((x) => x.startsWith('speaker: Harbour Board outlined vs I outlined')), r.reasons.join('; '));
    });
    it('conflict (speaker): a named person given the speaker\'s act', () => {
      assert.equal(judge('Osei said Deputy Mayor Ana Ruiz had outlined a harbour plan to the council.', 'Kwame Osei').stance, 'conflicts');
    });
    // The speaker, by pronoun, name or office, is who says "I"; outside a turn "I" is anyone's.
    it('no conflict: "he had outlined" in Osei\'s turn', () => assert.notEqual(judge('Osei said he had outlined a harbour plan to the council.', 'Kwame Osei').stance, 'conflicts'));
    it('no conflict: "the Mayor had outlined" in the Mayor\'s turn', () => assert.notEqual(judge('Osei said the Mayor had outlined a harbour plan to the council.', 'Kwame Osei').stance, 'conflicts'));
    it('no conflict: "Osei had outlined" in Osei\'s turn', () => assert.notEqual(judge('Osei had outlined a harbour plan to the council two months earlier.', 'Kwame Osei').stance, 'conflicts'));
    it('no conflict outside a turn', () => assert.notEqual(judge('The Harbour Board had outlined a harbour plan to the council two months earlier.').stance, 'conflicts'));
  });
  describe('a stand "against" after a form of "be" or of "vote"', () => {
    check([
      ['The harbour board voted 7 to 2 to endorse the ferry levy.', 'The harbour board voted 7 to 2, with one abstention, against the ferry levy.', true, 'negation'],
      ['The harbour board voted 7 to 2 to endorse the ferry levy.', 'The harbour board voted 7 to 2, with one abstention, for the ferry levy.', false],
      // Opposing is a stand against: no negation is missing.
      ['Osei and Vasquez share their opposition to the ferry levy.', 'Osei and Vasquez are both against the ferry levy.', false],
      // Attacks "as being against" something are aimed at it.
      ['The militia leaders ordered the attacks on the temples.', 'The militia leaders ordered these attacks as being against the temples.', false],
    ]);
  });
  describe('a quotation after "asked," is the asker\'s', () => {
    const passage = '“The first would be how the old pier was used,” said Osei. “Who needs a ferry when you have a bridge? Even closed, it can carry the trucks,” Vasquez said.';
    check([
      ['Osei asked, "Who needs a ferry when you have a bridge?"', passage, true, 'speaker'],
      ['Vasquez asked, "Who needs a ferry when you have a bridge?"', passage, false],
    ]);
  });
  describe('another person in the slot, a relative clause about something else aside', () => {
    check([
      ['The Riverton guild, which grew out of the old dock union, is led by Dara Osei.', 'The Riverton guild was formed last year from the old dock union and is led by Tomas Vasquez.', true, 'name'],
      ['The Riverton guild, which grew out of the old dock union, is led by Tomas Vasquez.', 'The Riverton guild was formed last year from the old dock union and is led by Tomas Vasquez.', false],
    ]);
  });
  describe('a verb after an auxiliary and an adverb in "-ly" is a predicate', () => {
    const passage = 'Council sources insisted that while a ferry levy for Riverton remained on the table, it was “not being actively considered at this stage”.';
    check([
      ['Council sources said Riverton was actively weighing a ferry levy.', passage, true, 'negation'],
      ['Council sources said Riverton was not actively weighing a ferry levy.', passage, false],
    ]);
  });
  describe('a figure that gives the size of the noun before "of"', () => {
    check([
      ['The census gave Riverton a population of about 8,000.', 'The census says Riverton\'s 6,000 population makes it the smallest town on the coast.', true, 'number'],
      ['The census gave Riverton a population of about 8,000.', 'The census says Riverton\'s 6,000 registered boats make it the busiest harbour on the coast.', false],
      ['The census gave Riverton a population of about 6,000.', 'The census says Riverton\'s 6,000 population makes it the smallest town on the coast.', false],
    ]);
  });
  describe('a negated verb whose object is a noun for the claim\'s act', () => {
    const passage = 'The coastguard said it had "not yet conducted any searches of the wreck", but would not rule it out.';
    check([
      ['The coastguard said it had already searched the wreck.', passage, true, 'negation'],
      ['The coastguard said it had not searched the wreck.', passage, false],
      // A noun for a thing is no act: naming someone is not undone by withholding another's name.
      ['The council named the contractor.', 'The council chose not to disclose the contractor\'s name for legal reasons.', false],
    ]);
  });
  describe('a negation of the claim\'s own verb, object and doer, the rest said otherwise', () => {
    const passage = 'Although Osei mocked the council on local radio, she hasn\'t posted that recording, and all of it could be faked quite easily.';
    check([
      ['Osei has since posted the recording of the moment the mayor opened the envelope.', passage, true, 'negation'],
      // Another object: the negation is about something else.
      ['Osei has since posted the photograph of the moment the mayor opened the envelope.', passage, false],
      // A broader verb is no statement of the claim's own ("allowed back" / "not involved").
      ['The same reports said Osei had been allowed back into the harbour office while an inquiry ran its course.',
        'Dara Osei was not involved in a harbour scandal after a newspaper unearthed the truth following gossip sites that were filled with reports of the story.', false],
    ]);
  });
  describe('a quotation given to a described speaker that the passage gives to a named person', () => {
    const quote = '"We have asked the press not to speculate about the ferry."';
    check([
      [`A harbour board spokeswoman said: ${quote}`, `Commander Dara Osei, head of the coastguard, said: ${quote}`, true, 'speaker'],
      [`"We have asked the press not to speculate about the ferry," said a harbour board spokeswoman.`, `Commander Dara Osei, head of the coastguard, said: ${quote}`, true, 'speaker'],
      // A source that names the spokeswoman says what she is.
      [`A harbour board spokeswoman said: ${quote}`, `Dara Osei, a harbour board spokeswoman, said: ${quote}`, false],
    ]);
  });
  describe('an opposite right before a noun opposes only a word of the claim before the same noun', () => {
    check([
      ['The same survey showed Riverton\'s slice of harbour traffic on fixed routes rising to 2.58 percent from 1.61 percent.',
        'Riverton\'s harbour traffic on fixed routes grew from 1.61 percent to 2.58 percent, the survey showed.', false],
      ['The operation took place at an early stage of the pregnancy.', 'The operation took place at a later stage of the pregnancy.', true, 'predicate'],
      // The claim's verb said of the noun the opposite modifies, or of the compound that noun opens.
      ['The mayor said harbour fees had climbed for three straight years.', 'The mayor pointed to three straight years of falling harbour fees.', true, 'predicate'],
      ['The mayor said ferry fares had climbed for three straight years.', 'The mayor pointed to three straight years of falling harbour fees and steady ferry fares.', false],
    ]);
  });
  describe('the two sides of a comparison the other way round', () => {
    const passage = 'By the way, the average Riverton ferry is three metres longer than the average Osterby ferry, a harbour survey found.';
    check([
      ['The survey said Osterby ferries are, on average, three metres longer than Riverton ferries.', passage, true, 'roles'],
      ['The survey said Riverton ferries are, on average, three metres longer than Osterby ferries.', passage, false],
    ]);
  });
  describe('two acts whose doers the passage gives the other way round', () => {
    const passage = 'Osei backed the ferry levy because it paid for the pier; Councillor Vasquez opposed the levy.';
    check([
      ['Osei opposed the ferry levy, while Vasquez backed it.', passage, true, 'roles'],
      ['Osei backed the ferry levy, while Vasquez opposed it.', passage, false],
      // A third-person pronoun may be anyone: "he believes Vasquez is winning" and "Vasquez believes he is winning" can both be true.
      ['"He did say he believes Vasquez is winning the vote," Osei confirmed.', 'A report suggested that the mayor told reporters that Vasquez believes he is winning the vote.', false],
    ]);
  });
  describe('a date in a clause that repeats words the sentence said before it', () => {
    const passage = 'It is time the harbour board heard the ferrymen, and believe me, on May 8th, they heard the ferrymen.';
    check([
      ['Osei said the harbour board had finally heard the ferrymen on May 9.', passage, true, 'date'],
      ['Osei said the harbour board had finally heard the ferrymen on May 8.', passage, false],
    ]);
  });
  describe('sums far apart, and the same sum over another period', () => {
    check([
      // Sums four orders of magnitude apart are sums of different things.
      ['Osei promised that families earning less than $50,000 a year would keep their harbour rebate.', 'Osei said the harbour rebate would cost $200 billion over ten years.', false],
      ['Osei said the harbour plan would cost the average family about $600 a month.', 'Osei said it was estimated that the harbour plan would cost the average family about $600 a year.', true, 'rate'],
      ['Osei said the harbour plan would cost the average family about $600 a year.', 'Osei said it was estimated that the harbour plan would cost the average family about $600 a year.', false],
    ]);
  });
  describe('another of the family by a given name that is also a word, and two cleft sentences', () => {
    check([
      ['It was Dara Osei who signed the harbour pact into law.', 'And it was Bill Osei who signed the harbour pact, one of the worst deals the town ever made.', true, 'name'],
      // A title is no given name.
      ['It was Dara Osei who signed the harbour pact into law.', 'And it was Mayor Osei who signed the harbour pact, one of the worst deals the town ever made.', false],
      ['It was McAdoo who wrote the first cheques to the ferry company.', 'It was Governor Brandt that wrote the first cheques to the ferry company.', true, 'name'],
      ['It was Brandt who wrote the first cheques to the ferry company.', 'It was Governor Brandt that wrote the first cheques to the ferry company.', false],
      // Another act: the cleft singles out who did something else.
      ['It was McAdoo who wrote the first cheques to the ferry company.', 'It was Governor Brandt that cashed the first cheques from the ferry company.', false],
    ]);
  });
  describe('one name spelled two ways is the same name; a short name one letter apart is another', () => {
    check([
      ['The victim, Dmitry Okonjo, is a ferry pilot in Riverton.', 'The 30-year-old Dimitry Okonjo, a Riverton ferry pilot, was having a drink at a bar.', false],
      ['The Harbour Mohammed Trust bought the ferry.', 'The Harbour Mohamed Trust bought the ferry, Osei said.', false],
      ['The victim, Dara Okonjo, is a ferry pilot in Riverton.', 'The 30-year-old Bill Okonjo, a Riverton ferry pilot, was having a drink at a bar.', true, 'name'],
      ['The Harbour Bush Trust bought the ferry.', 'The Harbour Rush Trust bought the ferry, Osei said.', true, 'name'],
    ]);
  });
  describe('"into" a place is where a sum goes, as "in" is, and where one heads, as "to" is', () => {
    check([
      ['The ferry firm will put $700 million into Bristol.', 'The ferry firm will invest $700 million in Leeds.', true, 'place'],
      ['The ferry firm will put $700 million into Leeds.', 'The ferry firm will invest $700 million in Leeds.', false],
      ['The council sent the dredgers into Bristol harbour.', 'The council sent the dredgers to Leeds harbour.', true, 'place'],
    ]);
  });
  describe('words rated at opposite ends (AFINN) in the same slot, where WordNet opposes nothing', () => {
    check([
      ['Local fishermen welcomed the new quotas for the bay.', 'Local fishermen are protesting the new quotas for the bay.', true, 'predicate'],
      ['The inspectors said the coins in the box were in poor condition.', 'The inspectors said the coins in the box were in excellent condition.', true, 'predicate'],
      // Controls: the same judgement in other words; opposite ratings of different things in one sentence; a
      // rated word whose neighbours sit on the other side of the other ("blood" before "injured").
      ['Local fishermen welcomed the new quotas for the bay.', 'Local fishermen applauded the new quotas for the bay.', false],
      ['The inspectors said the coins in the box were in poor condition.', 'The inspectors said the excellent box held coins in poor condition.', false],
      ['Children at the camp were made to donate blood for wounded guards.', 'Children at the camp were forced to give blood to help injured guards.', false],
      // A verb of saying is matched by the source's verbs of reporting, whatever its tone.
      ['Osei, citing the harbour board, warned of a deficit of $2 million.', 'The harbour board, which Osei respected, says there will be a deficit of $2 million.', false],
    ]);
  });
  describe('a percentage joined to its unit by a hyphen, and a mixed number of years', () => {
    check([
      ['The plan would lift the harbour budget by 12 percent.', 'The plan brings a 22-percent increase in the harbour budget.', true, 'number'],
      ['The plan would lift the harbour budget by 22 percent.', 'The plan brings a 22-percent increase in the harbour budget.', false],
      ['The port hired 460 dockers in two and a half years.', 'In the last 2 1/2 years, the port hired 460 dockers.', false],
      ['The port hired 460 dockers in two years.', 'In the last 2 1/2 years, the port hired 460 dockers.', true, 'number'],
    ]);
  });
  describe('an approximated fraction against a percentage', () => {
    check([
      ['The council wants to replace over three-quarters of the diesel buses by 2030.', 'The council wants to replace more than 75 percent of the diesel buses by 2030.', false],
      ['The council wants to replace over three-quarters of the diesel buses by 2030.', 'The council wants to replace more than 40 percent of the diesel buses by 2030.', true, 'number'],
    ]);
  });
  describe('one figure changed in opposite directions', () => {
    check([
      ['Ferry use among pensioners had climbed 19 percent since 2001.', 'Ferry use among pensioners is down 19 percent since 2001.', true, 'predicate'],
      ['Ferry use among pensioners is up 19 percent since 2001.', 'Ferry use among pensioners is down 19 percent since 2001.', true, 'predicate'],
      ['The harbour reported a 5 percent rise in cargo last year.', 'The harbour reported a 5 percent drop in cargo last year.', true, 'predicate'],
      // The thing changed may stand between the verb and the figure as a pronoun ("reduce it by 252").
      ['The harbour staff will expand by 252 people over the next five years.', 'Past boards expanded the harbour staff, but we will actually reduce it by 252 people over the next five years.', true, 'predicate'],
      // Controls: the same direction; a bound that allows the other figure.
      ['Ferry use among pensioners had dropped 19 percent since 2001.', 'Ferry use among pensioners is down 19 percent since 2001.', false],
      ['The harbour added four million tonnes of cargo in 2019.', 'Idle berths in the harbour dropped by more than a million in 2019.', false],
    ]);
  });
  describe('where from and where to, the other way round', () => {
    check([
      ['The ferry carried the cargo from Riverton to Westmark.', 'The ferry carried the cargo from Westmark to Riverton.', true, 'roles'],
      ['Osei flew from Lagos to Accra on Monday.', 'On Monday Osei flew from Accra to Lagos.', true, 'roles'],
      // Controls: the same route; one end named only.
      ['The ferry carried the cargo from Riverton to Westmark.', 'From Riverton, the ferry carried the cargo to Westmark.', false],
      ['The ferry carried the cargo to Westmark.', 'The ferry carried the cargo from Westmark to Riverton.', false],
    ]);
  });
  describe('opposite changes done to one thing', () => {
    check([
      ['The council raised the budget for the harbour.', 'The council cut the budget for the harbour.', true, 'predicate'],
      ['Osei wants to lower the tax on ferry tickets.', 'Osei said she wants to raise the tax on ferry tickets.', true, 'predicate'],
      // Controls: the same direction in other words; opposite changes to different things.
      ['The council raised the budget for the harbour.', 'The council increased the budget for the harbour.', false],
      ['The council raised the budget for the harbour.', 'The council cut the fees and raised the budget for the harbour.', false],
    ]);
  });
  describe('a renamed body whose right name another sentence of the passage gives for something else', () => {
    check([
      ['The council merged 11 agencies to form the Riverton Port Authority.', 'The council merged 11 agencies to form the Westmark Port Authority. Next year it will set up the Riverton Port Authority.', true, 'name'],
      // Control: a central sentence that states less of the claim leaves the name to the sentence that gives it.
      ['The council merged 11 agencies to form the Riverton Port Authority.', 'The council spoke of the Westmark Port Authority. Next year it will set up the Riverton Port Authority from 11 agencies.', false],
    ]);
  });
  describe('a word that negates the verb after it denies as "not" does', () => {
    check([
      ['Osei declined to name the source of the leak.', 'Osei would not reveal the source of the leak, but said he had checked it.', false],
      ['Friends said Osei had been unable to find a flat since he moved to Riverton.', 'His friends said that since moving to Riverton he could not find a flat.', false],
      // Control: the deed asserted still conflicts.
      ['Osei declined to name the source of the leak.', 'Osei named the source of the leak on Monday.', true, 'negation'],
    ]);
  });
  describe('a change by a factor as the next verb of a list', () => {
    check([
      ['The Riverton ferry service will triple its crews over five years.', 'We will renew the Riverton ferry service, double its crews over the next five years, and buy two boats.', true, 'number'],
      ['The Riverton ferry service will double its crews over five years.', 'We will renew the Riverton ferry service, double its crews over the next five years, and buy two boats.', false],
    ]);
  });
  describe('another holder of an office given by a title', () => {
    check([
      // A title WordNet rarely meets in running text is a title, not a name ("Premier").
      ['Premier Kofi Mensah will visit Riverton next week.', 'Premier Kwame Osei will visit Riverton next week.', true, 'name'],
      // A demonym opening the claim's title may be left out by the sentence.
      ['Nigerian Vice Premier Kofi Mensah will visit Riverton next week.', 'Vice Premier Kwame Osei will visit Riverton next week.', true, 'name'],
      // Controls: the same person; another office.
      ['Premier Kofi Mensah will visit Riverton next week.', 'Premier Kofi Mensah will visit Riverton next week, his office said.', false],
      ['Vice Premier Kofi Mensah will visit Riverton next week.', 'Premier Kwame Osei will visit Riverton next week.', false],
      // The sentence's title has a country of its own: another office.
      ['Riverton talks followed a call with French President Kofi Mensah.', 'US President Kwame Osei said his call on the Riverton talks was long.', false],
      // A first name WordNet knows as a noun for a person ("Norman") is no part of the title.
      ['The mayor picked General Norman Adjei as the harbour\'s new safety chief.', 'The mayor named General Kwame Osei as the harbour\'s new safety chief.', true, 'name'],
      ['The mayor picked General Norman Adjei as the harbour\'s new safety chief.', 'The mayor named General Norman Adjei as the harbour\'s new safety chief.', false],
    ]);
  });
  describe('trends stated by "up" and "down"', () => {
    check([
      // "up" states the claim's rise nearer than an opposite of another sense ("setting a record").
      ['Riverton ferry income rose by more than a fourth last year.', 'Ferry exports are setting a record each year, and Riverton ferry income last year was up more than 25 percent.', false],
      // A subject with "both" before its trend.
      ['Riverton ferry fares and tolls were both on the rise.', 'Riverton ferry fares and tolls are down.', true, 'predicate'],
      // Control: the same trend.
      ['Riverton ferry fares and tolls were both on the rise.', 'Riverton ferry fares and tolls are up.', false],
    ]);
  });
  describe('a negated verb stated by a more general verb', () => {
    check([
      ['The Riverton budget would not raise ferry spending.', 'The Riverton budget will increase ferry spending.', true, 'negation'],
      // Control: the same verb affirmed on both sides.
      ['The Riverton budget would raise ferry spending.', 'The Riverton budget will increase ferry spending.', false],
      // A light verb is too general to deny the claim's.
      ['The Riverton sniper was never found, Osei said.', 'A Riverton sniper managed to get a shot at the ferry, Osei said.', false],
    ]);
  });
  describe('a multiple written as a figure is a factor', () => {
    check([
      ['Ferry traffic in Riverton will be about five times its present level by 2040.', 'By 2040, ferry traffic in Riverton will be nearly four times as heavy as it is today.', true, 'number'],
      // Control: the same multiple.
      ['Ferry traffic in Riverton will be about four times its present level by 2040.', 'By 2040, ferry traffic in Riverton will be nearly four times as heavy as it is today.', false],
      // A multiple that shares only a place with the claim's measures something else.
      ['Kpong aims ten times more radio broadcasting at Riverton than Accra does.', 'Kpong has appropriated five times as much for Riverton as Accra did.', false],
    ]);
  });
  describe('a place set off by a comma after a name is where the name is', () => {
    check([
      ['The Kpong Hills oil reserve in Ghana will be opened to production.', 'A new law will allow production at the Kpong Hills, Togo, oil reserve.', true, 'place'],
      // Control: the same place.
      ['The Kpong Hills oil reserve in Ghana will be opened to production.', 'A new law will allow production at the Kpong Hills, Ghana, oil reserve.', false],
    ]);
  });
  describe('a figure crowded by function words is compared by the content words nearest it', () => {
    check([
      ['Riverton ferry fares in 2019 will be held to 7 percent.', 'The board will set a 5 percent limit on Riverton ferry fares in 2019.', true, 'number'],
      // Control: the same figure.
      ['Riverton ferry fares in 2019 will be held to 5 percent.', 'The board will set a 5 percent limit on Riverton ferry fares in 2019.', false],
    ]);
  });
  describe('a conjunction of condition is no content word to state', () => {
    it('supports a claim opened by "Unless" with a sentence opened by "If"', () => {
      const r = judgeStance('Unless spending is slowed, the Riverton treasury will have to pay out $36 million in 2026.',
        'If we do not slow spending, the Riverton treasury will be obliged to pay out $36 million in 2026.');
      assert.equal(r.stance, 'supports', r.reasons.join('; '));
    });
    it('reads "unless", "whether", "whereas" and "lest" as function words', () => {
      for (const w of ['unless', 'whether', 'whereas', 'lest']) assert.ok(!isContent(tokenize(w)[0]), w);
    });
  });
  describe('a bound written with "not" or "no" is no negation', () => {
    check([
      ['The board will publish its first report by March 15 at the latest.', 'The board will publish its first report not later than March 15.', false],
      ['The ferry may carry at most 40 cars.', 'The ferry may carry no more than 40 cars.', false],
      // Control: a plain negation still conflicts.
      ['The board will publish its first report by March 15.', 'The board will not publish its first report by March 15.', true, 'negation'],
    ]);
  });
  describe('an opposite word that states another word of the claim', () => {
    check([
      ['Work began on 900 homes in 2019, and 600 of them were already finished.', 'In 2019, 900 homes were put under construction, and 600 homes have already been completed.', false],
      // "finished" is as near to "Last" (in one sense) as to "completed", but "Last" states the claim's own "last".
      ['Work began on 900 homes last year, and 600 of them were already finished.', 'Last year, 900 homes were put under construction, and 600 homes have already been completed.', false],
      // Control: the opposite alone still conflicts.
      ['Work on the 900 homes began in 2019.', 'Work on the 900 homes was completed in 2019.', true, 'predicate'],
    ]);
  });
  describe('a figure of another thing measured with the same noun', () => {
    check([
      ['The harbour unemployment rate reached 8.8 percent.', 'Mortgage rates reached a staggering 21.5 percent.', false],
      ['The vacancy rate in Riverton reached 8.8 percent.', 'Interest rates in Riverton reached 21.5 percent.', false],
      // Control: the same thing measured.
      ['The harbour unemployment rate reached 8.8 percent.', 'The harbour unemployment rate reached 21.5 percent.', true, 'number'],
    ]);
  });
  describe('one thing trending in opposite directions, no figure given', () => {
    check([
      ['Ferry use among pensioners was on the rise.', 'Ferry use among pensioners is on the decline.', true, 'predicate'],
      ['Ferry use has been growing.', 'Ferry use has been shrinking steadily.', true, 'predicate'],
      // Controls: the same trend; a subject stated only through a derived word another claim word takes.
      ['Ferry use among pensioners was on the rise.', 'Ferry use among pensioners is climbing.', false],
      ['Despite fare cuts, harbour revenue had grown by 25 percent.', 'Fares have been cut, and yet the harbour takes in 25 percent more.', false],
      // The thing that changed heads a phrase of its own, on either side, or follows a noun of change.
      ['The number of councils that fund and run night ferries has grown.', 'Some councils still fund and run night ferries, but their number has declined.', true, 'predicate'],
      ['Ferry fares in Riverton have been climbing.', 'The harbour board noted the steady decline of ferry fares in Riverton.', true, 'predicate'],
      // Controls: the thing that declined is another one; the same direction.
      ['The number of councils that fund night ferries has grown.', 'The number of councils has grown, but the night ferries they fund have declined.', false],
      ['The number of councils that fund and run night ferries has grown.', 'Some councils still fund and run night ferries, and their number has risen.', false],
      ['Ferry fares in Riverton had dropped.', 'Ferry fares in Riverton were reduced last year, after a steady increase in ferry fares.', false],
      ['Ferry payrolls had shrunk.', 'The board saw a 50 percent increase in payroll deductions.', false],
      // The thing may be stated through a rarer sense of a synonym ("output" / "production"), or stand before an aside.
      ['Harbour oil and gas output is now on the rise.', 'Harbour production of oil and gas is still declining.', true, 'predicate'],
      ['The number of new ferry accidents was on the rise.', 'The number of new ferry accidents, the worst problem of all, is decreasing.', true, 'predicate'],
      // Control: what the aside says changed the other way is not the sentence's change.
      ['Ferry fares have been rising.', 'Ferry fares, which fell last year, are rising again.', false],
      // What an active verb of change is done to changed ("raised ferry fares": the fares).
      ['Ferry fares have been cut.', 'The harbour board raised ferry fares.', true, 'predicate'],
      // Controls: the fares changed the claim's way too; a goal is no trend.
      ['Ferry fares have been cut.', 'The harbour board raised ferry wages and cut ferry fares.', false],
      ['Ferry fares have been rising.', 'We must cut ferry fares.', false],
    ]);
  });
  describe('one thing put on opposite sides of the same measure', () => {
    check([
      ['The number of ferry passengers in Riverton was still below the total for 2015.', 'The number of ferry passengers in Riverton already exceeds the total from 2015.', true, 'predicate'],
      ['Riverton exports are falling well short of imports.', 'Riverton exports once again substantially exceed imports.', true, 'predicate'],
      // A compound WordNet knows ("fell short"); the measure named on both sides of the sentence's word.
      ['The harbour board exceeded its budget by $2 million.', 'The harbour board fell short of its budget by $2 million.', true, 'predicate'],
      ['Cargo volumes at the south quay are still below the volumes at the north quay.', 'Cargo volumes at the south quay now exceed the volumes at the north quay.', true, 'predicate'],
      // Controls: the same side; the two things in the other order; a sentence that puts them both ways.
      ['Riverton exports exceed imports.', 'Riverton exports far exceed imports.', false],
      ['Riverton exports are below imports.', 'Imports exceed the harbour budget, and Riverton exports are rising.', false],
      ['Riverton exports are below imports.', 'Riverton exports, once below imports, now exceed imports.', false],
    ]);
  });
  describe('a change stated in other words nearer than an opposite change', () => {
    check([
      ['The number of idle berths dropped from 101 to 60.', 'The number of idle berths has declined from 101 to 60; harbour employment has risen by more than a million jobs.', false],
      // Control: the opposite change nearest.
      ['Ferry fares dropped last year.', 'Ferry fares have risen since spring, while tolls have declined.', true, 'predicate'],
    ]);
  });
  describe('the fillers of unscripted speech are no words', () => {
    check([
      ['The harbour board has overturned the ferry ruling.', 'The ferry ruling has been upheld by the harbour board, it hasn\'t been uh - overturned.', true, 'negation'],
      // Control: the same sentence without the negation.
      ['The harbour board has overturned the ferry ruling.', 'The ferry ruling, well, it has been uh - overturned by the harbour board.', false],
    ]);
    it('reads "uh", "um" and "er" as function words', () => {
      for (const w of ['uh', 'um', 'er']) assert.ok(!isContent(tokenize(w)[0]), w);
    });
  });
  describe('a negated verb reworded by the other side; a question asserts nothing to deny', () => {
    check([
      ['The harbour board never brought in a security firm to find the missing boat.', 'The harbour board hired an outside security firm to find the missing boat.', true, 'negation'],
      ['The harbour board brought in a security firm to find the missing boat.', 'The harbour board hired an outside security firm to find the missing boat.', false],
      // A state after "was not" is no act for the other side to reword.
      ['The Riverton paper reported that the mayor told the council Osei was not ready to end the strike because he believes he is winning.', 'The union responded to a report that the mayor told the council that Osei believes he is winning the strike.', false],
      ['Osei had not ordered the pilot to raise the fares with the harbour board.', 'Did Osei order the pilot to raise the fares with the harbour board?', false],
      ['Osei had not ordered the pilot to raise the fares with the harbour board.', 'Osei ordered the pilot to raise the fares with the harbour board.', true, 'negation'],
    ]);
    it('does not let the question support the negated claim either', () => {
      const r = judgeStance('Osei had not ordered the pilot to raise the fares with the harbour board.', 'Did Osei order the pilot to raise the fares with the harbour board?');
      assert.equal(r.stance, 'mentions', r.reasons.join('; '));
    });
  });
  describe('a negated verb of saying against the same words said', () => {
    check([
      ['Osei did not say the ferry would close in May.', 'Osei said the ferry would close in May.', true, 'negation'],
      ['Osei said the ferry would close in May.', 'Osei did not say the ferry would close in May.', true, 'negation'],
      ['Osei had not told the pilot to raise the fares.', 'Osei told the pilot to raise the fares.', true, 'negation'],
      // Controls: both sides deny it; the passage says something else.
      ['Osei did not say the ferry would close in May.', 'Osei did not say the ferry would close in May.', false],
      ['Osei did not say the ferry would close in May.', 'Osei said the crew would be paid in May.', false],
      // A verb of saying denied of other words than the claim's.
      ['The owner told the charity that the dog had been sold in 2013.', 'The owner said the dog had been sold in 2013. Sadly the owner could not tell us who bought it, the charity said.', false],
    ]);
  });
  describe('an office or a base renamed by one word, and a partner named by its first name', () => {
    check([
      // The other office's word stands in the claim as a common word: still another office.
      ['Osei said he had asked the Minister of Finance to review the harbour board\'s entire transport budget.', 'Osei has asked the Minister of Transport to review the harbour board\'s entire transport budget.', true, 'name'],
      ['Osei said he had asked the Minister of Transport to review the harbour board\'s entire transport budget.', 'Osei has asked the Minister of Transport to review the harbour board\'s entire transport budget.', false],
      // A place against a surname in the same name: another base.
      ['The cargo from Riverton landed at Lincoln Air Base on Friday.', 'The cargo from Riverton landed at Osei Air Base on Friday.', true, 'name'],
      ['The cargo from Riverton landed at Lincoln Air Base on Friday.', 'The cargo from Riverton landed at Lincoln Air Base on Friday.', false],
      // A figure's partner named by the first word of its name.
      ['The Riverton council passed eight motions against Kwame Osei\'s harbour plan.', 'The Riverton council has answered Kwame\'s harbour plan with 12 motions.', true, 'number'],
      ['The Riverton council passed eight motions against Kwame Osei\'s harbour plan.', 'The Riverton council has answered the mayor\'s harbour plan with 12 motions.', false],
      // "another hundred years" is a hundred years.
      ['Osei predicted that the harbour bridge would stand for fifty more years.', 'Osei predicted that the harbour bridge would stand another hundred years.', true, 'number'],
    ]);
  });
  describe('a figure\'s partner qualified by a name, and the number "the number of" gives', () => {
    check([
      // "Westmark" qualifies the strikers: the partner is the strikers, whom the claim names too.
      ['Osei said he had led the harbour board at four meetings with the strikers in Riverton.', 'Osei said he had represented the harbour board at two meetings with the Westmark strikers in Riverton.', true, 'number'],
      // Control: two named partners still differ.
      ['Osei said he had led the harbour board at four meetings with Mensah in Riverton.', 'Osei said he had represented the harbour board at two meetings with Boateng in Riverton.', false],
      ['The Riverton paper put the number of flood cases there at 16.', '"Two fire and 26 flood cases were registered in Riverton."', true, 'number'],
      ['The Riverton paper put the number of flood cases there at 26.', '"Two fire and 26 flood cases were registered in Riverton."', false],
    ]);
  });
  describe('an office both speakers hold, an employer before a title, and a name the sentence denies', () => {
    check([
      // The office the two speakers share is no part of either's name, wherever it stands in their titles.
      ['In January, Attorney General Nadia Brennan announced that Riverton would close the ferry.',
        'On January 30, Valmora Attorney General Tomas Ruiz announced that Riverton would close the ferry for good.', true, 'speaker'],
      ['In January, Attorney General Nadia Brennan announced that Riverton would close the ferry.',
        'On January 30, Valmora Attorney General Nadia Brennan announced that Riverton would close the ferry for good.', false],
      // The employer before an analyst's title is part of the slot, and no rival of the analyst.
      ['Valmora Securities analyst Dara Quinn estimates that the ferry line carries 50,000 riders a year.',
        'The line does not publish its figures, but Harbour Capital analyst Tomas Ruiz estimates it carries 50,000 riders a year.', true, 'name'],
      ['Valmora Securities analyst Dara Quinn estimates that the ferry line carries 50,000 riders a year.',
        'The line does not publish its figures, but Valmora Securities analyst Dara Quinn estimates it carries 50,000 riders a year.', false],
      // A name the sentence says does not exist fills no slot.
      ['Dara Quinn is the most senior police officer in Riverton.', 'There is no Riverton police chief called Tomas Ruiz.', false],
      ['Dara Quinn is the most senior police officer in Riverton.', 'The most senior police officer in Riverton is Tomas Ruiz.', true, 'name'],
    ]);
    it('names the other analyst, not the other analyst\'s employer, as the rival', () => {
      const r = judgeStance('Valmora Securities analyst Dara Quinn estimates that the ferry line carries 50,000 riders a year.',
        'The line does not publish its figures, but Harbour Capital analyst Tomas Ruiz estimates it carries 50,000 riders a year.');
      assert.deepEqual(r.reasons, ['name: Dara Quinn vs Tomas Ruiz']);
    });
  });
  describe('temperatures in degrees Celsius and Fahrenheit', () => {
    check([
      ['In summer, the lake\'s water can warm to about 35 degrees Celsius.', 'The lake\'s water reaches up to 79 degrees Fahrenheit in the summer.', true, 'number'],
      ['In summer, the lake\'s water can warm to about 26 degrees Celsius.', 'The lake\'s water reaches up to 79 degrees Fahrenheit in the summer.', false],
    ]);
  });
  describe('a count of part of a whole against a count of the whole', () => {
    check([
      ['Osei said two of the suspects were Turkish nationals.',
        'Osei told the Riverton Courier the mayor\'s assertion that 10 suspects had been captured along the border included the same four people.', false],
      ['Police said two suspects were Turkish nationals.', 'Police said 10 suspects were Turkish nationals.', true, 'number'],
      // A part and a whole of which the same is said, and two parts, count the same things.
      ['The harbour police burned seven boats that smugglers had used.', 'The harbour police burned five of the boats that smugglers had used.', true, 'number'],
      ['The council sold six of the buildings at the harbour.', 'The council sold four of the buildings at the harbour.', true, 'number'],
    ]);
  });
  describe('the party bested, after "over", the other way round', () => {
    check([
      ['Osei pulled off a coup over Mensah by securing the ferry contract.', 'Mensah secured the ferry contract in a coup over Osei.', true, 'roles'],
      ['Mensah pulled off a coup over Osei by securing the ferry contract.', 'Mensah secured the ferry contract in a coup over Osei.', false],
    ]);
  });
  describe('a town WordNet knows only as a surname, a name before "was", and a place the passage names only to qualify a noun', () => {
    check([
      // "was" is no noun for a place after a name WordNet does not know (it lists "was" as the plural of "WA").
      ['Dara Quinlan of KRVT was the reporter who obtained police confirmation that a shooting had taken place at the home.',
        'Tomas Riordan of WVLM 8 News got confirmation through police that an accidental shooting had occurred at the Osei home.', true, 'name'],
      // "Kettering" is in WordNet only as a person; after "based in" it is a town.
      ['Harlow Coaches is based in Dunmore.', 'Harlow Coaches, which is based in Kettering, will take over the routes on April 20.', true, 'place'],
      ['Harlow Coaches is based in Kettering.', 'Harlow Coaches, which is based in Kettering, will take over the routes on April 20.', false],
      // "the Dunmore school board" does not say that Harlow Coaches is in Dunmore.
      ['Harlow Coaches is based in Dunmore.', 'The Dunmore school board gave its bus contract to Harlow Coaches. Harlow Coaches, which is based in Kettering, will take over the routes on April 20.', true, 'place'],
      ['Harlow Coaches is based in Dunmore.', 'The Dunmore school board gave its bus contract to Harlow Coaches, which is based in Dunmore. Harlow Coaches will take over the routes on April 20.', false],
    ]);
  });
  describe('a negated verb that passes its negation to the infinitive after it ("does not begin to meet")', () => {
    check([
      ['The harbour levy meets the board\'s test.', 'The harbour levy now before the board does not begin to meet this test.', true, 'negation'],
      ['The ferry company sold the Riverton depot.', 'The ferry company did not manage to sell the Riverton depot.', true, 'negation'],
      ['The Riverton ferry levy works.', 'The Riverton ferry levy does not seem to work, the harbour board said.', true, 'negation'],
      // Control: the verb not negated.
      ['The harbour levy meets the board\'s test.', 'The harbour levy now before the board begins to meet this test.', false],
    ]);
  });
  describe('fewer against more of the same thing', () => {
    check([
      ['The harbour plan calls for fewer dock workers in 2031 than in 2030.', 'The harbour plan calls for the employment of more dock workers in 2031 than in 2030.', true, 'predicate'],
      // Control: the same degree.
      ['The harbour plan calls for more dock workers in 2031 than in 2030.', 'The harbour plan calls for the employment of more dock workers in 2031 than in 2030.', false],
    ]);
  });
  describe('a month fronted before its clause, and a month inside a span of months', () => {
    check([
      ['The Riverton ferry strike ended in October.', 'And in November, only three weeks later, the Riverton ferry strike ended.', true, 'date'],
      // Control: the same month.
      ['The Riverton ferry strike ended in November.', 'And in November, only three weeks later, the Riverton ferry strike ended.', false],
      // A month inside a span of months that either side gives is no rival.
      ['Harbour fees rose in March.', 'Between January and August, harbour fees rose sharply.', false],
      ['Between January and August, harbour fees rose by 8 percent.', 'Harbour fees rose by 8 percent in the city through July.', false],
    ]);
  });
  describe('a change from one figure to another', () => {
    check([
      ['The harbour board grew from just over two thousand members to seven thousand.', 'The harbour board has grown from a little over 2,000 to 7,000 members.', false],
      ['The harbour board grew to four thousand members.', 'The harbour board has grown from a little over 2,000 to 7,000 members.', true, 'number'],
    ]);
  });
  describe('a noun that says a move down or up in its usual sense ("a reduction")', () => {
    check([
      ['Nearly all other harbour budget items show increases.', 'Nearly all other harbour budget items show a reduction.', true, 'predicate'],
      // Control: the same move.
      ['Nearly all other harbour budget items show reductions.', 'Nearly all other harbour budget items show a reduction.', false],
    ]);
  });
  describe('another holder of a title whose surname WordNet also has as a common word ("General Marshall")', () => {
    check([
      ['General Osei is leading the harbour inquiry.', 'General Marshall is so ably leading the harbour inquiry today.', true, 'name'],
      // Control: the same general.
      ['General Marshall is leading the harbour inquiry.', 'General Marshall is so ably leading the harbour inquiry today.', false],
    ]);
  });
  describe('a people\'s adjective against a place the same noun is "of"', () => {
    check([
      ['The pilots will never agree to send Riverton ferries to sail in African waters.', 'The pilots will never agree to the sending of Riverton ferries to sail in the waters of Europe.', true, 'place'],
      // Control: the adjective of that place.
      ['The pilots will never agree to send Riverton ferries to sail in European waters.', 'The pilots will never agree to the sending of Riverton ferries to sail in the waters of Europe.', false],
    ]);
  });
  describe('a denial of truth denies the clause after "that" ("it is not true that")', () => {
    it('keeps a sentence that calls the claim untrue from supporting it', () => {
      const claim = 'The harbour board has moved its offices from Riverton to Tessby.';
      assert.notEqual(judgeStance(claim, 'It is not true that the harbour board has moved its offices from Riverton to Tessby.').stance, 'supports');
      assert.notEqual(judgeStance(claim, 'It is not correct to say that the harbour board has moved its offices from Riverton to Tessby.').stance, 'supports');
      // Control: a sentence that calls it true.
      assert.equal(judgeStance(claim, 'It is true that the harbour board has moved its offices from Riverton to Tessby.').stance, 'supports');
    });
  });
  describe('a passive with an irregular participle keeps its doer ("are being held in")', () => {
    check([
      ['The militia was holding 12 Riverton ferrymen in breach of the harbour treaty.', 'Twelve Riverton ferrymen are being held by the militia in breach of the harbour treaty.', false],
      ['The militia was holding 12 Riverton ferrymen in breach of the harbour treaty.', 'Twelve Riverton ferrymen are being held in the militia camp in breach of the harbour treaty.', false],
      // Control: the parties the other way round in the active.
      ['The militia was holding 12 Riverton ferrymen in breach of the harbour treaty.', 'Twelve Riverton ferrymen were holding the militia in breach of the harbour treaty.', true, 'roles'],
    ]);
  });
  describe('"no longer" is "stopped" in other words', () => {
    check([
      ['Other ports had stopped buying Riverton timber and wool.', 'Other ports are no longer buying Riverton timber and wool.', false],
      ['Other ports had ceased buying Riverton timber and wool.', 'Other ports are no longer buying Riverton timber and wool.', false],
      // Control: going on buying.
      ['Other ports had kept buying Riverton timber and wool.', 'Other ports are no longer buying Riverton timber and wool.', true, 'negation'],
    ]);
  });
  describe('each side denies what the other asserts ("X, not Y" / "not X, but Y")', () => {
    check([
      ['The harbour board is spending the council\'s money, not the ferry owners\'.', 'The harbour board is not spending the council\'s money, it is spending the ferry owners\' money.', true, 'negation'],
      // Controls: the same denial, and one thing denied by both in their own ways.
      ['The harbour board is spending the ferry owners\' money, not the council\'s.', 'The harbour board is not spending the council\'s money, it is spending the ferry owners\' money.', false],
      ['Ama Osei said she had made no progress toward a harbour deal.', '"No, I didn\'t make any progress," Ama Osei said when asked whether the talks brought a harbour deal any closer.', false],
      ['Commanders on the quay, not the harbour master, decided to moor the ferries at the east pier.',
        'The harbour master did not order the ferries moored at the east pier. That was a decision made by the commanders on the quay.', false],
    ]);
  });
  describe('a strict bound after a negation turns round ("should not pay less than")', () => {
    check([
      ['Harbour pilots earning above $90,000 a year would pay at least 30 percent in fees.', 'If you earn more than $90,000 a year, you should not pay less than 30 percent in fees.', false],
      // Control: a bound the negation leaves below the claim's.
      ['Harbour pilots earning above $90,000 a year would pay at least 30 percent in fees.', 'If you earn more than $90,000 a year, you should not pay more than 20 percent in fees.', true, 'number'],
    ]);
  });
  describe('a share that ends its clause, and months counted as years', () => {
    check([
      ['The pier cost £14.2 million, with the harbour board paying a third.', 'The pier cost £14.2 million, of which the harbour board paid two-thirds and a charity raised the rest.', true, 'number'],
      // Control: the same share.
      ['The pier cost £14.2 million, with the harbour board paying two-thirds.', 'The pier cost £14.2 million, of which the harbour board paid two-thirds and a charity raised the rest.', false],
    ]);
    it('states a year and a half by eighteen months', () => {
      assert.equal(judgeStance('The Riverton pier opened a year and a half behind schedule.', 'The Riverton pier opened eighteen months later than first planned.').stance, 'supports');
    });
  });
  describe('an age written with "-olds" is the age, no word beside it', () => {
    check([
      ['Fewer than three in ten four-year-olds attend a preschool in Riverton.', 'Today fewer than 3 in 10 4-year-olds are enrolled in a preschool in Riverton.', false],
      // Control: another age.
      ['Fewer than three in ten four-year-olds attend a preschool in Riverton.', 'Today fewer than 3 in 10 5-year-olds are enrolled in a preschool in Riverton.', true, 'age'],
    ]);
  });
  describe('feelings at the two ends of the scale, worded alike', () => {
    check([
      ['He was encouraged by some recent actions of the ferry owners.', 'I am disappointed by some recent actions of the ferry owners.', true, 'predicate'],
      // Control: the same feeling.
      ['He was pleased by some recent actions of the ferry owners.', 'I am encouraged by some recent actions of the ferry owners.', false],
    ]);
  });
  describe('a place after a noun and "of" says where that is ("the farmers of Europe")', () => {
    check([
      ['He said many farm families lived in deeper poverty than a good many of the farmers of Asia who are commonly called peasants.',
        'Many farm families live in a poverty more abject than that of many of the farmers of Europe whom we are wont to call peasants.', true, 'place'],
      // Control: the same place.
      ['He said many farm families lived in deeper poverty than a good many of the farmers of Europe who are commonly called peasants.',
        'Many farm families live in a poverty more abject than that of many of the farmers of Europe whom we are wont to call peasants.', false],
    ]);
  });
  describe('opposite words capitalised on both sides ("Southwest" / "Northwest")', () => {
    check([
      ['The harbour board said it was sending 300 pumps to farms in certain Southwest counties this year.',
        'This year the harbour board is sending 300 pumps to farms in the dry areas of certain Northwest Counties.', true, 'predicate'],
      // Control: the same region.
      ['The harbour board said it was sending 300 pumps to farms in certain Northwest counties this year.',
        'This year the harbour board is sending 300 pumps to farms in the dry areas of certain Northwest Counties.', false],
    ]);
  });
});
