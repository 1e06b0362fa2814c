// Bundle budget: fails when the first screen's JavaScript (src/main.tsx, its static imports and
// the landing page; gzip) or any route's code beyond it exceeds its limit, or when a heavy
// library leaks into the first screen. Reads the Vite manifest of `npm run build` and the route
// manifest, src/routes/routes.json.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/**
 * The first screen: the app's entry and its static imports, and the landing page's code, which
 * its HTML preloads beside them (gzip). Set from measurement on 2026-11-27 with headroom. Code
 * that only some visits need (opening a share link, reading saved data) loads when asked.
 */
const FIRST_SCREEN_LIMIT = 95 * KB;
/**
 * Each route's limit (gzip: its chunks and lazy parts beyond the first screen, including code
 * that loads only on use, like zod for imported files and share links) is in the route
 * manifest, src/routes/routes.json. React Flow (~70 KB) is /roadmap's; recharts (~120 KB) the
 * chart routes', loaded when the chart nears the screen.
 */
const { routes } = JSON.parse(readFileSync('src/routes/routes.json', 'utf8'));
const HOME = routes.find((r) => r.path === '/').module;
/** Markers that only appear in the heavy libraries' code. */
const HEAVY = { '@xyflow/react': 'react-flow__', recharts: 'recharts-wrapper' };

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`)).length;

/**
 * The chunk of a manifest key plus everything it imports statically (and lazily, if asked),
 * short of the chunks in `loaded`: the first screen's lazy imports are the other routes, not
 * this route's parts.
 */
function closure(key, seen = new Set(), lazy = false, loaded = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file) || loaded.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, seen, lazy, loaded);
  if (lazy) for (const dep of chunk.dynamicImports ?? []) closure(dep, seen, lazy, loaded);
  return seen;
}

// index.html's module script, src/main.tsx.
const APP = Object.keys(manifest).find((k) => manifest[k].isEntry);
const firstScreen = closure(HOME, closure(APP));
const firstScreenBytes = [...firstScreen].reduce((sum, f) => sum + gz(f), 0);

let failed = false;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
const report = (ok, line) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  if (!ok) failed = true;
};

report(
  firstScreenBytes <= FIRST_SCREEN_LIMIT,
  `first screen JS ${fmt(firstScreenBytes)} gzip (limit ${fmt(FIRST_SCREEN_LIMIT)}; ${firstScreen.size} files)`,
);
for (const file of firstScreen) {
  const text = readFileSync(`dist/${file}`, 'utf8');
  for (const [lib, marker] of Object.entries(HEAVY)) {
    report(!text.includes(marker), `first screen is free of ${lib} (${file})`);
  }
}
for (const { module: key, budgetKB } of routes) {
  const limit = budgetKB * KB;
  if (!manifest[key]) {
    report(false, `${key} is not a separate chunk (route must be lazy-loaded)`);
    continue;
  }
  // A route's cost: its chunk and everything it may load (graph, chart), beyond the first screen.
  // (The landing page is on the first screen itself: its lazy parts are what it adds.)
  const file = manifest[key].file;
  const loaded = new Set([...firstScreen].filter((f) => f !== file));
  const own = [...closure(key, new Set(), true, loaded)].filter((f) => !firstScreen.has(f));
  const bytes = own.reduce((sum, f) => sum + gz(f), 0);
  report(
    bytes <= limit,
    `${key} route ${fmt(bytes)} gzip beyond the first screen (limit ${fmt(limit)})`,
  );
}
process.exit(failed ? 1 : 0);
