// The web suite's entry point (`extensionTestsPath` of the runner's web session): VS Code loads it in the web
// worker extension host, where there is no node, so scripts/run-vscode-tests.mjs bundles it with esbuild
// (mocha's browser build included) before the session starts. Output is marked as in test/vscode/index.ts.
import 'mocha/mocha';

const MARK = '\u2063[corroborate-test] ';

export function run(): Promise<void> {
  const realConsole = globalThis.console;
  const show = (a: unknown) => (typeof a === 'string' ? a : a instanceof Error ? (a.stack ?? a.message) : JSON.stringify(a));
  /** console's printf-style format (%s, %d, ...), as the spec reporter uses it, then the other arguments. */
  const format = ([first, ...rest]: unknown[]) => {
    const text = typeof first === 'string' ? first.replace(/%[sdifjoO%]/g, (m) => (m === '%%' ? '%' : rest.length > 0 ? String(show(rest.shift())) : m)) : show(first);
    return [text, ...rest.map(show)].join(' ');
  };
  const marked = (fn: (...a: unknown[]) => void) => (...args: unknown[]) => fn.call(realConsole, MARK + format(args));
  globalThis.console = Object.create(realConsole, {
    log: { value: marked(realConsole.log) },
    info: { value: marked(realConsole.info) },
    warn: { value: marked(realConsole.warn) },
    error: { value: marked(realConsole.error) },
  });
  // The spec reporter prints through Base.consoleLog, taken from console when mocha loaded.
  const base = (globalThis as unknown as { Mocha: { reporters: { Base: { consoleLog: (...a: unknown[]) => void } } } }).Mocha.reporters.Base;
  const realBaseLog = base.consoleLog;
  base.consoleLog = marked(realConsole.log);
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 180_000, color: false });
  // Loaded once mocha has defined its globals (suite, test).
  require('./web.test');
  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    runner.on('fail', (test, err) => console.error(`      ✗ ${test.fullTitle()}: ${err?.message?.split('\n').slice(0, 6).join(' | ')}`));
  }).finally(() => {
    globalThis.console = realConsole;
    base.consoleLog = realBaseLog;
  });
}
