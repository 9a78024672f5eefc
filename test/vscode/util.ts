import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'corroborate.corroborate';

/**
 * How long a wait may take before it fails. Generous on purpose: on a machine whose cores are busy with
 * other work, starting the engine worker and indexing take many times longer than on an idle one, and a
 * wait that is met returns at once anyway.
 */
export const WAIT_MS = 60_000;

/**
 * Polls `cond` every 50 ms until it is truthy, or fails after `timeoutMs` naming `what` was awaited.
 * For state that has no event to wait on; never a fixed sleep.
 */
export async function waitFor<T>(cond: () => T | Promise<T>, what: string, timeoutMs = WAIT_MS): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await cond();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
}

/** The extension, activated by opening a Markdown document (its lazy activation event). */
export async function activatedApi(): Promise<CorroborateApi> {
  const ext = vscode.extensions.getExtension<CorroborateApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  if (!ext.isActive) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# activation probe\n' });
    await vscode.window.showTextDocument(doc);
    await waitFor(() => ext.isActive, 'activation on a Markdown document');
    await closeAllEditors();
  }
  return ext.exports;
}

/**
 * Closes every editor without a "Save changes?" dialog: dirty ones (an untitled probe, an edited draft)
 * are reverted first. In smoke-test mode the workbench would refuse that dialog, so closing a dirty
 * editor directly leaves the outcome to chance.
 */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor(() => vscode.window.tabGroups.all.every((g) => g.tabs.length === 0), 'every editor to close');
}

/**
 * Writes sources into the run's workspace copy and waits until the index holds them all; returns how many
 * sources the index held before, for {@link removeSources}.
 */
export async function addSources(api: CorroborateApi, files: [vscode.Uri, string][]): Promise<number> {
  // Counted from a settled corpus: a re-index still running (after an earlier suite's files or settings)
  // would give a count that the new files never add up to.
  await api.corpus.whenLoaded();
  const before = api.corpus.status.sources;
  for (const [uri, text] of files) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await waitFor(() => api.corpus.status.sources === before + files.length, `${files.length} added source(s) to be indexed`);
  return before;
}

/**
 * Deletes files or folders (sources, and any draft beside them) and waits until the index is back to
 * `count` sources, so that the next suite counts sources from a settled corpus.
 */
export async function removeSources(api: CorroborateApi, uris: vscode.Uri[], count: number): Promise<void> {
  for (const uri of uris) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  await waitFor(() => api.corpus.status.sources === count, 'the removed sources to leave the index');
}

/** The fixture workspace folder the runner opened. */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** True when the runner performs UI steps (scripts/run-vscode-tests.mjs); the Electron runner does not. */
export const uiBridge = typeof process === 'object' && process.env.CORROBORATE_UI_BRIDGE === '1';

/** One step a user takes in the workbench, performed by the runner with Playwright, in order. */
export interface UiStep {
  /** A Playwright selector to wait for (visible) first, e.g. a QuickPick's placeholder or an input box's prompt. */
  waitFor?: string;
  /** A Playwright selector to move the mouse over (before clicking, e.g. to show a row's buttons). */
  hover?: string;
  /** A Playwright selector to click. */
  click?: string;
  /** Text typed with the keyboard into whatever has focus. */
  type?: string;
  /** A key pressed after typing, e.g. `Enter`. */
  press?: string;
}

/** Asks the runner to perform `step`; callers then wait for its effect (the runner cannot answer). */
export function ui(step: UiStep): void {
  console.log(`[ui] ${JSON.stringify(step)}`);
}
