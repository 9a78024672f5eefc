#!/usr/bin/env node
// npm run demo: checks the sample draft against the sample corpus with the CLI.
// npm run demo -- --open: also serves a real VS Code (code-server) on 127.0.0.1 with the extension loaded
// and the sample opened, and prints the address to open in a browser; Ctrl+C stops it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { HostSession, checkPrerequisites, root, workbenchUrl } from './vscode-host.mjs';

const cli = spawnSync(
  process.execPath,
  [path.join(root, 'dist/cli.js'), 'check', 'corpus/sample-draft.md', '--corpus', 'corpus/sources', '--fail-on', 'never'],
  { cwd: root, stdio: 'inherit' },
);
if (cli.status !== 0 || !process.argv.includes('--open')) process.exit(cli.status ?? 1);

const setup = spawnSync('sh', [path.join(root, 'scripts/setup-vscode-host.sh')], { stdio: 'inherit' });
if (setup.status !== 0) process.exit(1);
try {
  checkPrerequisites();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
const session = new HostSession({ logFile: path.join(root, '.vscode-test/demo.log') });
const stop = async () => {
  await session.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
session.onServerExit = (code) => {
  console.error(`code-server stopped (code ${code}); log: .vscode-test/demo.log`);
  process.exit(1);
};
session.writeUserSettings({ 'corroborate.corpusFolders': ['sources'] });
const endpoint = await session.startServer();
console.log(`\nVS Code with Corroborate loaded (the smoke-test driver flag lets the URL name the extension):`);
console.log(`  ${workbenchUrl(endpoint, path.join(root, 'corpus'), [['extensionDevelopmentPath', root]])}`);
console.log('Open corpus/sample-draft.md in it; press Ctrl+C here to stop.');
