// Bundles the extension (vscode external), its engine worker, the engine they share, and the CLI; and the web
// extension (package.json `browser`) with its engine web worker, for browser workbenches.
// Flags: --production (minify, no source maps), --watch.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the format of the $esbuild-watch problem matcher. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: watch ? 'silent' : 'warning',
  plugins: watch ? [problemMatcher] : [],
};

/**
 * The extension and its worker share one engine bundle, dist/engine.js: the engine carries the compiled
 * WordNet table and the word vectors (about 5 MB), which the .vsix should hold once, not in both bundles.
 * Every import of the engine from the extension or a storage backend goes through its index ("../engine").
 */
const sharedEngine = {
  name: 'shared-engine',
  setup(build) {
    build.onResolve({ filter: /^(?:\.\.\/)+engine$/ }, (args) => (/[\\/]src[\\/](?:extension|backends)[\\/]/.test(args.importer) ? { path: './engine.js', external: true } : undefined));
  },
};

/**
 * The web extension and its web worker: browser bundles, no `node:` module (esbuild fails the build on
 * one), `path` from path-browserify. Each holds the engine code it uses: a web worker cannot share a
 * module with the extension host.
 */
const web = { ...common, platform: 'browser', target: 'es2022', alias: { 'node:path': 'path-browserify' } };

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', 'pg-native'], plugins: [...common.plugins, sharedEngine] },
  { ...common, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js', plugins: [...common.plugins, sharedEngine] },
  { ...common, entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.js' },
  { ...web, entryPoints: ['src/extension/extensionWeb.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  { ...web, entryPoints: ['src/extension/workerWeb.ts'], outfile: 'dist/web/worker.js', format: 'iife' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', external: ['pg-native'], banner: { js: '#!/usr/bin/env node' } },
];

async function main() {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
