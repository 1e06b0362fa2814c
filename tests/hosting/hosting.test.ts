import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, rulesFor } from '../../scripts/headers-file.mjs';
import {
  CSP_DIRECTIVES,
  IMMUTABLE,
  REVALIDATE,
  SECURITY_HEADERS,
  headersFile,
  pageFile,
  staticWebAppConfig,
} from '../../scripts/hosting.ts';

// The shape of a real build: the landing page, five pages, 40 certification pages, the 404 page.
const pages = [
  '/',
  '/plan',
  '/roadmap',
  '/salary',
  '/compare',
  '/certs',
  ...Array.from({ length: 40 }, (_, i) => `/certs/XX-${100 + i}`),
  '/404',
].map(pageFile);

describe('Azure Static Web Apps config', () => {
  const config = staticWebAppConfig(pages);
  const routes = config.routes as { route: string; rewrite?: string; headers?: object }[];

  it('serves each page’s own HTML at its address', () => {
    for (const page of pages.filter((p) => p.path !== '/' && p.path !== '/404'))
      expect(routes).toContainEqual({ route: page.path, rewrite: page.file });
    expect(config.responseOverrides['404']).toEqual({ rewrite: '/404.html' });
  });

  it('caches hashed files for good and everything else never without asking', () => {
    expect(routes[0]).toEqual({ route: '/assets/*', headers: { 'Cache-Control': IMMUTABLE } });
    expect(config.globalHeaders['Cache-Control']).toBe(REVALIDATE);
  });

  it('sends the policy, frame-ancestors included, as a header', () => {
    expect(config.globalHeaders['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('stays under the service’s 20 KB limit for the file', () => {
    expect(JSON.stringify(config, null, 2).length).toBeLessThan(20 * 1024);
  });
});

describe('_headers', () => {
  const rules = parseHeaders(headersFile(pages));

  it.each([
    ['/', REVALIDATE],
    ['/index.html', REVALIDATE],
    ['/plan', REVALIDATE],
    ['/certs/XX-120', REVALIDATE],
    ['/certs/XX-120.html', REVALIDATE],
    ['/404.html', REVALIDATE],
    ['/sw.js', REVALIDATE],
    ['/manifest.webmanifest', REVALIDATE],
    ['/assets/app-abc123.js', IMMUTABLE],
    ['/workbox-2fbc6a65.js', IMMUTABLE],
  ])('%s is cached as %s, with the security headers', (path, cache) => {
    expect(headersFor(rules, path)).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': cache });
  });

  it('never has two rules set the same header for one path (hosts would join the values)', () => {
    for (const path of ['/', '/plan', '/assets/x.js', '/sw.js', '/certs/XX-100']) {
      const names = rulesFor(rules, path).flatMap((r) => Object.keys(r.headers));
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('a page’s meta policy is the header’s, less what a meta tag cannot carry', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(
      `${CSP_DIRECTIVES.join('; ')}; frame-ancestors 'none'`,
    );
  });
});
