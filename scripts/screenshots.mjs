// Screenshots of every page at desktop and phone size, light and dark, for a person to look at.
// Usage: npm run build && (npx vite preview --port 4173 &) && node scripts/screenshots.mjs [outDir]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const out = process.argv[2] ?? 'screenshots';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const routes = {
  home: '/',
  plan: '/plan',
  roadmap: '/roadmap',
  salary: '/salary',
  compare: '/compare',
  certs: '/certs',
  cert: '/certs/AI-102',
  missing: '/nope',
};
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const scheme of ['light', 'dark']) {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const [name, path] of Object.entries(routes)) {
      await page.goto(base + path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await page.screenshot({
        path: `${out}/${name}-${sizeName}-${scheme}.png`,
        fullPage: process.env.FULL === '1',
      });
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
