/**
 * The `corroborate` command line. `run()` does all the work against an injected {@link CliIo} and
 * returns the exit code: 0 success, 1 a `--fail-on` verdict was found, 2 usage or input error.
 */
import { checkCommand } from './check';
import { InputError, UsageError } from './errors';
import { COMMAND_HELP, MAIN_HELP } from './help';
import type { CliIo } from './io';
import { claimsCommand, stanceCommand } from './jsonl';
import { indexCommand } from './load';
import { searchCommand } from './search';
import { TOOL } from './version';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  search: searchCommand,
  stance: stanceCommand,
  claims: claimsCommand,
  index: indexCommand,
};

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help') return print(io, MAIN_HELP, first === undefined ? 2 : 0);
  if (first === '-V' || first === '--version') return print(io, `${TOOL.name} ${TOOL.version}\n`, 0);
  if (first === 'help') return print(io, COMMAND_HELP[rest[0]] ?? MAIN_HELP, 0);
  const command = COMMANDS[first];
  if (!command) {
    io.stderr.write(`corroborate: unknown command "${first}"\n\n${MAIN_HELP}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) return print(io, COMMAND_HELP[first], 0);
  try {
    return await command(rest, io);
  } catch (error) {
    return report(io, error, argv.includes('--verbose'));
  }
}

function print(io: CliIo, text: string, code: number): number {
  (code === 0 ? io.stdout : io.stderr).write(text);
  return code;
}

function report(io: CliIo, error: unknown, verbose: boolean): number {
  if (error instanceof UsageError) {
    const hint = error.command ? `\nRun "corroborate ${error.command} --help" for usage.` : '';
    io.stderr.write(`corroborate: ${error.message}${hint}\n`);
  } else if (error instanceof InputError) {
    io.stderr.write(`corroborate: error: ${error.message}\n`);
  } else {
    // A bug, not bad input: still one line, with the stack only on request.
    const detail = verbose && error instanceof Error ? `\n${error.stack}` : '';
    io.stderr.write(`corroborate: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
  }
  return 2;
}
