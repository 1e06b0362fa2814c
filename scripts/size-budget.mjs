// Bundle budget: fails when the first screen's JavaScript (the entry, its static imports and the
// home route chunk, all gzip) or any route chunk exceeds its limit, or when a heavy library
// leaks into the first screen. Reads the Vite manifest of `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const FIRST_SCREEN_LIMIT = 95 * KB;
/** Route chunk limits (gzip, own code + its non-shared imports), set from measurement with headroom. */
const ROUTE_LIMITS = {
  'src/features/home/home-page.tsx': 12 * KB,
  'src/features/profile-form/plan-page.tsx': 30 * KB,
  'src/features/roadmap/roadmap-page.tsx': 110 * KB,
  'src/features/salary/salary-page.tsx': 150 * KB,
  'src/features/scenarios/compare-page.tsx': 150 * KB,
  'src/features/catalogue/catalogue-page.tsx': 20 * KB,
  'src/features/catalogue/cert-page.tsx': 20 * KB,
};
/** Markers that only appear in the heavy libraries' code. */
const HEAVY = { '@xyflow/react': 'react-flow__', recharts: 'recharts-wrapper' };

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`)).length;

/** The chunk of a manifest key plus everything it imports statically. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const firstScreen = closure(entryKey);
closure('src/features/home/home-page.tsx', firstScreen);
const firstScreenBytes = [...firstScreen].reduce((sum, f) => sum + gz(f), 0);

let failed = false;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
const report = (ok, line) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  if (!ok) failed = true;
};

report(firstScreenBytes <= FIRST_SCREEN_LIMIT, `first screen JS ${fmt(firstScreenBytes)} gzip (limit ${fmt(FIRST_SCREEN_LIMIT)}; ${firstScreen.size} files)`);
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
  const own = [...closure(key)].filter((f) => !firstScreen.has(f));
  const bytes = own.reduce((sum, f) => sum + gz(f), 0);
  report(bytes <= limit, `${key} route ${fmt(bytes)} gzip beyond the first screen (limit ${fmt(limit)})`);
}
process.exit(failed ? 1 : 0);
