import react from '@vitejs/plugin-react';
import {
  createServer,
  type AliasOptions,
  type Plugin,
  type ResolvedConfig,
  type Rollup,
} from 'vite';

/** What src/prerender.tsx exports (loaded through Vite, so aliases, JSON and TSX just work). */
interface PrerenderEntry {
  prerenderPaths(): { path: string; module: string }[];
  checkData(): string | null;
  renderPage(path: string): Promise<{ html: string; title: string }>;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A chunk's file and every chunk it statically imports, with the CSS they bring, imports' CSS
 * first (Vite's order: a page's own rules come after, and win, those of what it imports).
 */
function chunkClosure(bundle: Rollup.OutputBundle, start: Rollup.OutputChunk) {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk) => {
    if (js.has(chunk.fileName)) return;
    js.add(chunk.fileName);
    for (const file of chunk.imports) {
      const next = bundle[file];
      if (next?.type === 'chunk') visit(next);
    }
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
  };
  visit(start);
  return { js, css };
}

/**
 * Writes the HTML of every page at build time (index.html for "/", plan.html for "/plan",
 * certs/AI-102.html …), so a visitor sees the page before the JavaScript has arrived. Each
 * page links the CSS it paints with and names the code its page needs, which src/boot.ts
 * fetches beside the app once the page is painted. The app then renders over it (src/main.tsx).
 * Also fails the build when data/ does not pass parseCatalog: the app trusts its catalogue.
 */
export function prerender(options: {
  entry: string;
  app: string;
  alias: AliasOptions;
  define: Record<string, string>;
}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'certpath:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
      // The router, links and the page code named in the HTML assume the site lives at the root.
      if (config.command === 'build' && config.base !== '/')
        throw new Error(`prerender: base must be "/" (is "${config.base}")`);
    },
    generateBundle: {
      order: 'post',
      async handler(_output, bundle) {
        const template = bundle['index.html'];
        if (template?.type !== 'asset' || typeof template.source !== 'string')
          this.error('prerender: index.html is missing from the bundle');
        const templateHtml = template.source as string;
        const server = await createServer({
          configFile: false,
          root: config.root,
          logLevel: 'error',
          resolve: { alias: options.alias },
          define: options.define,
          plugins: [react()],
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          appType: 'custom',
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const entry = (await server.ssrLoadModule(options.entry)) as PrerenderEntry;
          const problem = entry.checkData();
          if (problem) this.error(`data/ does not pass its checks:\n${problem}`);

          const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
          const chunkOf = (module: string) => {
            const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
            if (!chunk) this.error(`prerender: no chunk for ${module}`);
            return chunk;
          };
          const href = (file: string) => `${config.base}${file}`;
          const inTemplate = (file: string) => templateHtml.includes(`"${href(file)}"`);
          // The app itself (src/main.tsx) loads after the first paint (src/boot.ts), but its CSS
          // styles the prerendered HTML, so it is linked like the entry's.
          const app = chunkClosure(bundle, chunkOf(options.app));
          const stylesheets = (files: Iterable<string>) =>
            [...files]
              .filter((file) => !inTemplate(file))
              .map((file) => `\n    <link rel="stylesheet" crossorigin href="${href(file)}">`)
              .join('');

          for (const { path, module } of entry.prerenderPaths()) {
            const { html, title } = await entry.renderPage(path);
            if (/<script|<template/.test(html))
              this.error(
                `prerender: ${path} has inline scripts (a part suspended); the CSP blocks them`,
              );
            const chunk = chunkOf(module);
            const own = chunkClosure(bundle, chunk);
            // Linked, not loaded by the app: a stylesheet added later restyles the whole page,
            // and a skeleton's few bytes of CSS cost its first paint next to nothing.
            let hints = stylesheets([...app.css, ...[...own.css].filter((f) => !app.css.has(f))]);
            // The page's own code: named here, imported by src/boot.ts beside the app once the
            // page is painted (the browser fetches what it imports; no preload links).
            hints += `\n    <meta name="certpath:page" content="${href(chunk.fileName)}">`;
            // Replacer functions: page text may hold `$&` or `$$`, which string replacements expand.
            const page = templateHtml
              .replace(
                /<title>[^<]*<\/title>/,
                () => `<title>${escapeHtml(title)} · Certpath</title>`,
              )
              .replace('</head>', () => `${hints}\n  </head>`)
              .replace('<div id="root"></div>', () => `<div id="root">${html}</div>`);
            if (!page.includes(html)) this.error('prerender: index.html has no empty #root');
            if (path === '/') template.source = page;
            else this.emitFile({ type: 'asset', fileName: `${path.slice(1)}.html`, source: page });
          }
        } finally {
          await server.close();
        }
      },
    },
  };
}
