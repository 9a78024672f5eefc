/**
 * `corroborate.*` settings, parsed with zod at the boundary. An invalid value falls back to its default
 * and is reported once (per key and value), so a typo in settings.json never breaks checking.
 */
import * as vscode from 'vscode';
import { z } from 'zod';
import { VERDICTS, type Verdict } from '../engine/types';
import { CONFIG_SECTION } from './constants';

const verdictSchema = z.enum(VERDICTS);
const severitySchema = z.enum(['error', 'warning', 'information', 'hint']);
export type SeverityName = z.infer<typeof severitySchema>;

const DEFAULT_SEVERITY: Record<Verdict, SeverityName> = { contested: 'warning', unverified: 'information', supported: 'hint' };

/** Each key's schema carries its default; package.json `contributes.configuration` repeats the same defaults. */
export const settingsShape = {
  corpusFolders: z.array(z.string().min(1)).default([]),
  languages: z.array(z.string().min(1)).default(['markdown', 'plaintext']),
  minCheckworthiness: z.number().min(0).max(1).default(0.5),
  decorate: z.array(verdictSchema).default(['contested', 'supported', 'unverified']),
  diagnose: z.array(verdictSchema).default(['contested']),
  diagnosticSeverity: z
    .union([severitySchema, z.object({ contested: severitySchema, unverified: severitySchema, supported: severitySchema }).partial()])
    .default(DEFAULT_SEVERITY)
    .transform((v): Record<Verdict, SeverityName> =>
      typeof v === 'string' ? { contested: v, unverified: v, supported: v } : { ...DEFAULT_SEVERITY, ...v },
    ),
  maxEvidence: z.number().int().min(1).max(20).default(3),
  debounceMs: z.number().int().min(0).max(10_000).default(400),
  reviewer: z.string().default(''),
  /** Publisher named as the author of exported ClaimReview JSON-LD (empty: "Corroborate"). */
  organization: z.string().default(''),
} as const;

type Shape = typeof settingsShape;
export type Settings = { [K in keyof Shape]: z.output<Shape[K]> };
export type SettingKey = keyof Shape;

/** Which settings a change touched. */
export interface SettingsChange {
  affects(key: SettingKey): boolean;
}

/** Reads and validates settings; `onDidChange` fires after any `corroborate.*` change. */
export class SettingsService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SettingsChange>();
  readonly onDidChange = this.changed.event;
  private readonly reported = new Set<string>();
  /** Parsed settings per scope; read on every keystroke, so parsed once per configuration change. */
  private readonly cache = new Map<string, Settings>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(CONFIG_SECTION)) return;
        this.cache.clear();
        this.changed.fire({ affects: (key) => e.affectsConfiguration(`${CONFIG_SECTION}.${key}`) });
      }),
      // Which folder's settings apply to a document can change with the folders.
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.cache.clear()),
    ];
  }

  /** Settings as they apply to `scope` (a document or workspace folder), or the window's. */
  get(scope?: vscode.Uri): Settings {
    const cacheKey = scope?.toString() ?? '';
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(settingsShape) as SettingKey[]) result[key] = this.parseKey(config, key);
    this.cache.set(cacheKey, result as Settings);
    return result as Settings;
  }

  private parseKey(config: vscode.WorkspaceConfiguration, key: SettingKey): unknown {
    const schema = settingsShape[key];
    const raw = config.get(key);
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.reportInvalid(key, raw, parsed.error);
    return schema.parse(undefined);
  }

  private reportInvalid(key: SettingKey, raw: unknown, error: z.ZodError): void {
    const id = `${key}=${JSON.stringify(raw)}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    const message = `Setting "${CONFIG_SECTION}.${key}" is invalid (${z.prettifyError(error).replace(/\n/g, ' ')}); using the default instead.`;
    this.log.warn(message);
    void vscode.window.showWarningMessage(`Corroborate: ${message}`);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
  }
}
