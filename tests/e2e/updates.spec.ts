import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Releases and stored data, end to end. The test server (scripts/serve-dist.mjs) holds two
 * builds: dist/, and dist-next/, standing in for the next release with its store version one
 * ahead (tests/e2e/global-setup.ts). A cookie "deploys" the next one to a browser context; a
 * request header picks it for one tab.
 */

const buildId = (dir: string) =>
  /<meta name="certpath:build" content="([^"]+)">/.exec(
    readFileSync(`${dir}/index.html`, 'utf8'),
  )?.[1];
const current = buildId('dist');
const next = buildId('dist-next');
const nextAssets = new Set(readdirSync('dist-next/assets'));

const buildOf = (page: Page) => page.locator('meta[name="certpath:build"]').getAttribute('content');
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('certpath'));
const backupKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('certpath-backup-')));

async function deployNext(context: BrowserContext, baseURL: string | undefined) {
  await context.addCookies([{ name: 'certpath-deploy', value: 'next', url: baseURL! }]);
}

async function savePlanAs(page: Page, name: string) {
  await page.getByRole('button', { name: /^Save (plan|as new plan)…$/ }).click();
  const field = page.getByRole('textbox', { name: 'Name of the new plan' });
  await field.fill(name);
  await field.press('Enter');
}

test('two builds: the test server really serves two releases', () => {
  expect(current).toMatch(/^[0-9a-f]{12}$/);
  expect(next).toMatch(/^[0-9a-f]{12}$/);
  expect(next).not.toBe(current);
});

test('a release reaches a returning user: a prompt, one click, every open tab on the new build', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the service-worker drill runs once');
  test.setTimeout(120_000);
  await page.goto('/plan');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  const second = await context.newPage();
  await second.goto('/salary');
  await expect(second.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await buildOf(page)).toBe(current);

  await deployNext(context, baseURL);
  // The app checks for a release when a tab comes back into view (and every hour).
  await second.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  for (const tab of [page, second]) {
    await expect(tab.getByRole('region', { name: 'New version' })).toContainText(
      'A new version of Certpath is ready',
      { timeout: 30_000 },
    );
    // Until the user says so, the tab keeps running the build it started with.
    expect(await buildOf(tab)).toBe(current);
  }

  await page.getByRole('button', { name: 'Update now' }).click();
  for (const tab of [page, second]) {
    await expect.poll(() => buildOf(tab), { timeout: 30_000 }).toBe(next);
    // The app has started (its controls work) on the new build.
    await expect(tab.getByRole('combobox', { name: 'Theme' })).toBeEnabled();
    await expect(tab.getByRole('region', { name: 'New version' })).toHaveCount(0);
    // Nothing half-updated: every file the page named or loaded belongs to the new build.
    const files = await tab.evaluate(() =>
      [
        ...performance.getEntriesByType('resource').map((e) => e.name),
        ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((e) => e.src),
        ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((e) => e.href),
      ]
        .map((url) => new URL(url).pathname)
        .filter((p) => p.startsWith('/assets/'))
        .map((p) => p.slice('/assets/'.length)),
    );
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !nextAssets.has(f))).toEqual([]);
  }
});

test('an old tab left open across a deploy never writes over newer data, nor fills storage', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // No service worker: each tab runs the build its requests get.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const errors: string[] = [];
  const old = await context.newPage();
  old.on('pageerror', (e) => errors.push(e.message));
  await old.goto('/compare');
  await savePlanAs(old, 'Before the deploy');
  await expect(
    old.getByRole('status').filter({ hasText: 'Saved “Before the deploy”' }),
  ).toBeVisible();
  const oldVersion = JSON.parse((await stored(old))!).version as number;

  const fresh = await context.newPage();
  fresh.on('pageerror', (e) => errors.push(e.message));
  await fresh.setExtraHTTPHeaders({ 'x-certpath-deploy': 'next' });
  await fresh.goto('/compare');
  expect(await buildOf(fresh)).toBe(next);
  await expect(fresh.getByRole('heading', { level: 3, name: 'Before the deploy' })).toBeVisible();
  // The newer build migrates the older data once.
  await expect.poll(async () => JSON.parse((await stored(fresh))!).version).toBe(oldVersion + 1);

  // The old tab hears of it, shows it, and stops writing.
  const notice = old.getByRole('alert').filter({ hasText: 'saved by a newer version' });
  await expect(notice).toBeVisible();
  const newerText = await stored(old);
  await old.getByRole('button', { name: /^Duplicate/ }).click();
  await old.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await old.waitForTimeout(1500);
  expect(await stored(old)).toBe(newerText);

  // The new tab keeps saving.
  await savePlanAs(fresh, 'After the deploy');
  await expect(
    fresh.getByRole('status').filter({ hasText: 'Saved “After the deploy”' }),
  ).toBeVisible();
  await old.waitForTimeout(3000);
  expect(await backupKeys(old)).toEqual([]);
  const size = await old.evaluate(() =>
    Object.keys(localStorage).reduce(
      (n, k) => n + k.length + (localStorage.getItem(k)?.length ?? 0),
      0,
    ),
  );
  expect(size).toBeLessThan(50_000);

  // The old tab's "Update Certpath" is true advice: the deploy reaches it.
  await old.setExtraHTTPHeaders({ 'x-certpath-deploy': 'next' });
  await old.getByRole('button', { name: 'Update Certpath' }).click();
  await expect.poll(() => buildOf(old)).toBe(next);
  await expect(notice).toHaveCount(0);
  for (const name of ['Before the deploy', 'After the deploy'])
    await expect(old.getByRole('heading', { level: 3, name })).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

/** A stored entry with one good plan and one that cannot be read, written before the app starts. */
async function seedEntryWithABadPlan(page: Page) {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const plan = (id: string, name: string, profile: object) => ({
      id,
      name,
      profile,
      createdAt: `2026-11-0${id}T09:00:00.000Z`,
      updatedAt: `2026-11-0${id}T09:00:00.000Z`,
    });
    localStorage.setItem(
      'certpath',
      JSON.stringify({
        version: 3,
        state: {
          savedPlans: [
            plan('1', 'Good plan', {
              currentRole: 'student',
              yearsExperience: 0,
              certificationsHeld: [],
              python: 'basic',
              azure: 'none',
              aiml: 'none',
              targetRole: 'azure-ai-engineer',
              hoursPerWeek: 8,
              startDate: '2026-12-01',
              region: 'us-other',
              currentSalaryUsd: null,
              areaConfidence: {},
            }),
            plan('2', 'Broken plan', { hoursPerWeek: 'many' }),
          ],
        },
      }),
    );
  });
}

