/** Command-line parsing with node's `parseArgs`, and zod validation of the option values. */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { UsageError } from './errors';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  verbose: { type: 'boolean' },
} as const satisfies OptionsConfig;

/** Parses `args` strictly; unknown options and missing values become a {@link UsageError} for `command`. */
export function parseCommand<T extends OptionsConfig>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes whose messages are already readable.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('. To specify a positional')[0], command);
  }
}

/** Validates parsed option values; the first issue becomes the usage error's message. */
export function validateOptions<S extends z.ZodType>(command: string, schema: S, values: unknown): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid options', command);
}

/** A `--flag` whose value must be one of `choices`. */
export function choiceOption<const C extends readonly [string, ...string[]]>(flag: string, choices: C) {
  return z.enum(choices, { error: (issue) => `${flag} must be one of ${choices.join(', ')} (got "${String(issue.input)}")` });
}

/** A `--flag` holding a whole number of at least `min`. */
export function integerOption(flag: string, min: number) {
  return z
    .string()
    .regex(/^\d+$/, { error: `${flag} must be a whole number` })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: `${flag} must be at least ${min}` }));
}

/** A `--flag` holding a number in [0, 1]. */
export function fractionOption(flag: string) {
  return z
    .string()
    .regex(/^(?:0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/, { error: `${flag} must be a number from 0 to 1` })
    .transform(Number);
}
