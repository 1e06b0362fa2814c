// Lighthouse (mobile preset, Debian's Chromium) on the built app; writes reports/lighthouse-*.json
// and a summary to reports/lighthouse-summary.json. Run `npm run build` first. Fails below target.
// PERF_DIR serves another build (default dist). Each route runs PERF_RUNS times (default 5) and the median run by performance counts, as
// Lighthouse advises: single runs on a shared 2-core machine vary by several points.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const port = 4174;
// As the hosts serve it, over HTTP/2 (scripts/serve-dist.mjs --https); PERF_HTTP1=1 for HTTP/1.1.
const http1 = process.env.PERF_HTTP1 === '1';
const base = `${http1 ? 'http' : 'https'}://127.0.0.1:${port}`;
const runs = Number(process.env.PERF_RUNS ?? 5);
// Every route: the pages of the plan and the static pages (the catalogue stands for exam pages).
const targets = {
  '/': 98,
  '/plan': 98,
  '/roadmap': 98,
  '/salary': 98,
  '/compare': 98,
  '/certs': 98,
};
// The test server's certificate is made for the run: this browser accepts it.
const flags = ['--headless=new', ...chromiumArgs, '--ignore-certificate-errors'].join(' ');

mkdirSync('reports', { recursive: true });
// dist/ as the hosts serve it: its own headers (CSP, caching) and each address its own page.
const server = spawn(
  'node',
  [
    'scripts/serve-dist.mjs',
    '--port',
    String(port),
    '--dir',
    process.env.PERF_DIR ?? 'dist',
    ...(http1 ? [] : ['--https']),
  ],
  {
    stdio: 'ignore',
    detached: true,
  },
);
await new Promise((r) => setTimeout(r, 2500));

const summary = {};
let failed = false;
try {
  // PERF_ROUTES="/ /plan" measures some routes only.
  const only = process.env.PERF_ROUTES?.split(/\s+/).filter(Boolean);
  for (const [route, minPerf] of Object.entries(targets)) {
    if (only && !only.includes(route)) continue;
    const name = route === '/' ? 'home' : route.slice(1);
    const file = `reports/lighthouse-${name}.json`;
    const rows = [];
    for (let run = 0; run < runs; run++) {
      const runFile = `reports/lighthouse-${name}-run${run}.json`;
      // Lighthouse now and then fails to record a trace (NO_NAVSTART): such a run is run again.
      for (let attempt = 1; ; attempt++) {
        try {
          execFileSync(
            'npx',
            [
              'lighthouse',
              base + route,
              '--quiet',
              '--output=json',
              `--output-path=${runFile}`,
              `--chrome-flags=${flags}`,
              '--only-categories=performance,accessibility,best-practices',
            ],
            {
              stdio: 'inherit',
              env: { ...process.env, CHROME_PATH: chromiumPath },
            },
          );
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
      const report = JSON.parse(readFileSync(runFile, 'utf8'));
      rmSync(runFile);
      const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
      const metric = (id) => Math.round(report.audits[id].numericValue);
      rows.push({
        report,
        row: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          fcpMs: metric('first-contentful-paint'),
          lcpMs: metric('largest-contentful-paint'),
          tbtMs: metric('total-blocking-time'),
          cls: Math.round(report.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
          speedIndexMs: metric('speed-index'),
        },
      });
    }
    rows.sort((a, b) => a.row.performance - b.row.performance);
    const median = rows[Math.floor(rows.length / 2)];
    writeFileSync(file, JSON.stringify(median.report));
    const row = { ...median.row, runs: rows.map((r) => r.row.performance) };
    summary[route] = row;
    const ok = row.performance >= minPerf && row.accessibility === 100 && row.bestPractices === 100;
    if (!ok) failed = true;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${route}: performance ${row.performance} (≥ ${minPerf}; runs ${row.runs.join(', ')}), accessibility ${row.accessibility}, best practices ${row.bestPractices}, FCP ${row.fcpMs} ms, LCP ${row.lcpMs} ms, TBT ${row.tbtMs} ms, CLS ${row.cls}`,
    );
  }
} finally {
  process.kill(-server.pid);
}
writeFileSync('reports/lighthouse-summary.json', JSON.stringify(summary, null, 2) + '\n');
process.exit(failed ? 1 : 0);
