import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COLORS, COMMANDS, CONTESTED_VIEW_ID, PENDING_COLOR, VIEW_CONTAINER_ID } from '../../src/extension/constants';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes ?? {};

interface ContributedCommand {
  command: string;
  title?: string;
  category?: string;
}

describe('package.json is code', () => {
  it('contributes exactly the commands the code defines, each with a title and category', () => {
    const contributed: ContributedCommand[] = contributes.commands ?? [];
    const ids = contributed.map((c) => c.command).sort();
    assert.deepStrictEqual(ids, [...new Set(Object.values(COMMANDS))].sort());
    for (const c of contributed) {
      assert.ok(c.title, `${c.command} has a title`);
      assert.strictEqual(c.category, 'Corroborate', `${c.command} is in the Corroborate category`);
    }
  });

  it('menus and keybindings only name contributed commands', () => {
    const known = new Set<string>(Object.values(COMMANDS));
    const named: string[] = [];
    for (const entries of Object.values<{ command?: string; submenu?: string }[]>(contributes.menus ?? {})) {
      for (const e of entries) if (e.command) named.push(e.command);
    }
    for (const k of contributes.keybindings ?? []) named.push(k.command);
    assert.deepStrictEqual(named.filter((id) => !known.has(id)), []);
  });

  it('every setting has a type, a default and a description', () => {
    const properties: Record<string, Record<string, unknown>> = contributes.configuration?.properties ?? {};
    assert.ok(Object.keys(properties).length > 0, 'settings are contributed');
    for (const [key, prop] of Object.entries(properties)) {
      assert.ok(key.startsWith('corroborate.'), `${key} is in the corroborate section`);
      assert.ok('default' in prop, `${key} has a default`);
      assert.ok(prop.description || prop.markdownDescription, `${key} has a description`);
      assert.ok(prop.type, `${key} has a type`);
    }
  });

  it('the view container and the contested view match the code', () => {
    const containers: { id: string; icon: string }[] = contributes.viewsContainers?.activitybar ?? [];
    const container = containers.find((c) => c.id === VIEW_CONTAINER_ID);
    assert.ok(container, `activity-bar container ${VIEW_CONTAINER_ID}`);
    assert.ok(fs.existsSync(path.join(root, container.icon)), `container icon ${container.icon} exists`);
    const views: { id: string }[] = contributes.views?.[VIEW_CONTAINER_ID] ?? [];
    assert.ok(views.some((v) => v.id === CONTESTED_VIEW_ID), `view ${CONTESTED_VIEW_ID}`);
  });

  it('every theme colour the code uses is contributed with light, dark and high-contrast defaults', () => {
    const colors = new Map<string, { defaults: Record<string, string> }>((contributes.colors ?? []).map((c: { id: string }) => [c.id, c]));
    const used = [...Object.values(COLORS).flatMap((c) => Object.values(c)), PENDING_COLOR].filter((id): id is string => typeof id === 'string');
    for (const id of used) {
      const c = colors.get(id);
      assert.ok(c, `colour ${id} is contributed`);
      for (const theme of ['light', 'dark', 'highContrast']) assert.ok(c.defaults[theme], `${id} has a ${theme} default`);
    }
  });

  it('walkthrough steps link only to contributed commands and their media exist', () => {
    const known = new Set<string>([...Object.values(COMMANDS), `workbench.view.extension.${VIEW_CONTAINER_ID}`]);
    const steps: { id: string; description: string; media: { markdown?: string; image?: string } }[] =
      (contributes.walkthroughs ?? []).flatMap((w: { steps: unknown[] }) => w.steps);
    assert.ok(steps.length > 0, 'a walkthrough is contributed');
    for (const step of steps) {
      for (const m of step.description.matchAll(/\(command:([\w.]+)/g)) assert.ok(known.has(m[1]), `${step.id} links ${m[1]}`);
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && fs.existsSync(path.join(root, media)), `${step.id} media ${media} exists`);
    }
  });

  it('is a lazy extension whose entry points are the esbuild outputs', () => {
    assert.strictEqual(manifest.name, 'corroborate');
    assert.ok(manifest.publisher && manifest.displayName && manifest.icon && manifest.categories?.length);
    assert.ok(fs.existsSync(path.join(root, manifest.icon)), 'icon exists');
    assert.strictEqual(manifest.main, './dist/extension.js');
    assert.strictEqual(manifest.browser, './dist/web/extension.js', 'a web extension entry (vscode.dev, github.dev)');
    assert.strictEqual(manifest.bin?.corroborate, './dist/cli.js');
    const events: string[] = manifest.activationEvents ?? [];
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), 'no eager activation');
    const typesVersion = manifest.devDependencies['@types/vscode'].replace(/^[\^~]/, '');
    assert.strictEqual(manifest.engines.vscode, `^${typesVersion}`, '@types/vscode matches engines.vscode');
    assert.ok(manifest.capabilities?.untrustedWorkspaces?.supported === true, 'untrusted workspaces supported');
  });
});

describe('README tables match package.json', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  /** The body rows of the Markdown table whose header row starts with `| <first> |`, as cells. */
  function table(first: string): string[][] {
    const lines = readme.split('\n');
    const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
    assert.ok(start >= 0, `README.md has a table headed "${first}"`);
    const rows: string[][] = [];
    for (const line of lines.slice(start + 2)) {
      if (!line.startsWith('|')) break;
      rows.push(line.slice(1, line.lastIndexOf('|')).split(' | ').map((c) => c.trim()));
    }
    return rows;
  }
  const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

  it('the command table lists every contributed command with its title', () => {
    const rows = table('Command').map(([title, id]) => [unquote(id), title]);
    const contributed = (contributes.commands as ContributedCommand[]).map((c) => [c.command, c.title]);
    assert.deepStrictEqual(rows.sort(), contributed.sort());
  });

  it('the settings table lists every setting with its default and description', () => {
    const properties: Record<string, { default: unknown; description?: string; markdownDescription?: string }> = contributes.configuration.properties;
    const rows = table('Setting');
    assert.deepStrictEqual(rows.map(([key]) => unquote(key)).sort(), Object.keys(properties).sort());
    for (const [key, value, meaning] of rows) {
      const prop = properties[unquote(key)];
      assert.deepStrictEqual(JSON.parse(unquote(value)), prop.default, `${key}'s default`);
      assert.strictEqual(meaning, prop.markdownDescription ?? prop.description, `${key}'s meaning`);
    }
  });
});
