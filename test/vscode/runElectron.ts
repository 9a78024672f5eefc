// Runs the same suite in a desktop VS Code downloaded by @vscode/test-electron, for machines that can
// download it (npm run test:electron). The offline runner is scripts/run-vscode-tests.mjs.
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [path.join(root, 'test/fixtures/workspace'), '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (err) {
    console.error(`test:electron failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

void main();
