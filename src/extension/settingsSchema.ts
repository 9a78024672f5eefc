/**
 * The schema of the `corroborate.*` settings: the single source of their types and defaults (the engine
 * options among them come from the engine's own schema). Pure, so a unit test can hold package.json's
 * `contributes.configuration` to the same defaults.
 */
import { z } from 'zod';
import { engineOptionsSchema, tierSchema, VERDICTS, type Verdict } from '../engine';

const verdictSchema = z.enum(VERDICTS);
const severitySchema = z.enum(['error', 'warning', 'information', 'hint']);
export type SeverityName = z.infer<typeof severitySchema>;

const DEFAULT_SEVERITY: Record<Verdict, SeverityName> = { contested: 'warning', unverified: 'information', supported: 'hint' };

/** Each key's schema carries its default; package.json `contributes.configuration` repeats the same defaults. */
export const settingsShape = {
  corpusFolders: z.array(z.string().min(1)).default([]),
  languages: z.array(z.string().min(1)).default(['markdown', 'plaintext', 'html']),
  minCheckworthiness: engineOptionsSchema.shape.minCheckworthiness,
  decorate: z.array(verdictSchema).default(['contested', 'supported', 'unverified']),
  diagnose: z.array(verdictSchema).default(['contested']),
  diagnosticSeverity: z
    .union([severitySchema, z.object({ contested: severitySchema, unverified: severitySchema, supported: severitySchema }).partial()])
    .default(DEFAULT_SEVERITY)
    .transform((v): Record<Verdict, SeverityName> =>
      typeof v === 'string' ? { contested: v, unverified: v, supported: v } : { ...DEFAULT_SEVERITY, ...v },
    ),
  maxEvidence: engineOptionsSchema.shape.maxEvidence,
  /** Folder, file pattern or `outlet:<name>` → reliability tier (1 high, 2 standard, 3 low); first match wins. */
  sourceReliability: z.record(z.string().min(1), tierSchema).default({}),
  /** Severity of a contested claim whose conflicting sources are all low-reliability (tier 3). */
  lowReliabilitySeverity: severitySchema.default('information'),
  debounceMs: z.number().int().min(0).max(10_000).default(400),
  checkTimeLimitMs: z.number().int().min(100).max(600_000).default(30_000),
  reviewer: z.string().default(''),
  /** Publisher named as the author of exported ClaimReview JSON-LD (empty: "Corroborate"). */
  organization: z.string().default(''),
  /**
   * PostgreSQL archive to check against instead of the corpus folders: a postgres:// URL without a password
   * (the password lives in SecretStorage; "Connect to Archive Database" stores it). Empty: no archive.
   */
  database: z
    .string()
    .trim()
    .default('')
    .refine((s) => s === '' || (URL.canParse(s) && /^postgres(?:ql)?:$/.test(new URL(s).protocol)), { error: 'must be empty or a postgres:// URL' })
    .refine((s) => s === '' || !URL.canParse(s) || new URL(s).password === '', {
      error: 'must not contain a password; run "Corroborate: Connect to Archive Database" to keep it in the secret store',
    }),
} as const;

type Shape = typeof settingsShape;
export type Settings = { [K in keyof Shape]: z.output<Shape[K]> };
export type SettingKey = keyof Shape;
