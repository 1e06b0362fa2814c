import { expect, test } from './fixtures';

const hostileLinks = {
  damaged: 'v1.%%%not-a-plan',
  truncated: 'v1.N4Ig',
  'from a future version': 'v9.abcdef',
  oversized: `v1.${'A'.repeat(9000)}`,
  'with a script': 'v1.<script>alert(1)</script>',
};

test.describe('bad input never breaks the app or loses the user’s plan', () => {
  for (const [kind, token] of Object.entries(hostileLinks)) {
    test(`a ${kind} share link shows a clear message and keeps the saved profile`, async ({
      page,
    }) => {
      await page.goto('/plan');
      await page.getByLabel('Study hours per week').fill('23');
      await expect(page.getByRole('complementary', { name: 'Your plan so far' })).toBeVisible();

      await page.goto(`/roadmap#p=${encodeURIComponent(token)}`);
      await expect(
        page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: /link/i }).first(),
      ).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'Your roadmap' })).toBeVisible();

      await page.goto('/plan');
      await expect(page.getByLabel('Study hours per week')).toHaveValue('23');
    });
  }

  test('corrupted saved data is kept aside, the user is told, and the app starts clean', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('certpath', '{"state": {"profile": ');
    });
    await page.goto('/plan');
    await expect(page.getByRole('heading', { level: 1, name: 'Your background' })).toBeVisible();
    await expect(page.getByText(/saved data/i).first()).toBeVisible();
    // Kept exactly as it was, inside a dated note of why (src/store/backups.ts).
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter(
        (k) =>
          k.startsWith('certpath-backup-') &&
          JSON.parse(localStorage.getItem(k) ?? '{}').text === '{"state": {"profile": ',
      ),
    );
    expect(kept.length).toBeGreaterThan(0);
    // The app still works: a change is saved again.
    await page.getByLabel('Study hours per week').fill('12');
    await page.reload();
    await expect(page.getByLabel('Study hours per week')).toHaveValue('12');
  });
});

test('after one visit every route opens with the network off', async ({
  page,
  context,
  browserName,
}) => {
  test.skip(browserName !== 'chromium');
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Once the worker controls the page, everything it precached is served offline.
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);
  for (const [path, title] of [
    ['/', /Azure AI Engineer/],
    ['/plan', 'Your background'],
    ['/roadmap', 'Your roadmap'],
    ['/salary', 'Is it worth it?'],
    ['/compare', 'Compare paths'],
    ['/certs', 'Certification catalogue'],
    ['/certs/AI-103', /AI-103/],
  ] as const) {
    // Offline, wait for the document only: the test asserts on what the page shows.
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // The app itself started, not only the prerendered HTML: controls work, plans show.
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeEnabled();
    await expect(page.getByText('Loading your plan…')).toHaveCount(0);
  }
  await context.setOffline(false);
});

test('when the app’s code cannot arrive, the page says so and keeps its content', async ({
  page,
  guard,
}) => {
  // The app's entry (index.html's module script, src/main.tsx).
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/certs/AI-102');
  await expect(page.getByRole('alert')).toContainText('Certpath could not finish loading');
  await expect(page.getByRole('link', { name: 'reload the page' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AI-102');
  // The blocked download itself is logged by the browser; that is the point of this test.
  guard.problems = guard.problems.filter((p) => !/Failed to load|failed to fetch|index-/i.test(p));
});
