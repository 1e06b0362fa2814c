import type { Page } from '@playwright/test';
import { expect, isPhone, test } from './fixtures';

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: (el: { text: string; role: string | null; label: string | null }) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { text: a?.innerText?.trim() ?? '', role: a?.getAttribute('role') ?? a?.tagName.toLowerCase() ?? null, label: a?.getAttribute('aria-label') ?? null };
    });
    if (matches(el)) return;
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
  expect(styles.outline !== 'none' && styles.width > 0 || styles.shadow !== 'none', JSON.stringify(styles)).toBe(true);
}

test('skip link, form and roadmap work with the keyboard alone', async ({ page }) => {
  await page.goto('/plan');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  await tabTo(page, (el) => el.label === null && el.role === 'select' || el.role === 'combobox');
  await expect(page.getByLabel('Current role')).toBeFocused();
  await expectVisibleFocus(page);
  // Choose "Cloud engineer" with arrows.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Current role')).toHaveValue('cloud-engineer');

  await tabTo(page, (el) => /see your roadmap/i.test(el.text), 80);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your roadmap' })).toBeVisible();

  if (!isPhone(page)) {
    await tabTo(page, (el) => el.text === 'List');
    await page.keyboard.press('Enter');
  }
  await tabTo(page, (el) => /^Details/.test(el.text));
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
  await tabTo(page, (el) => el.role === 'button' && /AI-10[23]/.test(el.label ?? el.text));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /AI-10[23]/ })).toBeVisible();
  let left = false;
  for (let i = 0; i < 40 && !left; i++) {
    await page.keyboard.press('Tab');
    left = await page.evaluate(() => !document.activeElement?.closest('.react-flow'));
  }
  expect(left).toBe(true);
});
