// Named to run after the other suites: it changes a workspace setting (and restores it).
// The PostgreSQL archive inside a real VS Code: with `corroborate.database` set (a URL without password;
// the password reaches `pg` from the environment here, from SecretStorage for users) the status bar says
// "connected" and the open draft is checked through the archive, which holds one article the local corpus
// lacks; an unreachable archive says so and the draft falls back to the local corpus. Needs
// CORROBORATE_TEST_DATABASE_URL (.ci/run sets it); skipped with a message without it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Client } from 'pg';
import { openArchive } from '../../src/backends/postgres/connection';
import { syncRoot } from '../../src/backends/postgres/sync';
import type { CorroborateApi } from '../../src/extension/extension';
import { ARCHIVE_ONLY_ROOT, ArchiveService } from '../../src/extension/archive';
import { activatedApi, closeAllEditors, waitFor, workspaceUri } from './util';

const DRAFT = 'draft.md';
const CLAIM = 'The harbour master, Lena Voss, will retire in June after 22 years in the job.';

suite('PostgreSQL archive (real VS Code)', function () {
  const server = process.env.CORROBORATE_TEST_DATABASE_URL;
  let api: CorroborateApi;
  let doc: vscode.TextDocument;
  let dbName = '';
  const verdict = () => api.store.get(doc.uri)?.findings.find((f) => f.claim.text === CLAIM);

  suiteSetup(async function () {
    if (!server) {
      console.log('      (skipped: CORROBORATE_TEST_DATABASE_URL is not set; .ci/run starts a server and sets it)');
      this.skip();
    }
    dbName = `corroborate_vscode_${Date.now()}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(server!);
    url.pathname = `/${dbName}`;
    const archive = await openArchive({ url: url.toString() });
    try {
      const corpus = workspaceUri('corpus').fsPath;
      const local = fs.readdirSync(corpus).sort().map((name) => ({ path: name, read: async () => fs.readFileSync(path.join(corpus, name), 'utf8') }));
      await syncRoot(archive, 'corpus', local);
      const extra = ['---', 'title: Harbour master to step down', 'outlet: Newsroom Wire', 'date: 2026-04-01', '---', '', `${CLAIM} The port authority confirmed the date.`, ''].join('\n');
      await syncRoot(archive, 'newsroom-only', [{ path: 'harbour-master.md', read: async () => extra }]);
    } finally {
      await archive.close();
    }
    api = await activatedApi();
    doc = await vscode.workspace.openTextDocument(workspaceUri(DRAFT));
    await vscode.window.showTextDocument(doc);
    await api.whenIdle(doc.uri);
    await waitFor(() => verdict()?.verdict === 'unverified', 'the local check: the claim is unverified');
  });

  suiteTeardown(async () => {
    if (!server) return;
    delete process.env.PGPASSWORD;
    await vscode.workspace.getConfiguration('corroborate').update('database', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  test('connects from the setting, checks through the archive, and falls back to the local corpus when it is unreachable', async () => {
    const url = new URL(server!);
    url.pathname = `/${dbName}`;
    process.env.PGPASSWORD = decodeURIComponent(url.password);
    url.password = '';
    await vscode.workspace.getConfiguration('corroborate').update('database', url.toString(), vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api.archive.state() === 'connected', 'the archive to connect');
    assert.match(api.archive.statusText(), /Archive: connected/);
    await waitFor(() => verdict()?.verdict === 'supported', 'the claim to be supported by the archive-only article');
    const evidence = verdict()!.evidence.find((e) => e.stance === 'supports');
    assert.ok(evidence && evidence.source.root >= ARCHIVE_ONLY_ROOT, 'archive-only evidence never points at a local folder');
    // It opens read-only from the archive, and Search Sources finds it there too.
    const archived = await vscode.workspace.openTextDocument(ArchiveService.uriOf(evidence.source)!);
    assert.ok(archived.getText().includes(CLAIM), 'the archived article opens with its text');
    const hits = await api.corpus.search('harbour master Lena Voss retire', 5);
    assert.ok(hits.some((h) => h.source.root >= ARCHIVE_ONLY_ROOT && h.source.id === 'harbour-master.md'), `search goes through the archive: ${hits.map((h) => h.source.id).join(', ')}`);
    const contested = api.store.get(doc.uri)!.findings.filter((f) => f.verdict === 'contested');
    assert.ok(contested.length >= 3, 'the other claims are judged as locally');
    assert.ok(contested.every((f) => f.evidence.every((e) => e.source.root === 0)), 'evidence from the archived corpus/ opens the local file');

    const down = new URL(url);
    down.port = '1';
    await vscode.workspace.getConfiguration('corroborate').update('database', down.toString(), vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api.archive.state() === 'unreachable', 'the archive to be reported unreachable');
    assert.match(api.archive.statusText(), /Archive: unreachable/);
    await vscode.commands.executeCommand('corroborate.checkDocument');
    await api.whenIdle(doc.uri);
    await waitFor(() => verdict()?.verdict === 'unverified', 'the draft to fall back to the local corpus');
  });
});
