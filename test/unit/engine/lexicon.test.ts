import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as lexicon from '../../../src/engine/lexicon';
import { isPlace, kinApart, lemmas, lookup, relation, sameKind } from '../../../src/engine/lexicon/wordnet';
import { STOP_WORDS, tokenize } from '../../../src/engine/text/tokens';

const root = path.resolve(__dirname, '../../../..');
const seeds = path.resolve(root, '../shared/seeds');

function engineFiles(dir = path.join(root, 'src/engine')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return engineFiles(file);
    return /\.ts$/.test(e.name) && !/\.generated\.ts$/.test(e.name) ? [file] : [];
  });
}

/** The words inside string, template and regular-expression literals of a TypeScript file (comments are not rules). */
function literalWords(source: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  const words: string[] = [];
  let previous = ts.SyntaxKind.Unknown;
  // Open braces inside each template substitution being read: a brace that closes a substitution resumes the template.
  const templates: number[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.OpenBraceToken && templates.length) templates[templates.length - 1]++;
    if (kind === ts.SyntaxKind.CloseBraceToken && templates.length) {
      if (templates[templates.length - 1] === 0) kind = scanner.reScanTemplateToken(false);
      else templates[templates.length - 1]--;
    }
    if (kind === ts.SyntaxKind.TemplateHead) templates.push(0);
    if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
    // A slash after an operator or an opening bracket starts a regular expression.
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken)
      && previous !== ts.SyntaxKind.Identifier && previous !== ts.SyntaxKind.CloseParenToken && previous !== ts.SyntaxKind.CloseBracketToken) {
      kind = scanner.reScanSlashToken();
    }
    if (kind === ts.SyntaxKind.StringLiteral || kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral
      || kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle || kind === ts.SyntaxKind.TemplateTail) {
      words.push(...(scanner.getTokenValue().match(/\p{L}{3,}/gu) ?? []));
    } else if (kind === ts.SyntaxKind.RegularExpressionLiteral) {
      // Strip escapes (\b, \s, \p{Lu}) before reading the words out of a pattern.
      words.push(...(scanner.getTokenText().replace(/\\[a-zA-Z](?:\{[^}]*\})?/g, ' ').match(/\p{L}{3,}/gu) ?? []));
    }
    previous = kind;
  }
  return words;
}

/**
 * Names of the sample story: capitalised words of the seed articles that do not open a sentence and that
 * English does not have as a common word ("Kremlin", "Peskov", "Alaska"; not "House" or "President").
 */
