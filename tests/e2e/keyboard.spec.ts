import type { Locator, Page } from '@playwright/test';
import { expect, isPhone, test } from './fixtures';

/** Presses Tab until `target` has focus, failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error('focus never reached the element');
}

/** The focused element shows a visible focus indicator (outline or box-shadow). */
async function expectVisibleFocus(page: Page) {
  const styles = await page.evaluate(() => {
    const a = document.activeElement as HTMLElement;
    const s = getComputedStyle(a);
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(
    (styles.outline !== 'none' && styles.width > 0) || styles.shadow !== 'none',
    JSON.stringify(styles),
  ).toBe(true);
}

test('skip link, form and roadmap work with the keyboard alone', async ({ page }) => {
  await page.goto('/plan');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByLabel('Current role'));
  await expectVisibleFocus(page);
  // Choose "Cloud engineer" with arrows.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Current role')).toHaveValue('cloud-engineer');

  await tabTo(page, page.getByRole('link', { name: /see your roadmap/i }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your roadmap' })).toBeVisible();

  if (!isPhone(page)) {
    await tabTo(page, page.getByRole('button', { name: 'List', exact: true }));
    await page.keyboard.press('Enter');
  }
  await tabTo(page, page.getByRole('button', { name: /^Details/ }).first());
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /AI-10[23]|AZ-|AI-90/ })).toBeVisible();
});

test('the graph is not a keyboard trap: Tab moves through it and out', async ({ page }) => {
  test.skip(isPhone(page), 'phones get the list view');
  await page.goto('/roadmap');
  const graph = page.getByLabel('Certification roadmap graph');
  await expect(graph).toBeVisible();
  // Reach a node, select it with Enter, then keep tabbing until focus leaves the graph.
  await tabTo(page, graph.getByLabel(/^AI-10[23] .*Press Enter for details/));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /AI-10[23]/ })).toBeVisible();
  let left = false;
  for (let i = 0; i < 40 && !left; i++) {
    await page.keyboard.press('Tab');
    left = await page.evaluate(() => !document.activeElement?.closest('.react-flow'));
  }
  expect(left).toBe(true);
});

test('the salary comparison and region switch work with the keyboard alone', async ({ page }) => {
  await page.goto('/salary');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const genAi = page.getByRole('checkbox', { name: /Generative AI Developer/ });
  await tabTo(page, genAi);
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(genAi).toBeChecked();
  await expect(page.getByRole('region', { name: 'Path summary' })).toContainText(
    'Generative AI Developer',
  );

  const region = page.getByRole('combobox', { name: 'Where you work' });
  await region.focus();
  await page.keyboard.press('ArrowUp');
  await expect(region).toHaveValue('us-hub');
  await expect(
    page.getByRole('table', { name: 'Pay levels (USD a year, before tax)' }),
  ).toContainText('$155,250');
});

test('“Share and export” works as a menu button: Escape, a click elsewhere or Tab out closes it', async ({
  page,
}) => {
  await page.goto('/roadmap');
  const toggle = page.getByRole('button', { name: 'Share and export' });
  const copy = page.getByRole('button', { name: 'Copy link' });
  await tabTo(page, toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(copy).toBeHidden();

  // Open, step in, Escape: closed, focus back on the button.
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(copy).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // Escape with focus on the button itself.
  await page.keyboard.press('Space');
  await expect(copy).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(copy).toBeHidden();
  await expect(toggle).toBeFocused();

  // Tabbing past the last item leaves the menu closed behind it.
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Import plan…' }), 6);
  await page.keyboard.press('Tab');
  await expect(copy).toBeHidden();

  // A click or tap anywhere else closes it.
  await toggle.click();
  await expect(copy).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(copy).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // The file input behind "Import plan…" is neither seen nor read out: one button, not two.
  await toggle.click();
  const actions = page.getByRole('region', { name: 'Save and share this plan' });
  expect(await actions.ariaSnapshot()).not.toContain('Plan file to import');
  await expect(page.getByLabel('Plan file to import')).toBeHidden();
});
