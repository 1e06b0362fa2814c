/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
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
const buildDay = new Date();
const define = {
  __CATALOGUE_CHECKED_ON__: JSON.stringify(checkedOn),
  // "Today" in the HTML the build writes (src/store/use-today.ts); the local day, as the app's.
  __BUILD_DAY__: JSON.stringify(
    [buildDay.getFullYear(), buildDay.getMonth() + 1, buildDay.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-'),
  ),
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

export default defineConfig({
  plugins: [
    react(),
    prerender({ entry: '/src/prerender.tsx' }),
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
    // The browser is told of every module a page needs up front (modulepreload links, in the
    // HTML for the entry's imports and the page's code, and before each lazy import), so code
    // arrives in parallel instead of one import at a time. Every supported browser has it.
    modulePreload: { polyfill: false },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    globals: true,
    // Every core: vitest's default leaves one free, which on a 2-core machine halves the speed.
    maxWorkers: availableParallelism(),
    setupFiles: ['./tests/setup.ts'],
    benchmark: { include: ['tests/**/*.bench.ts'] },
    // Two environments: the engine, data, hosting rules and what renders to a string run in
    // plain Node (no jsdom to create); components, the store (localStorage) and pages in jsdom.
    // A `.test.ts` file needs no DOM unless it is under tests/store; `.test.tsx` files render.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          isolate: false,
          include: ['tests/**/*.test.ts', 'tests/app/prerender.test.tsx'],
          exclude: ['tests/e2e/**', 'tests/store/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx', 'tests/store/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/app/prerender.test.tsx'],
        },
      },
    ],
  },
});
