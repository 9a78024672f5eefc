/** Errors the CLI reports as one clear line and exit code 2, never as a stack trace. */

/** The command line itself is wrong (unknown option, missing argument, bad value). */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose `--help` the message points to, if any. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An input named on the command line cannot be used (missing folder, empty corpus, unreadable draft). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A readable description of a file-system error, without the stack. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a parent of this path is not a folder';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
