import { expect, expectNoAxeViolations, test } from './fixtures';

const routes = [
  '/',
  '/plan',
  '/roadmap',
  '/salary',
  '/compare',
  '/certs',
  '/certs/AI-102',
  '/certs/NOPE-1',
  '/nowhere',
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const route of routes) {
      test(`${route} has no violations`, async ({ page }) => {
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Let lazy parts (graph, chart) settle before the scan.
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page, `${route} (${scheme})`);
      });
    }
  });
}

test('the theme toggle overrides the system scheme and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page, '/ (dark by toggle)');
});
