import { expect, test } from './fixtures';

// A living plan (SPEC "A living plan"): progress recorded on /roadmap re-dates what is left.
test('a plan follows the user: an exam passed, two weeks logged, re-dated, kept after a reload', async ({
  page,
}) => {
  await page.goto('/plan');
  await page.getByLabel('Current role').selectOption({ label: 'Career changer (outside tech)' });
  await page.getByLabel('Study hours per week').fill('5');
  await page.getByRole('link', { name: /see your roadmap/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your roadmap' })).toBeVisible();

  const panel = page.getByRole('region', { name: 'Your progress' });
  await expect(panel).toContainText('Record what you do as you go');
  const finish = page.locator('.totals-card').filter({ hasText: 'Finish' }).locator('dd');
  const firstFinish = await finish.textContent();

  // The first exam on the path: passed today.
  const passedCode = await panel.locator('.progress-step strong').first().textContent();
  expect(passedCode).toMatch(/^[A-Z]+-\d+$/);
  await panel
    .getByRole('combobox', { name: `Where you are with ${passedCode}` })
    .selectOption({ label: 'Passed' });

  // Two check-ins: this week 6 hours, then a short one replaces it (the same week).
  const hours = panel.getByRole('textbox', { name: 'Hours studied this week' });
  await hours.fill('6');
  await panel.getByRole('button', { name: 'Log hours' }).click();
  await expect(panel.getByRole('status')).toContainText('Logged 6 hours');
  await hours.fill('2');
  await panel.getByRole('button', { name: 'Log hours' }).click();
  await expect(panel.getByRole('table', { name: /Study log: 2 hours over 1 week/ })).toBeVisible();
  await expect(panel).toContainText(/On track|Ahead by|Behind by/);

  // The passed exam is held now: the list says so and the finish moved.
  await expect(finish).not.toHaveText(firstFinish ?? '');

  // A reload keeps it all.
  await page.reload();
  const again = page.getByRole('region', { name: 'Your progress' });
  await expect(again.getByRole('table', { name: /Study log: 2 hours/ })).toBeVisible();
  await expect(
    again.getByRole('combobox', { name: `Where you are with ${passedCode}` }),
  ).toHaveValue('passed');
});
