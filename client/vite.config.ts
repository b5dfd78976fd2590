// Vite build of the Explorer (index.html) and the bundled GraphiQL page (graphiql.html) into client/dist.
// Written as CommonJS because the repository's package.json has no "type": "module".
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS config, see above
const { resolve } = require('node:path') as typeof import('node:path');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS config, see above
const { defineConfig } = require('vite') as typeof import('vite');

const root = __dirname;

module.exports = defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The CSP forbids inline scripts: never inline assets as data: modules, keep everything as files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      // React libraries' "use client" directives mean nothing in a static bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      checks: { pluginTimings: false },
      input: {
        main: resolve(root, 'index.html'),
        graphiql: resolve(root, 'graphiql.html'),
      },
    },
  },
});
