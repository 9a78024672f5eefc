// The suite's entry point (`extensionTestsPath`). VS Code loads it inside the extension host and calls
// `run()`; a rejection makes the workbench report a non-zero exit code. Both runners load this file:
// scripts/run-vscode-tests.mjs (code-server) and test/vscode/runElectron.ts (@vscode/test-electron).
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha = require('mocha');

// In smoke-test mode the web workbench forwards all of its own logging together with the extension host's
// console to the runner, unlabelled. What the suite prints gets this invisible prefix so the runner can
// show just that. The extension host makes console's methods read-only, so the global object is swapped.
const MARK = '\u2063[corroborate-test] ';

export function run(): Promise<void> {
  const realConsole = globalThis.console;
  const marked = (fn: (...a: unknown[]) => void) => (...args: unknown[]) => fn.call(realConsole, MARK + util.format(...args));
  const markedConsole = Object.create(realConsole, {
    log: { value: marked(realConsole.log) },
    info: { value: marked(realConsole.info) },
    warn: { value: marked(realConsole.warn) },
    error: { value: marked(realConsole.error) },
  });
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void };
  const realBaseLog = base.consoleLog;
  base.consoleLog = marked(realConsole.log);
  globalThis.console = markedConsole;
  const restore = () => {
    globalThis.console = realConsole;
    base.consoleLog = realBaseLog;
  };

  // Above every wait's own limit (util.ts WAIT_MS), so a slow step fails naming what it waited for.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 180_000, reporter: 'spec' });
  if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    // The spec reporter lists failures only at the end; a run stopped by the runner's time limit would never show them.
    runner.on('fail', (test, err: Error) => console.error(`      ✗ ${test.fullTitle()}: ${err?.message?.split('\n').slice(0, 6).join(' | ')}`));
  }).finally(restore);
}
