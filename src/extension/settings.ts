/**
 * `corroborate.*` settings, parsed with zod at the boundary. An invalid value falls back to its default
 * and is reported once (per key and value), so a typo in settings.json never breaks checking.
 */
import * as vscode from 'vscode';
import { z } from 'zod';
import { CONFIG_SECTION } from './constants';
import { settingsShape, type SettingKey, type Settings } from './settingsSchema';

export type { SettingKey, Settings, SeverityName } from './settingsSchema';

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
      // A document's language decides which overrides apply.
      vscode.workspace.onDidOpenTextDocument(() => this.cache.clear()),
    ];
  }

  /**
   * Settings as they apply to `scope` (a document or workspace folder), or the window's. A document's
   * language (its open editor's, else its file extension's) picks up `"[html]": { ... }` overrides of the
   * language-overridable settings.
   */
  get(scope?: vscode.Uri, languageId: string | undefined = scope && languageOf(scope)): Settings {
    const cacheKey = `${scope?.toString() ?? ''}\u0000${languageId ?? ''}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope && languageId ? { uri: scope, languageId } : scope);
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

/** Language ids of draft files by extension, for drafts that are not open (Check Workspace). */
const LANGUAGE_BY_EXTENSION: Record<string, string> = { md: 'markdown', markdown: 'markdown', txt: 'plaintext', html: 'html', htm: 'html' };

/** The language of a document: its open editor's, else its file extension's; undefined for a folder or unknown file. */
function languageOf(uri: vscode.Uri): string | undefined {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.languageId;
  const extension = /\.([^./]+)$/.exec(uri.path)?.[1]?.toLowerCase();
  return extension ? LANGUAGE_BY_EXTENSION[extension] : undefined;
}
