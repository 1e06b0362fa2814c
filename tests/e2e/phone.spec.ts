import { expect, isPhone, test } from './fixtures';
import type { Page } from '@playwright/test';

/** Inside the 390 × 844 first screen, whole. */
async function inFirstScreen(
  page: Page,
  box: { x: number; y: number; width: number; height: number } | null,
) {
  const { width, height } = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(height);
}

test.describe('phones: the answer first, every destination in view', () => {
  test.beforeEach(({ page }) => {
    test.skip(!isPhone(page), 'checked at 390 px');
  });

  test('every destination of the main navigation is on screen, none cut off', async ({ page }) => {
    await page.goto('/');
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await expect(links).toHaveCount(6);
    for (const link of await links.all()) await inFirstScreen(page, await link.boundingBox());
  });

  test('/roadmap opens on the answer: the next step, the finish range and the hours', async ({
    page,
  }) => {
    await page.goto('/roadmap');
    const lead = page.getByText(/^Your path to .+ likely finishing .+ \(between .+\)\. Next: /);
    await inFirstScreen(page, await lead.boundingBox());
    const totals = page.getByLabel('Plan totals');
    for (const name of ['Study time', 'Finish'])
      await inFirstScreen(page, await totals.getByText(name, { exact: true }).boundingBox());
    // The exports wait in one menu.
    await expect(page.getByRole('button', { name: 'Study calendar (.ics)' })).toBeHidden();
    await inFirstScreen(
      page,
      await page.locator('summary', { hasText: 'Share and export' }).boundingBox(),
    );
  });

  test('/plan keeps the answer in view while the user fills a long form', async ({ page }) => {
    await page.goto('/plan');
    const bar = page.locator('.plan-summary-bar');
    await expect(bar).toContainText(/likely finish/);
    await inFirstScreen(page, await bar.boundingBox());
    const finish = await bar.locator('strong').textContent();
    // Far down the form, the bar is still there, and follows the typing.
    await page.getByLabel('Study hours per week').fill('4');
    await page.getByLabel('Study hours per week').scrollIntoViewIfNeeded();
    await expect(bar.locator('strong')).not.toHaveText(finish ?? '');
    await inFirstScreen(page, await bar.boundingBox());
    await bar.getByRole('link', { name: 'Summary' }).click();
    await expect(page.getByRole('complementary', { name: 'Your plan so far' })).toBeInViewport();
  });
});

test('/salary has its chart before the settings and barely grows while the user scrolls down', async ({
  page,
}) => {
  await page.goto('/salary');
  // The chart comes before the settings that refine it: about two screens down on a phone
  // (its heading at 1,773 px on 2026-12-03; three screens before), after the salary and the break-even.
  const chart = page.getByRole('heading', { name: /^Pay over \d+ years$/ });
  const settings = page.getByRole('region', { name: 'Projection settings' });
  const chartTop = (await chart.boundingBox())!.y;
  expect(chartTop).toBeLessThan((await settings.boundingBox())!.y);
  expect(chartTop).toBeLessThan(2.25 * page.viewportSize()!.height);
  const before = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < before; y += 600) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(30);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(200);
  const after = await page.evaluate(() => document.documentElement.scrollHeight);
  // The late sections' height guesses are close: the page grows by less than 60 px.
  expect(Math.abs(after - before)).toBeLessThan(60);
});
