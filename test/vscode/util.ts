import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'corroborate.corroborate';

/**
 * Polls `cond` every 50 ms until it is truthy, or fails after `timeoutMs` naming `what` was awaited.
 * For state that has no event to wait on; never a fixed sleep.
 */
export async function waitFor<T>(cond: () => T | Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
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
    await waitFor(() => ext.isActive, 'activation on a Markdown document', 30_000);
  }
  return ext.exports;
}

/** The fixture workspace folder the runner opened. */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}
