import { expect, isPhone, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

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

  for (const width of [390, 320])
    test(`every destination of the main navigation is on screen, none cut off, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/');
      const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
      await expect(links).toHaveCount(6);
      for (const link of await links.all()) {
        await inFirstScreen(page, await link.boundingBox());
        // The whole name shows: none runs past its cell.
        const [scroll, client] = await link.evaluate((a) => [a.scrollWidth, a.clientWidth]);
        expect(scroll, (await link.textContent()) ?? '').toBeLessThanOrEqual(client);
      }
      // The logo keeps its shape beside the name and the theme picker.
      const mark = (await page
        .getByRole('link', { name: 'Certpath' })
        .locator('svg')
        .boundingBox())!;
      expect(mark.width).toBeCloseTo(mark.height, 0);
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
      await page.getByRole('button', { name: 'Share and export' }).boundingBox(),
    );
  });

  // 390: side by side on one row; narrower: one a row, each the row's full width. Never a
  // button wrapped alone onto a row by a couple of pixels.
  for (const width of [390, 360, 320])
    test(`“Save plan…” and “Share and export” sit on one row or stack whole at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      for (const path of ['/plan', '/roadmap']) {
        await page.goto(path);
        const save = (await page.getByRole('button', { name: 'Save plan…' }).boundingBox())!;
        const share = (await page.getByRole('button', { name: 'Share and export' }).boundingBox())!;
        const row = (await page
          .getByRole('region', { name: 'Save and share this plan' })
          .boundingBox())!;
        if (width === 390) {
          expect(share.y, path).toBe(save.y);
        } else {
          expect(share.y, path).toBeGreaterThan(save.y);
          for (const box of [save, share]) expect(box.width, path).toBeCloseTo(row.width, 0);
        }
        expect(share.x + share.width, path).toBeLessThanOrEqual(row.x + row.width + 0.5);
      }
    });

  test('/plan keeps the answer in view while the user fills a long form', async ({ page }) => {
    await page.goto('/plan');
    const bar = page.locator('.plan-summary-bar');
    // The answer: the next exam, the hours, and the finish range with its likely day.
    await expect(bar).toContainText(/^Next: AI-\d{3} · \d+–\d+ hours/);
    const finish = bar.getByText(/^Finish /);
    await expect(finish).toHaveText(
      /^Finish \d+ \w{3}( \d{4})? – \d+ \w{3} \d{4} \(likely \d+ \w{3}\)$/,
    );
    // The same likely day as the summary's.
    const summary = page.getByRole('complementary', { name: 'Your plan so far' });
    const likely = /\(likely (\d+ \w{3})\)/.exec((await finish.textContent()) ?? '')![1]!;
    await expect(
      summary.getByRole('definition').filter({ hasText: /likely; between/ }),
    ).toContainText(likely);
    await inFirstScreen(page, await bar.boundingBox());
    const before = await finish.textContent();
    // Far down the form, the bar is still there, and follows the typing.
    await page.getByLabel('Study hours per week').fill('4');
    await expect(finish).not.toHaveText(before ?? '');
    await inFirstScreen(page, await bar.boundingBox());
    await bar.getByRole('link', { name: 'Summary' }).click();
    await expect(summary).toBeInViewport();
  });

  for (const width of [390, 320])
    test(`the summary bar says it all without cutting a word at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/plan');
      const bar = page.locator('.plan-summary-bar');
      await expect(bar).toContainText('Next: ');
      const cut = await bar.evaluate((el) =>
        [el, ...el.querySelectorAll('*')]
          .filter(
            (e) =>
              e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > innerWidth,
          )
          .map((e) => e.textContent),
      );
      expect(cut).toEqual([]);
      // Two lines on a 390 px phone, three at most on a 320 px one.
      expect((await bar.boundingBox())!.height).toBeLessThan(width === 390 ? 72 : 110);
    });

  test('/plan: a field the user tabs to or fills is never under the summary bar', async ({
    page,
  }) => {
    await page.goto('/plan');
    const bar = page.locator('.plan-summary-bar');
    await expect(bar).toBeVisible();
    const seen: string[] = [];
    const covered: string[] = [];
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const box = el.getBoundingClientRect();
        const barTop = document.querySelector('.plan-summary-bar')!.getBoundingClientRect().top;
        const name =
          (el as HTMLInputElement).labels?.[0]?.textContent ??
          el.getAttribute('aria-label') ??
          el.textContent ??
          el.tagName;
        return {
          name: `${el.tagName} ${name.trim().slice(0, 40)}`,
          inBar: el.closest('.plan-summary-bar') !== null,
          under: box.bottom > barTop,
        };
      });
      // Round to the start again (a date field takes several presses: day, month, year).
      if (focus === null || focus.name === seen[0]) break;
      if (!seen.includes(focus.name)) seen.push(focus.name);
      if (!focus.inBar && focus.under) covered.push(focus.name);
    }
    // Every field of the form was reached (the last ones included).
    expect(seen.join('\n')).toContain('Where you work');
    expect(seen.join('\n')).toContain('Study hours per week');
    expect(seen.join('\n')).toContain('Certifications and their sources');
    expect(covered).toEqual([]);

    // A field filled from the top of the page ends above the bar too.
    await page.goto('/plan');
    const hours = page.getByLabel('Study hours per week');
    await hours.fill('9');
    const barTop = (await bar.boundingBox())!.y;
    const box = (await hours.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(barTop);
  });

  test('/plan: scrolled to the end, the footer’s last line is above the summary bar', async ({
    page,
  }) => {
    await page.goto('/plan');
    const bar = page.locator('.plan-summary-bar');
    await expect(bar).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = page.getByRole('contentinfo').locator('p').last();
    await expect(last).toContainText('Private: nothing you type leaves this browser.');
    const box = (await last.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual((await bar.boundingBox())!.y);
  });
});

test('at 320 px no page is wider than the screen', async ({ page }) => {
  test.skip(!isPhone(page), 'the narrowest phone');
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/plan', '/roadmap', '/salary', '/compare', '/certs', '/certs/AI-102']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Loading your plan…')).toHaveCount(0);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide, path).toBeLessThanOrEqual(320);
  }
});

test('between phone and desktop widths the navigation never runs under the theme picker', async ({
  page,
}) => {
  test.skip(isPhone(page), 'widths from a small tablet up');
  await page.goto('/');
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  const select = page.getByRole('combobox', { name: 'Theme' });
  const label = page.getByText('Theme', { exact: true });
  for (let width = 700; width <= 1280; width += 30) {
    await page.setViewportSize({ width, height: 800 });
    // From the label's left edge to the select's right one.
    const [start, end] = [(await label.boundingBox())!, (await select.boundingBox())!];
    const picker = { ...end, x: start.x, width: end.x + end.width - start.x };
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      const overlaps =
        box.x < picker.x + picker.width &&
        picker.x < box.x + box.width &&
        box.y < picker.y + picker.height &&
        picker.y < box.y + box.height;
      expect(overlaps, `${await link.textContent()} at ${width} px`).toBe(false);
      const [scroll, client] = await link.evaluate((a) => [a.scrollWidth, a.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
  }
});

/** The salary chart itself (its SVG, named by its title), once drawn. */
const salaryChart = (page: Page) => page.getByRole('application', { name: /^Pay a year over/ });

test('/salary has its chart before the settings and barely grows while the user scrolls down', async ({
  page,
}) => {
  await page.goto('/salary');
  // The chart itself, not its heading: straight after the salary and the break-even, before
  // the figures behind them and the settings. On a phone it starts within a screen and a half
  // and ends within two (1,212 px to 1,592 px on 2026-12-07; it started at 2,125 px before).
  // It is drawn as the reader scrolls towards it: its place, on the page, once drawn.
  await page.getByRole('heading', { name: /^Pay over \d+ years$/ }).scrollIntoViewIfNeeded();
  const onPage = (locator: Locator) =>
    locator.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { y: box.top + window.scrollY, height: box.height };
    });
  const chart = await onPage(salaryChart(page));
  const settings = await onPage(page.getByRole('region', { name: 'Projection settings' }));
  const { height } = page.viewportSize()!;
  expect(chart.y).toBeLessThan(settings.y);
  expect(chart.y).toBeLessThan(1.5 * height);
  expect(chart.y + chart.height).toBeLessThan(2 * height);
  await page.evaluate(() => window.scrollTo(0, 0));
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

test('a phone starting /salary runs no chart code until the reader scrolls towards the chart', async ({
  page,
}) => {
  test.skip(!isPhone(page), 'the chart is in the first screen on a desktop');
  const chartCode: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    // recharts' own class name: in its code only (scripts/size-budget.mjs looks for it too).
    if ((await response.text()).includes('recharts-wrapper')) chartCode.push(response.url());
  });
  await page.goto('/salary');
  await expect(page.getByRole('textbox', { name: /current salary/i })).toBeEnabled();
  await page.waitForTimeout(1500);
  expect(chartCode).toEqual([]);
  await expect(page.getByText('Loading the chart…')).toHaveCount(1);
  await page.getByRole('heading', { name: /^Pay over \d+ years$/ }).scrollIntoViewIfNeeded();
  await expect(salaryChart(page)).toBeVisible();
  expect(chartCode).toHaveLength(1);
});

for (const width of [390, 375, 320])
  test(`/salary at ${width} px: the chart's markers never write over each other, each choice of view keeps one line, a source keeps its words whole`, async ({
    page,
  }) => {
    test.skip(!isPhone(page), 'phone widths');
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/salary');
    // The chart is drawn as it nears the screen.
    await page.getByRole('heading', { name: /^Pay over \d+ years$/ }).scrollIntoViewIfNeeded();
    const chart = salaryChart(page);
    // The default plan's new role and cash break-even are a month apart: the closest case.
    const labels = chart.getByText(/^(New role|Break-even.*)$/);
    await expect(labels).toHaveCount(3);
    // The glyphs' boxes (their halo, in the card's colour, left out), in the chart's pixels.
    const boxes = await labels.evaluateAll((texts) =>
      texts.map((t) => {
        const { x, y, width, height } = (t as SVGTextElement).getBBox();
        return { x, y, width, height };
      }),
    );
    const chartWidth = await chart.evaluate((svg) => svg.getBoundingClientRect().width);
    for (const [i, a] of boxes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(chartWidth);
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart, 'two marker labels overlap').toBe(true);
      }
    }
    // The sources in the pay levels' table keep their words whole (they were cut letter by letter).
    const table = page.getByRole('table', { name: 'Pay levels (USD a year, before tax)' });
    await table.scrollIntoViewIfNeeded();
    const lines = await table
      .getByRole('button', { name: /Certpath estimate/ })
      .evaluateAll((buttons) =>
        buttons.map((b) => {
          // The lines its visible words take (a button is one box however its text wraps).
          const range = document.createRange();
          range.selectNodeContents(b.firstChild!);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
      );
    expect(lines.length).toBeGreaterThan(0);
    for (const n of lines) expect(n).toBeLessThanOrEqual(2);
    const section = (await page
      .getByRole('region', { name: /^Pay over \d+ years$/ })
      .boundingBox())!;
    for (const name of ['Pay a year', 'Extra pay so far', 'Table']) {
      const button = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(button.height, `${name} on one line`).toBeLessThanOrEqual(46);
      expect(button.x + button.width, `${name} inside its card`).toBeLessThanOrEqual(
        section.x + section.width,
      );
    }
  });
