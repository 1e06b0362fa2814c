import { expect, isPhone, test } from './fixtures';

test.describe('the catalogue on a phone', () => {
  test.beforeEach(({ page }) => {
    test.skip(!isPhone(page), 'checked at 390 px');
  });

  test('the /certs table shows each exam’s status without scrolling sideways', async ({ page }) => {
    await page.goto('/certs');
    const table = page.getByRole('table', { name: /Certifications/ });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'AI-102' }) });
    const status = row.getByRole('cell').nth(1);
    await expect(status).toContainText('Retired on 30 Jun 2026');
    const box = await status.boundingBox();
    expect(box).not.toBeNull();
    // The whole cell, not a sliver of it.
    expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  });

  test('a certification page has its outline, its Microsoft Learn pages and dated sources', async ({
    page,
  }) => {
    await page.goto('/certs/AZ-305');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AZ-305');
    const skills = page.getByRole('region', { name: 'Skills measured' });
    await expect(skills).toContainText('Skills outline of 17 Apr 2026');
    await expect(skills).toContainText('Design infrastructure solutions');
    const prepare = page.getByRole('region', { name: 'Prepare and book' });
    await expect(prepare.getByRole('link', { name: /Study guide for Exam AZ-305/ })).toBeVisible();
    await expect(prepare.getByRole('link', { name: /Schedule exam/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sources' })).toContainText(
      'Microsoft Learn, 17 Apr 2026',
    );
  });

  test('the held-certifications search finds AZ-500 and DP-203, and keeps what it does not know', async ({
    page,
  }) => {
    await page.goto('/plan');
    const search = page.getByRole('searchbox', { name: 'Find a certification' });
    await search.fill('AZ-500');
    const az500 = page.getByRole('button', { name: /Add AZ-500/ });
    await expect(az500).toContainText('Retired');
    await az500.click();
    await search.fill('DP-203');
    await page.getByRole('button', { name: /Add DP-203/ }).click();
    await search.fill('CKA Kubernetes');
    await page.getByRole('button', { name: 'Add “CKA Kubernetes” as you typed it' }).click();
    const held = page.getByRole('list', { name: 'Certifications you hold' });
    await expect(held).toContainText('AZ-500');
    await expect(held).toContainText('DP-203');
    await expect(held).toContainText('Not in Certpath’s catalogue: kept as typed');
    await page.reload();
    await expect(page.getByRole('list', { name: 'Certifications you hold' })).toContainText(
      'CKA Kubernetes',
    );
  });
});