test('a stored entry with a bad plan is kept aside once, however often the page loads, and can be restored', async ({
  page,
}) => {
  await seedEntryWithABadPlan(page);
  await page.goto('/compare');
  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'Part of your saved data could not be used' });
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText('fresh plan');
  await expect(page.getByRole('heading', { level: 3, name: 'Good plan' })).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await page.reload();
    await expect(page.getByRole('heading', { level: 3, name: 'Good plan' })).toBeVisible();
  }
  expect(await backupKeys(page)).toHaveLength(1);

  // Repaired and stored back, the entry loads clean: the notice was for the first load only.
  await expect(notice).toHaveCount(0);
  // The copy is listed with its reason; restoring it keeps today's data aside too.
  const panel = page.getByRole('region', { name: 'Stored data' });
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel).toContainText(
    'part of it could not be used: 1 saved plan could not be read and was left out',
  );
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: /^Download/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^certpath-backup-.+\.json$/);
  await savePlanAs(page, 'Made since');
  await panel.getByRole('button', { name: /^Restore/ }).click();
  await expect(panel.getByRole('status')).toContainText('Restored the copy');
  await expect(page.getByRole('heading', { level: 3, name: 'Good plan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Made since' })).toHaveCount(0);
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel).toContainText('replaced by a restored copy');
});

test('the 101st plan is refused with a message, not reported saved and lost', async ({ page }) => {
  // A hundred plans, stored before the app starts (an older version's entry: it migrates them).
  // Written by the page itself after start-up, they would race the app's own pending write.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const profile = {
      currentRole: 'software-developer',
      yearsExperience: 4,
      certificationsHeld: [],
      python: 'basic',
      azure: 'some',
      aiml: 'basic',
      targetRole: 'azure-ai-engineer',
      hoursPerWeek: 10,
      startDate: '2026-12-01',
      region: 'us-other',
      currentSalaryUsd: null,
      areaConfidence: {},
    };
    const savedPlans = Array.from({ length: 100 }, (_, i) => ({
      id: `p${i}`,
      name: `Plan ${i + 1}`,
      profile,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }));
    localStorage.setItem('certpath', JSON.stringify({ version: 3, state: { savedPlans } }));
  });
  await page.goto('/compare');
  await expect(
    page.getByRole('heading', { level: 3, name: 'Plan 100', exact: true }),
  ).toBeVisible();
  await savePlanAs(page, 'One too many');
  await expect(
    page.getByRole('alert').filter({ hasText: 'the most Certpath keeps' }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(100);
  await expect(page.getByRole('heading', { level: 3, name: 'One too many' })).toHaveCount(0);
});

test('a part of the app that fails to download once says so, and “Try again” works once it can', async ({
  page,
  guard,
}) => {
  await seedEntryWithABadPlan(page);
  let offline = true;
  await page.route(/\/assets\/migrations-[^/]+\.js$/, (route) =>
    offline ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto('/compare');
  const alert = page.getByRole('alert').filter({ hasText: 'Your plan could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(page.getByText('Loading your plan…')).toHaveCount(0);

  offline = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Good plan' })).toBeVisible();
  // The theme the user picks now is stored (saved data has been read).
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect.poll(async () => JSON.parse((await stored(page))!).state.theme).toBe('dark');
  guard.problems = guard.problems.filter(
    (p) => !/migrations-|Failed to fetch|ERR_INTERNET/i.test(p),
  );
});

test('the host sends the headers the hosting files promise', async ({ request }) => {
  const page = await request.get('/plan');
  expect(page.status()).toBe(200);
  expect(page.headers()['cache-control']).toBe('no-cache');
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(await page.text()).toContain('<meta name="certpath:build"');
  const worker = await request.get('/sw.js');
  expect(worker.headers()['cache-control']).toBe('no-cache');
  const asset = [...readdirSync('dist/assets')].find((f) => f.endsWith('.js'));
  const file = await request.get(`/assets/${asset}`);
  expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const missing = await request.get('/no-such-page');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  const cert = await request.get('/certs/AI-102');
  expect(cert.status()).toBe(200);
  expect(await cert.text()).toContain('AI-102');
});
