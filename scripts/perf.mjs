// Lighthouse (mobile preset, Debian's Chromium) on the built app; writes reports/lighthouse-*.json
// and a summary to reports/lighthouse-summary.json. Run `npm run build` first. Fails below target.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const port = 4174;
const base = `http://127.0.0.1:${port}`;
const targets = { '/': 98, '/plan': 98, '/roadmap': 95, '/salary': 95 };
const flags =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

mkdirSync('reports', { recursive: true });
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
await new Promise((r) => setTimeout(r, 2500));

const summary = {};
let failed = false;
try {
  for (const [route, minPerf] of Object.entries(targets)) {
    const name = route === '/' ? 'home' : route.slice(1);
    const file = `reports/lighthouse-${name}.json`;
    execFileSync(
      'npx',
      [
        'lighthouse',
        base + route,
        '--quiet',
        '--output=json',
        `--output-path=${file}`,
        `--chrome-flags=${flags}`,
        '--only-categories=performance,accessibility,best-practices',
      ],
      {
        stdio: 'inherit',
        env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
      },
    );
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const row = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
    };
    summary[route] = row;
    const ok = row.performance >= minPerf && row.accessibility === 100 && row.bestPractices === 100;
    if (!ok) failed = true;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${route}: performance ${row.performance} (≥ ${minPerf}), accessibility ${row.accessibility}, best practices ${row.bestPractices}, LCP ${row.lcpMs} ms, TBT ${row.tbtMs} ms`,
    );
  }
} finally {
  process.kill(-server.pid);
}
writeFileSync('reports/lighthouse-summary.json', JSON.stringify(summary, null, 2) + '\n');
process.exit(failed ? 1 : 0);
