// What a person on a slow phone feels, measured in Debian's Chromium on the built app
// (`npm run build` first): for / and /plan, with 4× CPU slowdown and slow-4G network, the
// first paint and the time until the page accepts input (median of READY_RUNS, default 5);
// then, on /plan, how long each keystroke takes to reach the screen (Event Timing: keystroke
// to next paint), at normal CPU and at 4×. Writes reports/ready.json.
//
//   npm run ready            READY_RUNS=3 npm run ready      READY_DIR=../old/dist npm run ready
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const port = 4175;
// As the hosts serve it, over HTTP/2 (scripts/serve-dist.mjs --https); READY_HTTP1=1 for HTTP/1.1.
const http1 = process.env.READY_HTTP1 === '1';
const base = `${http1 ? 'http' : 'https'}://127.0.0.1:${port}`;
const runs = Number(process.env.READY_RUNS ?? 5);
// Lighthouse's slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: 200_000,
  uploadThroughput: 93_750,
};

const dir = process.env.READY_DIR ?? 'dist';
const serverArgs = ['--port', String(port), '--dir', dir, ...(http1 ? [] : ['--https'])];
const server = spawn('node', ['scripts/serve-dist.mjs', ...serverArgs], {
  stdio: 'ignore',
  detached: true,
});
await new Promise((r) => setTimeout(r, 1500));

/** Records, in the page, when the first control of `selector` becomes usable. */
const watchScript = (selector) => `
  (() => {
    const check = () => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (el && !el.disabled && !el.closest('fieldset:disabled')) {
        window.__readyAt = performance.now();
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;

/** Per keystroke, the longest Event Timing entry; keystrokes under 16 ms are not reported. */
const eventScript = `
  window.__events = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId || !e.name.startsWith('key')) continue;
      window.__events.set(e.interactionId, Math.max(window.__events.get(e.interactionId) ?? 0, e.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p75 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.75) - 1];

async function throttled(context, page, cpu, network) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const result = { measuredOn: new Date().toISOString().slice(0, 10), runs, load: {}, typing: {} };
try {
  // The control each page's visitor reaches for first.
  for (const [route, selector] of [
    ['/', '#theme-select'],
    ['/plan', 'main input'],
  ]) {
    const paints = [];
    const ready = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        ignoreHTTPSErrors: true,
      });
      const page = await context.newPage();
      await page.addInitScript(watchScript(selector));
      await throttled(context, page, 4, SLOW_4G);
      await page.goto(base + route, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60_000 });
      const { fcp, at } = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        at: window.__readyAt,
      }));
      paints.push(fcp);
      ready.push(at);
      await context.close();
    }
    result.load[route] = {
      firstPaintMs: Math.round(median(paints)),
      acceptsInputMs: Math.round(median(ready)),
      all: { paints: paints.map(Math.round), ready: ready.map(Math.round) },
    };
  }

  // Typing into /plan's fields: a salary, years, hours, as a person types (120 ms a key).
  for (const cpu of [1, 4]) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      ignoreHTTPSErrors: true,
    });
    const page = await context.newPage();
    await page.addInitScript(eventScript);
    await page.addInitScript(watchScript('main input'));
    await page.goto(`${base}/plan`);
    await page.waitForFunction(() => window.__readyAt !== undefined);
    await page.waitForTimeout(1500);
    await throttled(context, page, cpu);
    let keys = 0;
    for (const [label, text] of [
      ['Current salary (optional)', '125000'],
      ['Years of professional experience', '12'],
      ['Study hours per week', '15'],
      ['Current salary (optional)', '98500'],
      ['Study hours per week', '8'],
    ]) {
      const field = page.getByLabel(label, { exact: true });
      await field.click();
      await field.press('Control+A');
      await field.pressSequentially(text, { delay: 120 });
      keys += text.length + 1;
    }
    await page.waitForTimeout(1000);
    const slow = await page.evaluate(() => [...window.__events.values()]);
    // Event Timing rounds durations to 8 ms and reports those of 16 ms or more: a keystroke it
    // never reported took 8 ms at most, so it counts as 8, an upper bound ("≤ 8 ms").
    const all = [...slow, ...Array(Math.max(0, keys - slow.length)).fill(8)];
    result.typing[`cpu${cpu}x`] = {
      keystrokes: keys,
      p75Ms: p75(all),
      p75IsUpperBound: p75(all) <= 8,
      worstMs: Math.max(...all),
      over16: slow.filter((d) => d > 16).length,
    };
    await context.close();
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}

mkdirSync('reports', { recursive: true });
if (!process.env.READY_DIR)
  writeFileSync('reports/ready.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
