// A measurement, not a pass/fail test: how long the extension host's event loop is blocked while someone
// types in a 5,000-word draft checked against a 1,000-article corpus. Runs only with
// CORROBORATE_MEASURE_TYPING=1 (e.g. `CORROBORATE_MEASURE_TYPING=1 MOCHA_GREP=typing npm run test:vscode`)
// and prints the figures. The tests and the extension share the extension host, so
// perf_hooks.monitorEventLoopDelay here sees every stall the extension causes on that thread.
import * as assert from 'assert';
import { monitorEventLoopDelay, performance } from 'perf_hooks';
import * as vscode from 'vscode';
import { activatedApi, waitFor, workspaceUri } from './util';
import { prng } from '../prng';

const ARTICLES = 1_000;
const DRAFT_WORDS = 5_000;
const KEYSTROKES = 150;
/** Pause between keystrokes: a brisk typist (about 150 words a minute). */
const KEYSTROKE_GAP_MS = 70;
/** Inside the fixture's corpus/ folder, so no setting has to change; removed afterwards. */
const SYNTHETIC_DIR = ['corpus', 'zz-synthetic-typing'];


const random = prng(11);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const TOWNS = ['Ashford', 'Belmoor', 'Caldera Point', 'Dunmore', 'Elmstead', 'Fairholm', 'Glenrock', 'Hollins', 'Ivybridge', 'Juniper Vale', 'Kestrel Bay', 'Larchmont'];
const PEOPLE = ['Ada Moreno', 'Ben Achebe', 'Clara Nilsson', 'Dev Patel', 'Elena Sokolova', 'Farid Haddad', 'Greta Lind', 'Hugo Brandt', 'Iris Tanaka', 'Jon Mbeki'];
const ROLES = ['mayor', 'treasurer', 'council chair', 'transport director', 'planning officer'];
const PROJECTS = ['tram line', 'sea wall', 'library annex', 'water plant', 'bus depot', 'cycle bridge', 'clinic', 'market hall'];
const BODIES = ['council', 'planning board', 'transport committee', 'water board'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const FILLER = [
  'Residents packed the meeting room and several spoke during the public session.',
  'The proposal drew questions about noise, traffic and the timetable for the work.',
  'Officials said further details would be published on the town website.',
  'Local businesses have asked to be consulted before any construction begins.',
  'The debate lasted well into the evening before the final vote was taken.',
];

interface Fact {
  town: string;
  body: string;
  project: string;
  votes: [number, number];
  cost: number;
  person: string;
  role: string;
  riders: number;
  month: string;
  year: number;
}

function randomFact(): Fact {
  const yes = int(4, 9);
  return {
    town: pick(TOWNS),
    body: pick(BODIES),
    project: pick(PROJECTS),
    votes: [yes, int(0, yes - 1)],
    cost: int(2, 90) + int(0, 9) / 10,
    person: pick(PEOPLE),
    role: pick(ROLES),
    riders: int(5, 95) * 100,
    month: pick(MONTHS),
    year: int(2025, 2029),
  };
}

function factSentences(f: Fact): string[] {
  return [
    `The ${f.town} ${f.body} approved the ${f.project} by a ${f.votes[0]}-${f.votes[1]} vote.`,
    `The ${f.role}, ${f.person}, said the ${f.project} will cost $${f.cost.toFixed(1)} million.`,
    `${f.person} said the ${f.project} would serve about ${f.riders.toLocaleString('en-US')} people a day.`,
    `Construction is scheduled to begin in ${f.month} ${f.year}.`,
  ];
}

function article(f: Fact, index: number): string {
  const body = [...factSentences(f), pick(FILLER), pick(FILLER), pick(FILLER)].sort(() => random() - 0.5);
  return [
    '---',
    `title: ${f.town} ${f.body} backs ${f.project} (${index})`,
    `outlet: ${pick(['Valley Courier', 'Harbor Ledger', 'Northgate Bulletin'])}`,
    `date: 2026-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
    '---',
    '',
    `${body.slice(0, 3).join(' ')}`,
    '',
    `${body.slice(3).join(' ')}`,
    '',
  ].join('\n');
}

/** Restates, alters or invents facts of the corpus until the draft has `words` words. */
function draft(facts: Fact[], words: number): string {
  const paragraphs: string[] = ['# Council round-up', ''];
  let count = 3;
  while (count < words) {
    const fact = { ...pick(facts) };
    if (random() < 0.3) fact.riders += 1_000;
    const sentences = [...factSentences(fact).slice(0, int(2, 4)), pick(FILLER)];
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph, '');
    count += paragraph.split(/\s+/).length;
  }
  return paragraphs.join('\n');
}

suite('core: typing latency measurement (real VS Code)', function () {
  this.timeout(600_000);
  const dir = () => workspaceUri(...SYNTHETIC_DIR);

  suiteSetup(function () {
    if (process.env.CORROBORATE_MEASURE_TYPING !== '1') {
      console.log('      (skipped: set CORROBORATE_MEASURE_TYPING=1 to measure typing latency)');
      this.skip();
    }
  });

  suiteTeardown(async () => {
    if (process.env.CORROBORATE_MEASURE_TYPING !== '1') return;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test(`typing in a ${DRAFT_WORDS}-word draft against ${ARTICLES} articles: longest event-loop block`, async () => {
    const api = await activatedApi();
    const facts = Array.from({ length: ARTICLES }, randomFact);
    const t0 = performance.now();
    await vscode.workspace.fs.createDirectory(dir());
    await Promise.all(facts.map((f, i) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir(), `article-${i}.md`), new TextEncoder().encode(article(f, i)))));
    await vscode.commands.executeCommand('corroborate.rebuildIndex');
    await waitFor(() => api.corpus.status.sources >= ARTICLES, `the ${ARTICLES}-article corpus to be indexed`, 300_000);
    console.log(`      corpus: ${api.corpus.status.sources} sources, ${api.corpus.status.passages} passages, written and indexed in ${Math.round(performance.now() - t0)} ms`);

    const text = draft(facts, DRAFT_WORDS);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    const editor = await vscode.window.showTextDocument(doc);
    const t1 = performance.now();
    await api.whenIdle(doc.uri);
    await waitFor(() => api.store.get(doc.uri)?.version === doc.version, 'the first check of the draft', 300_000);
    const findings = api.store.get(doc.uri)?.findings ?? [];
    console.log(`      draft: ${text.split(/\s+/).length} words; first check ${Math.round(performance.now() - t1)} ms, ${findings.length} claims`);

    let storedAt = 0;
    const stored = api.store.onDidChange(() => (storedAt = performance.now()));
    const withCorroborate = await typeAndMeasure(editor);
    await api.whenIdle(doc.uri);
    await waitFor(() => api.store.get(doc.uri)?.version === doc.version, 'the check after typing', 120_000);
    stored.dispose();
    const latency = Math.round(storedAt - withCorroborate.typedAt);

    // Baseline: the same typing while Corroborate ignores Markdown (user setting, in the run's private profile).
    const config = vscode.workspace.getConfiguration('corroborate');
    await config.update('languages', ['plaintext'], vscode.ConfigurationTarget.Global);
    await waitFor(() => !api.store.get(doc.uri), 'Corroborate to let go of the draft');
    const baseline = await typeAndMeasure(editor);
    await config.update('languages', undefined, vscode.ConfigurationTarget.Global);

    console.log(
      `      typing ${KEYSTROKES} keystrokes, one every ${KEYSTROKE_GAP_MS} ms, engine in a ${api.engineMode()}:\n` +
        `        with Corroborate checking:   longest event-loop block ${withCorroborate.max} ms (p99 ${withCorroborate.p99} ms, mean ${withCorroborate.mean} ms); findings for the last keystroke ${latency} ms after it\n` +
        `        Corroborate ignoring the draft: longest event-loop block ${baseline.max} ms (p99 ${baseline.p99} ms, mean ${baseline.mean} ms)`,
    );
    assert.ok(withCorroborate.samples > 0 && baseline.samples > 0, 'the event loop was sampled');
  });
});

/** Types into the middle of the editor's text and samples the extension host's event-loop delay meanwhile. */
async function typeAndMeasure(editor: vscode.TextEditor) {
  const doc = editor.document;
  const typed = ' and the figures were confirmed later';
  let offset = Math.floor(doc.getText().length / 2);
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  let typedAt = 0;
  for (let i = 0; i < KEYSTROKES; i++) {
    const char = typed[i % typed.length];
    await editor.edit((b) => b.insert(doc.positionAt(offset), char), { undoStopBefore: false, undoStopAfter: false });
    typedAt = performance.now();
    offset += 1;
    // The pause between keystrokes is the thing being simulated, not a wait for a result.
    await new Promise((resolve) => setTimeout(resolve, KEYSTROKE_GAP_MS));
  }
  // Keep sampling through the debounce and the check of the last keystroke.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  histogram.disable();
  const ms = (ns: number) => Number((ns / 1e6).toFixed(1));
  return { typedAt, samples: histogram.count, max: ms(histogram.max), p99: ms(histogram.percentile(99)), mean: ms(histogram.mean) };
}