function seedNames(): Set<string> {
  const capitalised = new Set<string>();
  const lowerCase = new Set<string>();
  for (const file of fs.readdirSync(seeds)) {
    const text = fs.readFileSync(path.join(seeds, file), 'utf8');
    for (const t of tokenize(text)) {
      if (/^\p{Ll}+$/u.test(t.raw)) lowerCase.add(t.raw);
      const opensSentence = /(?:^|[.!?:"“]\s*|\n\s*)$/.test(text.slice(Math.max(0, t.start - 3), t.start));
      if (!opensSentence && /^\p{Lu}\p{Ll}{2,}$/u.test(t.raw)) capitalised.add(t.raw.toLowerCase());
    }
  }
  return new Set([...capitalised].filter((w) => !lowerCase.has(w) && !STOP_WORDS.has(w) && !CALENDAR.test(w)
    && !lemmas(w).some((e) => e.proper === 0)));
}

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

describe('lexicon', () => {
  it('reads literal words out of strings, templates and regular expressions, not comments (self-check)', () => {
    const words = literalWords("// Moscow\nconst a = 'Alpha beta'; const r = /\\bGamma\\s+delta\\b/i; const t = `Epsilon ${a} zeta`;");
    assert.deepEqual(words.sort(), ['Alpha', 'Epsilon', 'Gamma', 'beta', 'delta', 'zeta'].sort());
  });

  it('keeps hand-written word lists to function words: lower case, none of them a proper name in WordNet', () => {
    const lists = Object.entries(lexicon).filter(([, v]) => v instanceof Set) as [string, Set<string>][];
    assert.ok(lists.length >= 10, 'the lexicon exports its word lists as sets');
    for (const [name, words] of lists) {
      for (const w of words) {
        assert.equal(w, w.toLowerCase(), `${name}: "${w}" is not lower case`);
        assert.ok(w.length <= 2 || STOP_WORDS.has(w) || lookup(w)?.proper !== 2, `${name}: "${w}" is a proper name`);
      }
    }
  });

  it('names no person, place or organisation of the sample story in any engine rule', function () {
    if (!fs.existsSync(seeds)) {
      console.log(`    (skipped: ${seeds} not found; the shared seed articles are not present)`);
      this.skip();
    }
    const names = seedNames();
    assert.ok(names.size > 20, `found ${names.size} names in the seeds`);
    const offending: string[] = [];
    for (const file of engineFiles()) {
      for (const w of literalWords(fs.readFileSync(file, 'utf8'))) {
        if (names.has(w.toLowerCase())) offending.push(`${path.relative(root, file)}: ${w}`);
      }
    }
    assert.deepEqual([...new Set(offending)], []);
  });

  it('relates words through WordNet, not through lists: synonyms, antonyms and capitals', () => {
    assert.equal(relation('halt', 'stop'), 'synonym');
    assert.equal(relation('accept', 'reject'), 'antonym');
    assert.equal(relation('increase', 'decrease'), 'antonym');
    assert.notEqual(relation('paris', 'france'), undefined);
    assert.equal(relation('paris', 'madrid'), undefined);
  });

  it('makes a word more general when the other is a kind of one of its rarer senses ("convene" is a way to meet)', () => {
    assert.equal(relation('convene', 'meets'), 'general');
    // Control: no sense of "meet" is what "argue" is a kind of.
    assert.equal(relation('argue', 'meets'), undefined);
  });

  it('lets a capital stand for its country found up the holonyms, by any of its names, but not for a continent', () => {
    // Washington lies in the District of Columbia, which lies in the United States; Moscow in the Russian
    // Federation, whose name "Russia" first means the Soviet Union.
    assert.equal(relation('washington', 'united states'), 'derived');
    assert.equal(relation('moscow', 'russia'), 'derived');
    assert.equal(relation('moscow', 'soviet union'), 'derived');
    // And for what its country's adjective qualifies ("the Soviet side").
    assert.equal(relation('moscow', 'soviet'), 'derived');
    assert.equal(relation('washington', 'north america'), undefined);
    assert.equal(relation('moscow', 'europe'), undefined);
    assert.equal(relation('ottawa', 'united states'), undefined);
  });

  it('opposes a kind of a word to the opposite of that very sense, not through a root or another sense', () => {
    // "cut" is a way to decrease, "plunge" to fall, "dad" a kind of father.
    assert.equal(relation('cut', 'increase'), 'antonym');
    assert.equal(relation('plunged', 'rose'), 'antonym');
    assert.equal(relation('dad', 'mother'), 'antonym');
    // "damage" is a way to change, the root opposed to "remain"; "believe" a kind of accepting as true, which is
    // not the sense of "accept" that "refuse" opposes; "exports" are a kind of whole only far up.
    assert.equal(relation('damaged', 'remain'), undefined);
    assert.equal(relation('refused', 'believes'), undefined);
    assert.equal(relation('half', 'exports'), undefined);
  });

  it("opposes a synonym of an antonym only in the sense WordNet opposes, or the antonym's first", () => {
    // "go off" is opposed to "go on" as starting to run; "go on" is also "happen", which "go off" does not oppose.
    assert.equal(relation('go off', 'happen'), undefined);
    assert.equal(relation('eager', 'interested'), undefined);
    assert.equal(relation('admitted', 'denied'), 'antonym');
    assert.equal(relation('agreed', 'disagreed'), 'antonym');
    assert.equal(relation('permanent', 'temporary'), 'antonym');
  });

  it('tells two kin apart, not a kin from a kind of it, nor people who are no kin', () => {
    assert.equal(kinApart('mother', 'wife'), true);
    assert.equal(kinApart('father', 'mother'), true, 'one verb, two people');
    assert.equal(kinApart('grandparents', 'parents'), true);
    assert.equal(kinApart('father', 'dad'), false);
    assert.equal(kinApart('parent', 'mother'), false);
    assert.equal(kinApart('friend', 'wife'), false);
  });

  it('finds co-ordinate nouns of one narrow kind, not of a broad one, nor places', () => {
    assert.equal(sameKind('vodka', 'beer'), true);
    assert.equal(sameKind('tea', 'coffee'), true);
    assert.equal(sameKind('truck', 'car'), true);
    assert.equal(sameKind('vodka', 'liquor'), false, 'a kind and its member');
    assert.equal(sameKind('photo', 'picture'), false, 'two representations');
    assert.equal(sameKind('patient', 'man'), false, 'two persons');
    assert.equal(sameKind('city', 'town'), false, 'places');
  });

  it('finds indirect antonyms through the first sense of an adjective, not through its stray senses', () => {
    // "annoyed" is a satellite of "displeased", the opposite of "pleased"; "temporary" of "impermanent".
    assert.equal(relation('annoyed', 'pleased'), 'antonym');
    assert.equal(relation('temporary', 'permanent'), 'antonym');
    // A less frequent sense of "senior" and of "extremely" (through "extreme") is no opposite of "initial" or "fairly".
    assert.equal(relation('senior', 'initial'), undefined);
    assert.equal(relation('extremely', 'fairly'), undefined);
  });
  it('reads an adjective in "un-" as the opposite of its stem, unless it is also a verb that undoes', () => {
    assert.equal(relation('unsatisfied', 'satisfied'), 'antonym');
    assert.equal(relation('harmed', 'unharmed'), 'antonym');
    // "unleashed an attack" undoes no leash: the verb is its own word. And "understand" has no stem.
    assert.notEqual(relation('unleashed', 'leashed'), 'antonym');
    assert.notEqual(relation('understand', 'derstand'), 'antonym');
  });
  it('takes continents, rivers and mountains for places, but not a word whose first sense is something else', () => {
    for (const place of ['europe', 'tigris', 'everest', 'kiev']) assert.ok(isPlace(place), place);
    // "Amazon" is first a strong woman and "Mercury" a metal; "Pacific" is also an adjective.
    for (const other of ['amazon', 'mercury', 'pacific', 'river']) assert.ok(!isPlace(other), other);
  });
  it('reads the participle of a verb made of a prefix and an irregular verb ("retaken", "undertaken", "foreseen")', () => {
    assert.deepEqual(lemmas('retaken').map((e) => e.lemma), ['retake']);
    assert.ok(lemmas('undertaken').some((e) => e.lemma === 'undertake'));
    assert.ok(lemmas('foreseen').some((e) => e.lemma === 'foresee'));
    assert.equal(relation('recaptured', 'retaken'), 'synonym');
  });
  it('undoes a doubled final consonant, and reads opposites WordNet defines negatively ("skip: intentionally fail to attend")', () => {
    assert.deepEqual(lemmas('skipped').map((e) => e.lemma), ['skip']);
    assert.deepEqual(lemmas('stepped').map((e) => e.lemma), ['step']);
    assert.ok(lemmas('added').every((e) => e.lemma !== 'ad'), 'a doubled consonant that is the stem\'s own stays');
    assert.deepEqual(lemmas('sites').map((e) => e.lemma), ['site'], '"-es" comes off only after a hissing sound or an "o"');
    assert.deepEqual(lemmas('passes').map((e) => e.lemma).includes('pass'), true);
    assert.ok(lemmas('deadliest').some((e) => e.lemma === 'deadly'), '"-iest" of an adjective in "-y"');
    assert.equal(relation('attended', 'skipped'), 'antonym');
  });
});
