import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, waitFor } from './util';

suite('activation (real VS Code)', () => {
  test('runs in a real VS Code', () => {
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}, uiKind ${vscode.UIKind[vscode.env.uiKind]}, node ${process.version})`);
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
  });

  test('declares lazy activation and is active once a Markdown document is open', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    const events: string[] = ext.packageJSON.activationEvents ?? [];
    assert.ok(events.includes('onLanguage:markdown'), 'activates on Markdown');
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), `activation is lazy: ${events.join(', ')}`);
    // The workbench may already have opened a plain-text model (which also activates us), so the test
    // opens a Markdown document and waits for activation rather than asserting the state before it.
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The vote was 218-214.\n' });
    await vscode.window.showTextDocument(doc);
    await waitFor(() => ext.isActive, 'activation after opening a Markdown document');
    assert.strictEqual(ext.isActive, true);
    await closeAllEditors();
  });

  test('every contributed command is registered', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, 'activated by the previous test');
    const contributed: { command: string }[] = ext.packageJSON.contributes?.commands ?? [];
    assert.ok(contributed.length > 0, 'the manifest contributes commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], 'contributed commands without a registered handler');
  });
});
