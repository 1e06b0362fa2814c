import { createHash } from 'node:crypto';
import type { Plugin, Rollup } from 'vite';

/**
 * How a host must serve the build, in one place: the security headers, what may be cached and
 * for how long, and which file answers each address. The build writes it out for Azure Static
 * Web Apps (dist/staticwebapp.config.json) and for hosts that read a `_headers` file (Netlify,
 * Cloudflare Pages, and the browser tests' server, scripts/serve-dist.mjs). docs/hosting.md
 * says why each rule is there.
 */

/** The Content-Security-Policy, without frame-ancestors (a meta tag cannot carry it). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/** Sent with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; '),
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files named by their content's hash: a new build has new names, so they never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else (the HTML, sw.js, the manifest, icons): asked again each time (a 304 when
 * unchanged), so a release reaches the next visit and the service worker finds its update.
 */
export const REVALIDATE = 'no-cache';

/** Path patterns (a trailing `*` matches the rest) whose files are hashed. */
export const IMMUTABLE_PATHS = ['/assets/*', '/workbox-*'];

/** An address with a page of its own, and the file that holds its HTML. */
export interface PageFile {
  path: string;
  file: string;
}

export const pageFile = (path: string): PageFile => ({
  path,
  file: path === '/' ? '/index.html' : `${path}.html`,
});

/** The address that gets the not-found page (its file is served with status 404). */
export const NOT_FOUND_PATH = '/404';

/** Azure Static Web Apps: staticwebapp.config.json (first matching route wins). */
export function staticWebAppConfig(pages: PageFile[]) {
  const routes: Record<string, unknown>[] = [
    ...IMMUTABLE_PATHS.map((route) => ({ route, headers: { 'Cache-Control': IMMUTABLE } })),
    ...pages
      .filter((p) => p.path !== '/' && p.path !== NOT_FOUND_PATH)
      .map((p) => ({ route: p.path, rewrite: p.file })),
  ];
  return {
    routes,
    responseOverrides: { '404': { rewrite: pageFile(NOT_FOUND_PATH).file } },
    globalHeaders: { ...SECURITY_HEADERS, 'Cache-Control': REVALIDATE } as Record<string, string>,
    mimeTypes: { '.webmanifest': 'application/manifest+json' },
  };
}

/**
 * A `_headers` file. Hosts that read one apply every rule a path matches, so no two rules set
 * the same header: security headers for all, and one cache rule per kind of file.
 */
export function headersFile(pages: PageFile[]): string {
  const rule = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const revalidated = [
    ...pages.flatMap((p) => {
      if (p.path === NOT_FOUND_PATH) return [p.file]; // served for unknown addresses
      return [p.path, p.file];
    }),
    '/sw.js',
    '/manifest.webmanifest',
  ];
  return [
    '# Written by the build (scripts/hosting.ts); see docs/hosting.md.',
    rule('/*', SECURITY_HEADERS),
    ...IMMUTABLE_PATHS.map((p) => rule(p, { 'Cache-Control': IMMUTABLE })),
    ...revalidated.map((p) => rule(p, { 'Cache-Control': REVALIDATE })),
    '',
  ].join('\n\n');
}

/**
 * Writes the hosting files, puts the policy in each page as a meta tag too (for a host that
 * sends no headers), and marks each page with the build's id (a hash of its hashed file
 * names): the id tells one release from another, in the browser tests and in a bug report.
 */
export function hosting(): Plugin {
  return {
    name: 'certpath:hosting',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          () =>
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP_DIRECTIVES.join('; ')}" />`,
        ),
    },
    generateBundle: {
      order: 'post',
      handler(_output, bundle: Rollup.OutputBundle) {
        const hashed = Object.keys(bundle)
          .filter((f) => f.startsWith('assets/'))
          .sort();
        const id = createHash('sha256').update(hashed.join('\n')).digest('hex').slice(0, 12);
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          file.source = String(file.source).replace(
            '</head>',
            () => `  <meta name="certpath:build" content="${id}">\n  </head>`,
          );
        }
        // Every page the build wrote (scripts/prerender-plugin.ts runs first).
        const pages = Object.keys(bundle)
          .filter((f) => f.endsWith('.html'))
          .sort()
          .map((f) => (f === 'index.html' ? pageFile('/') : pageFile(`/${f.slice(0, -5)}`)));
        this.emitFile({
          type: 'asset',
          fileName: 'staticwebapp.config.json',
          source: `${JSON.stringify(staticWebAppConfig(pages), null, 2)}\n`,
        });
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(pages) });
      },
    },
  };
}
