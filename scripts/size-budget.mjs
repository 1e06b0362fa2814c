// Bundle budget: fails when the first screen's JavaScript (the boot entry, plus the app it loads
// once the prerendered page is painted: src/main.tsx, its static imports and the home page; all
// gzip), the boot entry alone, or any route chunk exceeds its limit, or when a heavy library
// leaks into the first screen. Reads the Vite manifest of `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const FIRST_SCREEN_LIMIT = 95 * KB;
/**
 * The boot script and its static imports run before the first paint (the app follows after
 * it), so they stay tiny: a chunking change that made it import the app would fail here.
 */
const BOOT_LIMIT = 4 * KB;
/**
 * Route limits (gzip: the route's chunks and lazy parts beyond the first screen, including code
 * that loads only on use, like zod for imported files and share links), set from measurement
 * on 2026-11-27 with headroom. React Flow (~70 KB) is /roadmap's; recharts (~120 KB) the chart
 * routes', loaded when the chart nears the screen.
 */
const ROUTE_LIMITS = {
  // The catalogue's data is most of /plan's code: 30 certifications and 110 dated sources since
  // 2026-12-03 (it was 15 and 28).
  'src/features/profile-form/plan-page.tsx': 72 * KB,
  'src/features/roadmap/roadmap-page.tsx': 150 * KB,
  'src/features/salary/salary-page.tsx': 200 * KB,
  'src/features/scenarios/compare-page.tsx': 200 * KB,
  'src/features/catalogue/catalogue-page.tsx': 45 * KB,
  'src/features/catalogue/cert-page.tsx': 45 * KB,
};
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

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
// src/boot.ts is all the HTML names; the app itself follows right after the first paint.
const APP = 'src/main.tsx';
if (!manifest[APP]) throw new Error(`${APP} is not a chunk of its own: src/boot.ts must import it`);
const boot = closure(entryKey);
const bootBytes = [...boot].reduce((sum, f) => sum + gz(f), 0);
const firstScreen = closure(APP, new Set(boot));
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
report(
  bootBytes <= BOOT_LIMIT,
  `before first paint JS ${fmt(bootBytes)} gzip (limit ${fmt(BOOT_LIMIT)}; ${boot.size} files)`,
);
for (const file of firstScreen) {
  const text = readFileSync(`dist/${file}`, 'utf8');
  for (const [lib, marker] of Object.entries(HEAVY)) {
    report(!text.includes(marker), `first screen is free of ${lib} (${file})`);
  }
}
for (const [key, limit] of Object.entries(ROUTE_LIMITS)) {
  if (!manifest[key]) {
    report(false, `${key} is not a separate chunk (route must be lazy-loaded)`);
    continue;
  }
  // A route's cost: its chunk and everything it may load (graph, chart), beyond the first screen.
  const own = [...closure(key, new Set(), true, firstScreen)];
  const bytes = own.reduce((sum, f) => sum + gz(f), 0);
  report(
    bytes <= limit,
    `${key} route ${fmt(bytes)} gzip beyond the first screen (limit ${fmt(limit)})`,
  );
}
process.exit(failed ? 1 : 0);
