/** Runs the CLI in this process with the working directory at the repository, capturing its output. */
import * as path from 'node:path';
import type { CliIo } from '../../../src/cli/io';
import { nodeIo } from '../../../src/cli/node-io';
import { run } from '../../../src/cli/run';

export const repo = path.resolve(__dirname, '../../../..');

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function cli(...argv: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const io: CliIo = { ...nodeIo(), stdout: { write: (t) => void (out += t) }, stderr: { write: (t) => void (err += t) } };
  const before = process.cwd();
  process.chdir(repo);
  try {
    return { code: await run(argv, io), out, err };
  } finally {
    process.chdir(before);
  }
}
