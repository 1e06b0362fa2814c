import { expect, test } from './fixtures';

// Every page's HTML is written at build time and shown before any JavaScript has run, so a
// slow phone shows the page at once. With JavaScript off, that first screen is all there is.
test.describe('before the app has started', () => {
  test.use({ javaScriptEnabled: false });

  test('the landing page is readable, with its links', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Plan your path to Azure AI Engineer · Certpath');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Plan your path to Azure AI Engineer',
    );
    await expect(page.getByRole('link', { name: 'Start your plan' })).toHaveAttribute(
      'href',
      '/plan',
    );
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    // Controls wait for the app: a choice made before it starts would be lost.
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeDisabled();
  });

  test('an exam page shows its facts and sources', async ({ page }) => {
    await page.goto('/certs/AI-102');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AI-102');
    await expect(page.getByText(/Catalogue checked on/)).toBeVisible();
  });

  test('pages of the user’s own plan show their frame, never a stranger’s plan', async ({
    page,
  }) => {
    for (const [path, heading] of [
      ['/roadmap', 'Your roadmap'],
      ['/salary', 'Is it worth it?'],
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
      await expect(
        page.getByRole('status').filter({ hasText: 'Loading your plan…' }),
      ).toBeVisible();
      await expect(page.getByText('AZ-900')).toHaveCount(0);
    }
  });
});

test('React hydrates the page the build wrote: its elements stay, its controls come alive', async ({
  page,
}) => {
  // The static pages; a page of the user's plan keeps only its frame's place (below).
  for (const path of ['/', '/certs', '/certs/AI-102', '/nowhere']) {
    // The app's code waits until the HTML's elements are marked.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(path, { waitUntil: 'commit' });
    await page.waitForSelector('h1');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeDisabled();
    await page.evaluate(() => {
      // Placeholders ("Loading…") are meant to be replaced; everything else stays.
      (window as unknown as { written: Element[] }).written = [
        ...document.querySelectorAll('h1, nav a, .page-lead, main h2, main p'),
      ].filter((el) => !el.textContent?.startsWith('Loading'));
    });
    release();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeEnabled();
    await expect(page.locator('fieldset.page-controls').first()).toBeEnabled();
    const kept = await page.evaluate(() =>
      (window as unknown as { written: Element[] }).written.map((el) => el.isConnected),
    );
    expect(kept.length, path).toBeGreaterThan(3);
    expect(kept, `${path}: the elements the build wrote are the ones on screen`).not.toContain(
      false,
    );
    await expect(page.locator('main')).toHaveCount(1);
    await page.unrouteAll();
  }
  // A page of the user's plan shows the plan where its spinner was.
  await page.goto('/roadmap');
  await expect(page.getByText('AZ-900').first()).toBeVisible();
  await expect(page.getByText('Loading your plan…')).toHaveCount(0);
  await expect(page.locator('main')).toHaveCount(1);
});

test('the page’s styles are in its HTML: starting the app adds no stylesheet', async ({ page }) => {
  for (const path of ['/', '/plan', '/salary', '/certs']) {
    // What the server sent, before any script could add to it.
    const html = await (await page.request.get(path)).text();
    const linked = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(linked.length).toBeGreaterThan(0);

    await page.goto(path);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeEnabled(); // the app runs
    await expect(page.getByText(/Loading your plan…|Loading the certification path…/)).toHaveCount(
      0,
    );
    const now = await page
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(now.sort()).toEqual(linked.sort());
  }
});

test('hydrating and scrolling down move nothing on screen', async ({ page }) => {
  // Layout shifts, as the browser reports them (Lighthouse's CLS adds up the same entries).
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[])
        w.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // /salary lays out its last sections only as they near the screen (`.below-fold`).
  for (const path of ['/', '/plan', '/roadmap', '/salary', '/compare']) {
    await page.goto(path);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeEnabled(); // the app runs
    await expect(page.getByText(/Loading your plan…|Loading the certification path…/)).toHaveCount(
      0,
    );
    for (let step = 0; step < 30; step++) {
      await page.evaluate(() => window.scrollBy(0, window.innerHeight / 2));
      await page.waitForTimeout(50);
    }
    const atEnd = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    );
    expect(atEnd, `${path} scrolled to its end`).toBe(true);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts, `layout shifts on ${path}`).toEqual([]);
  }
});
