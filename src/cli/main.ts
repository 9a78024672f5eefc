/** Entry point of dist/cli.js (esbuild adds the `#!/usr/bin/env node` line). */
import { nodeIo } from './node-io';
import { run } from './run';

void run(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
