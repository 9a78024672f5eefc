/**
 * Messages between the extension host and the engine worker. Both sides validate what they receive:
 * the worker is a separate program as far as the host is concerned, and a bug on one side must surface
 * as a clear error, not as a half-shaped object deep inside a view.
 */
import { z } from 'zod';
import { engineOptionsSchema, CLAIM_KINDS, STANCES, VERDICTS } from '../engine';

const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

const sourceMetaSchema = z.object({
  title: z.string(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  date: z.string().optional(),
  reliability: z.number().optional(),
});

const passageSchema = spanSchema.extend({ id: z.string(), sourceId: z.string(), text: z.string(), focus: spanSchema });

const sourceRefSchema = z.object({ id: z.string(), root: z.number().int().nonnegative(), meta: sourceMetaSchema });

const evidenceSchema = z.object({
  passage: passageSchema,
  source: sourceRefSchema,
  stance: z.enum(STANCES),
  confidence: z.number(),
  score: z.number(),
  reasons: z.array(z.string()),
  highlights: z.array(spanSchema),
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
});

export const claimSchema = spanSchema.extend({
  id: z.string(),
  text: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  checkworthiness: z.number(),
  kinds: z.array(z.enum(CLAIM_KINDS)),
  reasons: z.array(z.string()),
});

export const findingSchema = z.object({ claim: claimSchema, verdict: z.enum(VERDICTS), evidence: z.array(evidenceSchema), lowReliability: z.literal(true).optional() });

const uncheckedRunSchema = spanSchema.extend({ line: z.number().int().positive(), column: z.number().int().positive(), words: z.number().int().positive(), reason: z.string() });

export const searchHitSchema = z.object({ passage: passageSchema, source: sourceRefSchema, score: z.number() });
/** A passage found by a corpus search; the source is given without its full text. */
export type SearchHit = z.infer<typeof searchHitSchema>;

const corpusProblemSchema = z.object({ path: z.string(), message: z.string() });
export const corpusSummarySchema = z.object({
  sources: z.number().int().nonnegative(),
  passages: z.number().int().nonnegative(),
  problems: z.array(corpusProblemSchema),
  /** Files whose analysis was reused (unchanged since the last load, or read from the saved index). */
  reused: z.number().int().nonnegative().default(0),
  /** Why the saved index could not be used or saved; said once, then it is rebuilt. */
  notice: z.string().optional(),
});
/** What loading a corpus produced. */
export type CorpusSummary = z.infer<typeof corpusSummarySchema>;

const formatSchema = z.enum(['markdown', 'plaintext', 'html']);

/** The engine options a host can set per check (a subset of the engine's own options). */
export const checkOptionsSchema = engineOptionsSchema.pick({ minCheckworthiness: true, maxEvidence: true, reliability: true }).extend({
  /** The corpus roots (indices) this draft is checked against: its workspace folder's; absent means all. */
  roots: z.array(z.number().int().nonnegative()).optional(),
});
/** What a host passes; without reliability rules, every source is ranked by its own front matter. */
export type CheckOptions = Omit<z.infer<typeof checkOptionsSchema>, 'reliability'> & Partial<Pick<z.infer<typeof checkOptionsSchema>, 'reliability'>>;

/** The source a draft is itself (root index and id), left out of the corpus it is checked against. */
const excludeSchema = z.object({ root: z.number().int().nonnegative(), id: z.string() });
export type CheckRequestExclude = z.infer<typeof excludeSchema>;

const fileBase = { path: z.string(), root: z.number().int().nonnegative().optional() };
/**
 * A corpus file: its text, or (node hosts, local disks) where it is and its stamp, for the worker to reuse the
 * saved segment of an unchanged file without the text crossing over, or to read the file itself.
 */
const sourceFileSchema = z.union([
  z.object({ ...fileBase, text: z.string() }),
  z.object({ ...fileBase, fsPath: z.string().min(1), stamp: z.string().min(1) }),
]);
export type SourceFile = z.infer<typeof sourceFileSchema>;
/** A corpus file the worker finds on the local disk. */
export type LocalSourceFile = Extract<SourceFile, { fsPath: string }>;

export const requestSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.number().int(),
    kind: z.literal('setCorpus'),
    files: z.array(sourceFileSchema),
    roots: z.array(z.string()),
    /** A folder of the extension's own storage on a local disk where the worker keeps the index. */
    storageDir: z.string().optional(),
  }),
  z.object({ id: z.number().int(), kind: z.literal('check'), text: z.string(), format: formatSchema, options: checkOptionsSchema, exclude: excludeSchema.optional() }),
  z.object({ id: z.number().int(), kind: z.literal('search'), query: z.string(), limit: z.number().int().positive() }),
  /** Judges pairs of claims from two drafts: does the second state the first's fact differently? */
  z.object({ id: z.number().int(), kind: z.literal('judgePairs'), pairs: z.array(z.tuple([z.string(), z.string()])) }),
  /** The runs of a draft too long to be checked as one statement (no corpus needed). */
  z.object({ id: z.number().int(), kind: z.literal('unchecked'), text: z.string(), format: formatSchema }),
  // A draft's claims alone, found without the corpus: shown as being checked while the corpus loads.
  z.object({ id: z.number().int(), kind: z.literal('claims'), text: z.string(), format: formatSchema, options: checkOptionsSchema.pick({ minCheckworthiness: true }) }),
  /** Stops the check with id `target` at its next block of paragraphs; it then fails with {@link CANCELLED}. */
  z.object({ id: z.number().int(), kind: z.literal('cancel'), target: z.number().int() }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestKind = Request['kind'];

// The result travels as JSON text: parsing a string is several times cheaper for the receiving thread
// than structured-clone deserialisation of the same (large) object graph.
export const responseSchema = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), json: z.string() }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: z.string() }),
]);
export type Response = z.infer<typeof responseSchema>;

/** The error of a check stopped by a `cancel` request. */
export const CANCELLED = 'cancelled';

/** Sent by the worker while it indexes a corpus, before the request's response. */
export const progressSchema = z.object({ id: z.number().int(), progress: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }) });
export type ProgressMessage = z.infer<typeof progressSchema>;

/**
 * Sent by the worker while it checks a long draft: the findings of the blocks checked since its last report,
 * and the claims found but not judged yet, each as JSON text.
 */
export const partialSchema = z.object({ id: z.number().int(), partial: z.string(), pending: z.string() });
export type PartialMessage = z.infer<typeof partialSchema>;

/**
 * How each request kind's result is validated: a single object, or a list validated item by item (so a
 * host can spread the work of a long list over several turns of its event loop).
 */
export const resultSchemas = {
  setCorpus: { one: corpusSummarySchema },
  check: { each: findingSchema },
  search: { each: searchHitSchema },
  judgePairs: { each: z.object({ conflicts: z.boolean(), reasons: z.array(z.string()) }) },
  unchecked: { each: uncheckedRunSchema },
  claims: { each: claimSchema },
  cancel: { one: z.boolean() },
} as const satisfies Record<RequestKind, { one: z.ZodType } | { each: z.ZodType }>;
