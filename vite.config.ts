/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { hosting } from './scripts/hosting.ts';
import { prerender } from './scripts/prerender-plugin.ts';

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@data': fileURLToPath(new URL('./data', import.meta.url)),
};

/** When the catalogue was last checked, known at build time (the footer needs no catalogue). */
const { checkedOn } = JSON.parse(
  readFileSync(new URL('./data/catalogue.json', import.meta.url), 'utf8'),
) as { checkedOn: string };
const define = {
  __CATALOGUE_CHECKED_ON__: JSON.stringify(checkedOn),
  // The browser tests' second build, a stand-in for the next release (src/env.d.ts).
  __NEXT_RELEASE_DRILL__: JSON.stringify(process.env.CERTPATH_NEXT_RELEASE_DRILL === '1'),
};

/**
 * Offline: a generated service worker precaches the whole app (every route chunk, css, data).
 * A new build installs beside the old one and waits for the user's go-ahead ("A new version is
 * ready"): no page ever runs code from two builds (src/lib/app-updates.ts).
 */
const offline = VitePWA({
  strategies: 'generateSW',
  registerType: 'prompt',
  // Registered by src/lib/app-updates.ts once the page is up (the CSP allows no inline scripts).
  injectRegister: false,
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'Certpath — Azure AI Engineer career planner',
    short_name: 'Certpath',
    description:
      'Your certification roadmap, study plan and salary projection. Runs in your browser.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1f5fbf',
    background_color: '#f7f8fa',
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // Any in-app address opened offline gets the app shell; the router takes it from there.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

/**
 * The modules src/main.tsx imports statically, found once the module graph is complete. They
 * load together anyway (the app cannot start without all of them), so they ship as one chunk
 * instead of a dozen: each request costs a slow phone's main thread a few milliseconds on
 * arrival (README "Performance"). What the boot script shares with the app keeps a chunk of
 * its own: the boot script runs before the first paint and must not wait for the app.
 */
const appGraph = new Set<string>();
const bootShared = new Set<string>();
const findAppGraph: Plugin = {
  name: 'certpath:app-graph',
  apply: 'build',
  buildEnd() {
    const graph = (file: string) => {
      const seen = new Set<string>();
      const visit = (id: string) => {
        if (seen.has(id)) return;
        seen.add(id);
        for (const dep of this.getModuleInfo(id)?.importedIds ?? []) visit(dep);
      };
      const root = [...this.getModuleIds()].find((id) => id.endsWith(file));
      if (!root) this.error(`app-graph: ${file} is not in the build`);
      visit(root);
      return seen;
    };
    const boot = graph('/src/boot.ts');
    for (const id of graph('/src/main.tsx')) (boot.has(id) ? bootShared : appGraph).add(id);
    // src/main.tsx itself stays in its own chunk: it awaits the page's code at its top level,
    // so a page chunk that imported it would wait for itself.
    for (const id of appGraph) if (id.endsWith('/src/main.tsx')) appGraph.delete(id);
  },
};

export default defineConfig({
  plugins: [
    react(),
    findAppGraph,
    prerender({ entry: '/src/prerender.tsx', app: 'src/main.tsx', alias, define }),
    // The build's pages carry the Content-Security-Policy (no inline scripts) and the hosting
    // files say how to serve them. The dev server needs an inline script (React Fast Refresh's
    // preamble), so it serves pages without the policy.
    hosting(),
    offline,
  ],
  resolve: { alias },
  define,
  build: {
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    // No preload links for a chunk's imports: on a slow phone each inserted link costs the main
    // thread a few milliseconds, while the browser fetches a module's imports itself. The app
    // starts after the first paint (src/boot.ts), and the service worker serves later visits.
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // First, so the app's group cannot pull these in as its modules' dependencies.
            { name: 'boot-shared', test: (id) => bootShared.has(id), priority: 1 },
            { name: 'app', test: (id) => appGraph.has(id) },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    benchmark: { include: ['tests/**/*.bench.ts'] },
  },
});
