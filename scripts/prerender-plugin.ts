import {
  createServer,
  isRunnableDevEnvironment,
  type Plugin,
  type ResolvedConfig,
  type Rollup,
} from 'vite';

/** What src/prerender.tsx exports (loaded through Vite with this project's own config). */
interface PrerenderEntry {
  prerenderPaths(): { path: string; module: string; preload: string[]; title: string }[];
  checkData(): string | null;
  renderPage(path: string): Promise<string>;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A chunk's file and every chunk it statically imports (its code, to preload), and the CSS of
 * those and of what they import lazily (to link: a stylesheet that arrived later, with a lazy
 * part, would restyle the page), imports' CSS first (Vite's order: a page's own rules come
 * after, and win, those of what it imports).
 */
function chunkClosure(
  bundle: Rollup.OutputBundle,
  start: Rollup.OutputChunk,
  /** Chunks the page has anyway (the app's entry and its imports): not followed. */
  given: (file: string) => boolean,
) {
  const js = new Set<string>();
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk, lazy: boolean) => {
    if (seen.has(chunk.fileName) || given(chunk.fileName)) return;
    seen.add(chunk.fileName);
    if (!lazy) js.add(chunk.fileName);
    for (const file of chunk.imports) {
      const next = bundle[file];
      if (next?.type === 'chunk') visit(next, lazy);
    }
    for (const file of chunk.dynamicImports) {
      const next = bundle[file];
      if (next?.type === 'chunk') visit(next, true);
    }
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
  };
  visit(start, false);
  return { js, css };
}

/**
 * Loads the prerender entry in Node through Vite's module runner, with this project's own
 * config file (aliases, defines, JSON, React): the same modules the browser gets.
 */
async function withEntry<T>(
  config: ResolvedConfig,
  entryPath: string,
  render: (entry: PrerenderEntry) => Promise<T>,
): Promise<T> {
  const server = await createServer({
    configFile: config.configFile,
    mode: config.mode,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const ssr = server.environments.ssr;
    if (!isRunnableDevEnvironment(ssr)) throw new Error('prerender: no runnable SSR environment');
    return await render((await ssr.runner.import(entryPath)) as PrerenderEntry);
  } finally {
    await server.close();
  }
}

/**
 * Writes the HTML of every page at build time (index.html for "/", plan.html for "/plan",
 * certs/AI-102.html …, 404.html), so a visitor sees the page before the JavaScript has arrived
 * and React hydrates it (src/main.tsx). Each page links the CSS it paints with and preloads
 * its page's code (`modulepreload`, beside the app's own, which Vite links), so the browser
 * fetches it all at once. Also fails the build when data/ does not pass parseCatalog: the app
 * trusts its catalogue.
 */
export function prerender(options: { entry: string }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'certpath:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
      // The router, links and the page code named in the HTML assume the site lives at the root.
      if (config.base !== '/') throw new Error(`prerender: base must be "/" (is "${config.base}")`);
    },
    generateBundle: {
      order: 'post',
      async handler(_output, bundle) {
        const template = bundle['index.html'];
        if (template?.type !== 'asset' || typeof template.source !== 'string')
          this.error('prerender: index.html is missing from the bundle');
        const templateHtml = template.source as string;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const chunkOf = (module: string) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
          if (!chunk) this.error(`prerender: no chunk for ${module}`);
          return chunk;
        };
        const href = (file: string) => `${config.base}${file}`;
        const inTemplate = (file: string) => templateHtml.includes(`"${href(file)}"`);

        const pages = await withEntry(config, options.entry, async (entry) => {
          const problem = entry.checkData();
          if (problem) this.error(`data/ does not pass its checks:\n${problem}`);
          const written = [];
          for (const page of entry.prerenderPaths())
            written.push({ ...page, html: await entry.renderPage(page.path) });
          return written;
        });

        for (const { path, module, preload, title, html } of pages) {
          if (/<script|<template/.test(html))
            this.error(
              `prerender: ${path} has inline scripts (a part suspended); the CSP blocks them`,
            );
          const own = { js: new Set<string>(), css: new Set<string>() };
          for (const part of [module, ...preload]) {
            const closure = chunkClosure(bundle, chunkOf(part), inTemplate);
            for (const file of closure.js) own.js.add(file);
            for (const file of closure.css) own.css.add(file);
          }
          // Linked, not loaded by the app: a stylesheet added later restyles the whole page.
          const hints = [
            ...[...own.css]
              .filter((file) => !inTemplate(file))
              .map((file) => `<link rel="stylesheet" crossorigin href="${href(file)}">`),
            ...[...own.js]
              .filter((file) => !inTemplate(file))
              .map((file) => `<link rel="modulepreload" crossorigin href="${href(file)}">`),
          ]
            // The address this HTML is for: served for another (404.html for any unknown one),
            // it is rendered over rather than hydrated (src/main.tsx).
            .concat(`<meta name="certpath:path" content="${escapeHtml(path)}">`)
            .map((tag) => `\n    ${tag}`)
            .join('');
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
      },
    },
  };
}
