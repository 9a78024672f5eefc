/** Engine options, validated with zod so that settings files and CLI flags fail with a clear message. */
import { z } from 'zod';
import { reliabilityOptionsSchema } from './verdict/reliability';

/** Schema of {@link EngineOptions}; every field has a default. */
export const engineOptionsSchema = z.object({
  /** Sentences scoring below this check-worthiness (0-1) are not claims. Default 0.5. */
  minCheckworthiness: z.number().min(0).max(1).default(0.5),
  /** Evidence passages kept per claim, after sorting conflicts first. Default 3. */
  maxEvidence: z.number().int().min(1).max(50).default(3),
  /** Passages retrieved per claim before stance is judged. Default 12. */
  candidates: z.number().int().min(1).max(200).default(12),
  /** Reliability rules and corpus root names (see verdict/reliability.ts). Default: no rules. */
  reliability: reliabilityOptionsSchema.default({ rules: [], roots: [] }),
});

/** Options of the checking pipeline. */
export type EngineOptions = z.infer<typeof engineOptionsSchema>;

/** Validates options, filling defaults; throws a zod error naming the bad field. */
export function parseEngineOptions(input: unknown): EngineOptions {
  return engineOptionsSchema.parse(input ?? {});
}

/** Merges partial options over the defaults (for callers that already hold typed values). */
export function withDefaults(options: Partial<EngineOptions> = {}): EngineOptions {
  return parseEngineOptions(Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)));
}
