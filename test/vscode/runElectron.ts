// Runs the same suite in a desktop VS Code downloaded by @vscode/test-electron, for machines that can
// download it (npm run test:electron). The offline runner is scripts/run-vscode-tests.mjs.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  // The suite works on a temporary copy of the fixture workspace, never on the tracked files.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (err) {
    console.error(`test:electron failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

void main();
