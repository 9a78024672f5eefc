/**
 * `corroborate stance` and `corroborate claims`: JSON Lines in, JSON Lines out, for pipelines and
 * evaluation. Every line is validated with zod; a bad line is reported by number and skipped.
 */
import { z } from 'zod';
import { decodeSourceBytes, judgeStance, scoreSentence } from '../engine';
import { InputError, UsageError, describeFsError } from './errors';
import type { CliIo } from './io';
import { parseCommand } from './options';

/** JSON Lines inputs are datasets, far larger than any article; this only guards against accidents. */
const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

const id = z.union([z.string(), z.number()], { error: '"id" must be a string or a number' });
const text = (field: string) => z.string({ error: `"${field}" must be a string` });

export const stanceLineSchema = z.object({ id, claim: text('claim'), passage: text('passage') });
export const claimsLineSchema = z.object({ id, text: text('text') });

export function stanceCommand(args: readonly string[], io: CliIo): Promise<number> {
  return eachLine('stance', args, io, stanceLineSchema, (line) => {
    const judged = judgeStance(line.claim, line.passage);
    return { id: line.id, stance: judged.stance, confidence: round(judged.confidence) };
  });
}

export function claimsCommand(args: readonly string[], io: CliIo): Promise<number> {
  return eachLine('claims', args, io, claimsLineSchema, (line) => {
    const scored = scoreSentence(line.text);
    return { id: line.id, checkworthiness: round(scored.checkworthiness), claim: scored.claim, kinds: scored.kinds };
  });
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

async function eachLine<S extends z.ZodType>(
  command: string,
  args: readonly string[],
  io: CliIo,
  schema: S,
  answer: (line: z.infer<S>) => unknown,
): Promise<number> {
  const { values, positionals } = parseCommand(command, args, { input: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, command);
  if (values.input === undefined || values.input === '') throw new UsageError('--input <file> is required (use --input - for standard input)', command);
  const name = values.input === '-' ? '<stdin>' : values.input;
  const text = await readInput(io, values.input, name);

  let bad = 0;
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const problem = parseLine(raw, schema);
    if (typeof problem === 'string') {
      bad++;
      io.stderr.write(`corroborate: error: ${name}:${i + 1}: ${problem}\n`);
      continue;
    }
    io.stdout.write(JSON.stringify(answer(problem.value)) + '\n');
  }
  return bad > 0 ? 2 : 0;
}

/** The validated line, or a one-line description of what is wrong with it. */
function parseLine<S extends z.ZodType>(raw: string, schema: S): { value: z.infer<S> } | string {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { value: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue === undefined) return 'invalid line';
  return issue.path.length === 0 ? 'each line must be a JSON object' : issue.message;
}

async function readInput(io: CliIo, input: string, name: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    if (input === '-') bytes = await io.readStdin();
    else {
      const info = await io.stat(input);
      if (!info) throw new InputError(`${name}: file not found`);
      if (info.kind !== 'file') throw new InputError(`${name}: not a file`);
      bytes = await io.readFile(input);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${name}: cannot read: ${describeFsError(error)}`);
  }
  const decoded = decodeSourceBytes(name, bytes, { maxBytes: MAX_INPUT_BYTES });
  if (!decoded.ok) throw new InputError(`${name}: ${decoded.problem.message}`);
  return decoded.text;
}
