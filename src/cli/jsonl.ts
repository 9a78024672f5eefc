/**
 * `corroborate stance` and `corroborate claims`: JSON Lines in, JSON Lines out, for pipelines and
 * evaluation. Every line is validated with zod; a bad line is reported by number and skipped.
 */
import { z } from 'zod';
import { decodeSourceBytes, firstInvalidUtf8, judgeStance, scoreSentence } from '../engine';
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
  const lines = await readInput(io, values.input, name);

  let bad = 0;
  for (const [i, raw] of lines.entries()) {
    if (typeof raw !== 'string') {
      bad++;
      io.stderr.write(`corroborate: error: ${name}:${i + 1}: ${raw.problem}\n`);
      continue;
    }
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
export function parseLine<S extends z.ZodType>(raw: string, schema: S): { value: z.infer<S> } | string {
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

/** The input's lines: each decoded on its own, so one bad byte costs only the line it is on. */
export async function readInput(io: CliIo, input: string, name: string): Promise<(string | { problem: string })[]> {
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
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`${name}: input is larger than ${MAX_INPUT_BYTES / 1024 ** 3} GB`);
  if (isUtf16(bytes)) {
    // A byte-order mark says the whole file is UTF-16; it is decoded (or refused) as a whole.
    const decoded = decodeSourceBytes(name, bytes, { maxBytes: MAX_INPUT_BYTES });
    if (!decoded.ok) throw new InputError(`${name}: ${decoded.problem.message}`);
    return decoded.text.split(/\r?\n/);
  }
  if (controlShare(bytes) > MAX_CONTROL_SHARE) throw new InputError(`${name}: file looks binary (control bytes throughout), not JSON Lines`);
  return splitLines(bytes).map((line, i) => decodeLine(i === 0 ? withoutBom(line) : line));
}

/** Above this share of control bytes the input is not text at all, and is refused as a whole. */
const MAX_CONTROL_SHARE = 0.02;

function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Share of bytes below 32 other than tab, LF, CR and FF. */
function controlShare(bytes: Uint8Array): number {
  let control = 0;
  for (const b of bytes) if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  return bytes.length > 0 ? control / bytes.length : 0;
}

/** The bytes of each line, without its LF or CRLF. */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const end = i > start && bytes[i - 1] === 0x0d ? i - 1 : i;
    lines.push(bytes.subarray(start, end));
    start = i + 1;
  }
  return lines;
}

function withoutBom(line: Uint8Array): Uint8Array {
  return line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf ? line.subarray(3) : line;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeLine(line: Uint8Array): string | { problem: string } {
  const nul = line.indexOf(0);
  if (nul >= 0) return { problem: `a NUL byte at column ${nul + 1} (binary data?); line skipped` };
  try {
    return utf8.decode(line);
  } catch {
    return { problem: `not valid UTF-8 (a bad byte at column ${firstInvalidUtf8(line) + 1}); line skipped` };
  }
}
