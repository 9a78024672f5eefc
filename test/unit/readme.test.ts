// The README's command-line examples run as written. The CLI is bundled the way esbuild.js bundles it into
// a temporary folder, and `corroborate` is put on the PATH there (what `npm link` does, which the README's
// set-up block asks for); each line of the example block then runs in bash, in a temporary copy of the
// folders it names, so nothing in the repository is written.
import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { reportSchema } from '../../src/engine/report/report';

const repo = path.resolve(__dirname, '../../..');

/** The fenced `sh` blocks of a Markdown text, each as its list of lines. */
function shellBlocks(markdown: string): string[][] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1].split('\n').filter((line) => line.trim() !== ''));
}

describe('README command-line examples', function () {
  this.timeout(120_000);
  const blocks = shellBlocks(fs.readFileSync(path.join(repo, 'README.md'), 'utf8'));
  const examples = blocks.find((block) => block.every((line) => line.startsWith('corroborate ')));
  let tmp: string;

  before(() => {
    assert.ok(examples && examples.length >= 5, `README.md has a block of corroborate commands: ${JSON.stringify(blocks)}`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-readme-'));
    const esbuild = require('esbuild') as typeof import('esbuild');
    const cli = path.join(tmp, 'bin', 'cli.js');
    esbuild.buildSync({ entryPoints: [path.join(repo, 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: cli, logLevel: 'error' });
    fs.writeFileSync(path.join(tmp, 'bin', 'corroborate'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`, { mode: 0o755 });
    for (const folder of ['corpus', 'docs/examples']) fs.cpSync(path.join(repo, folder), path.join(tmp, 'work', folder), { recursive: true });
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('asks for `npm run build` and `npm link` (or npx) before the examples, and says so', () => {
    assert.ok(blocks.some((block) => block.some((l) => l.startsWith('npm run build')) && block.some((l) => l.startsWith('npm link'))));
    assert.match(fs.readFileSync(path.join(repo, 'README.md'), 'utf8'), /`npx corroborate`/);
  });

  /** Runs one README line in bash with `corroborate` on the PATH. */
  function runLine(line: string) {
    const result = spawnSync('bash', ['-c', line], {
      cwd: path.join(tmp, 'work'),
      env: { ...process.env, PATH: `${path.join(tmp, 'bin')}:${process.env.PATH}` },
      encoding: 'utf8',
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  }

  it('every example runs and prints what the README says it does', () => {
    for (const line of examples ?? []) {
      const { code, out, err } = runLine(line);
      const context = `${line}\nexit ${code}\nstderr: ${err}`;
      assert.ok(!/error|command not found/i.test(err), context);
      const [, command] = line.split(/\s+/);
      if (command === 'check' && !line.includes('--fail-on never')) {
        assert.strictEqual(code, 1, `${context} (the sample draft has contested claims)`);
        assert.match(out, /^corpus\/sample-draft\.md:\d+:\d+ contested /m, context);
      } else {
        assert.strictEqual(code, 0, context);
      }
      if (line.includes('> results.sarif')) {
        const sarif = JSON.parse(fs.readFileSync(path.join(tmp, 'work', 'results.sarif'), 'utf8'));
        assert.strictEqual(sarif.version, '2.1.0');
        assert.ok(sarif.runs[0].results.length > 0, 'the SARIF log has results');
      }
      if (command === 'search' && line.includes('--input')) {
        const answers = out.trim().split('\n').map((l) => JSON.parse(l));
        assert.ok(answers.length >= 3, context);
        for (const a of answers) {
          assert.deepStrictEqual(Object.keys(a), ['id', 'results'], context);
          assert.ok(a.results.length > 0 && a.results.every((r: object) => Object.keys(r).join() === 'source,start,end,score'), context);
        }
      } else if (command === 'search') assert.match(out, /^1\. corpus\/sources\/\S+:\d+:\d+ /m, context);
      if (command === 'stance' || command === 'claims') {
        const answers = out.trim().split('\n').map((l) => JSON.parse(l));
        const fields = command === 'stance' ? ['id', 'stance', 'confidence'] : ['id', 'checkworthiness', 'claim', 'kinds'];
        assert.ok(answers.length >= 3, context);
        for (const a of answers) assert.deepStrictEqual(Object.keys(a), fields);
      }
    }
  });

  it('the JSON report of the sample is the documented contract', () => {
    const { code, out } = runLine('corroborate check corpus/sample-draft.md --corpus corpus/sources --format json');
    assert.strictEqual(code, 1);
    assert.ok(reportSchema.parse(JSON.parse(out)).summary.contested > 0);
  });
});
