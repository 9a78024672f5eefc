// The extension-host side of `npm run bench`'s real-VS-Code figure (scripts/bench-vscode.mjs loads it as
// `extensionTestsPath`): no mocha and no assertions, only timings, printed as one marked JSON line.
// CORROBORATE_BENCH_PHASE=build: waits until the corpus is indexed (the worker saves the index in the
// extension's global storage before it answers). CORROBORATE_BENCH_PHASE=reload: in a new session on the same
// user data, opens the draft and times the first highlights, with the persisted index to reload.
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';
import { EXTENSION_ID, activatedApi, waitFor, workspaceUri } from '../vscode/util';

/** What the host script looks for in the forwarded console. */
const MARK = '[corroborate-bench] ';
/** A 10,000-file corpus is read and indexed from scratch in the build phase: minutes on a busy machine. */
const BUILD_WAIT_MS = 600_000;

export async function run(): Promise<void> {
  const phase = process.env.CORROBORATE_BENCH_PHASE;
  const draft = workspaceUri('draft.md');
  const t0 = performance.now();
  if (phase === 'build') {
    const api = await activatedApi();
    await waitFor(() => api.corpus.status.state === 'ready', 'the corpus indexed', BUILD_WAIT_MS);
    report({ phase, indexedMs: performance.now() - t0, sources: api.corpus.status.sources });
    return;
  }
  // Opening the draft activates the extension (onLanguage:markdown): the figures include activation.
  const doc = await vscode.workspace.openTextDocument(draft);
  await vscode.window.showTextDocument(doc, { preview: false });
  const ext = vscode.extensions.getExtension<CorroborateApi>(EXTENSION_ID);
  const api = await waitFor(() => (ext?.isActive ? ext.exports : undefined), 'activation', BUILD_WAIT_MS);
  const activeMs = performance.now() - t0;
  // When each loading phase was first seen, and whether the status bar ever said "no corpus".
  const phases: Record<string, number> = {};
  let noCorpusSaid = false;
  const watching = api.corpus.onDidChangeStatus((s) => {
    const key = s.progress?.phase ?? s.state;
    phases[key] ??= performance.now() - t0;
    noCorpusSaid ||= /no corpus/i.test(api.statusText());
  });
  // A persisted index may be loaded before activation returns: then its phase is when it was first seen.
  if (api.corpus.status.state === 'ready') phases.ready ??= activeMs;
  let claimsMs: number | undefined;
  const highlighted = (): boolean => {
    noCorpusSaid ||= /no corpus/i.test(api.statusText());
    const d = api.decorations(draft);
    if (claimsMs === undefined && d.pending.length + d.contested.length + d.supported.length + d.unverified.length > 0) claimsMs = performance.now() - t0;
    return d.contested.length + d.supported.length + d.unverified.length > 0;
  };
  await waitFor(highlighted, 'the first verdicts', BUILD_WAIT_MS);
  const verdictsMs = performance.now() - t0;
  await waitFor(() => api.corpus.status.state === 'ready', 'the corpus reloaded', BUILD_WAIT_MS);
  await api.whenIdle(draft);
  watching.dispose();
  report({
    phase, activeMs, claimsMs, verdictsMs, phases, allMs: performance.now() - t0, sources: api.corpus.status.sources,
    claims: api.store.get(draft)?.findings.length ?? 0, noCorpusSaid,
  });
}

function report(figures: Record<string, unknown>): void {
  console.log(MARK + JSON.stringify(figures));
}
