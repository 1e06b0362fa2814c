import { expect, isPhone, test } from './fixtures';

test.describe('journeys', () => {
  test('a career changer fills the form and gets AZ-900 and the AI fundamentals exam recommended', async ({
    page,
  }) => {
    await page.goto('/plan');
    await expect(page.getByRole('heading', { level: 1, name: 'Your background' })).toBeVisible();
    await page
      .getByLabel('Current role')
      .selectOption({ label: 'Career changer (technical background)' });
    await page.getByLabel('Years of professional experience').fill('2');
    await page.getByLabel('Azure hands-on').selectOption({ label: 'None' });
    await page.getByLabel('AI and machine learning concepts').selectOption({ label: 'None' });
    await page.getByLabel('Study hours per week').fill('8');

    const summary = page.getByRole('complementary', { name: 'Your plan so far' });
    await expect(summary).toContainText('AI-103');

    await page.getByRole('link', { name: /see your roadmap/i }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your roadmap' })).toBeVisible();
    if (!isPhone(page)) await page.getByRole('button', { name: 'List', exact: true }).click();

    const steps = page.getByRole('list', { name: 'Roadmap steps in order' });
    const az900 = steps.getByRole('listitem').filter({ hasText: 'AZ-900' });
    await expect(az900).toContainText('Recommended');
    const fundamentals = steps.getByRole('listitem').filter({ hasText: 'AI-901' });
    await expect(fundamentals).toContainText('Recommended');
    const core = steps.getByRole('listitem').filter({ hasText: 'AI-103' });
    await expect(core).toContainText('Required');
    await expect(core).toContainText('Weeks');
    await expect(core).toContainText('Exam');
    await expect(core).toContainText('2027');
  });

  test('a cloud engineer holding AZ-104 aiming at Solutions Architect sees AZ-305 required after it', async ({
    page,
  }) => {
    await page.goto('/plan');
    await page.getByLabel('Current role').selectOption({ label: 'Cloud engineer' });
    await page.getByLabel('Azure hands-on').selectOption({ label: 'Daily' });
    await page.getByLabel('Target role').selectOption({ label: 'AI Solutions Architect' });
    await page.getByRole('searchbox', { name: 'Find a certification' }).fill('AZ-104');
    await page.getByRole('button', { name: /add AZ-104/i }).click();
    await expect(page.getByRole('list', { name: 'Certifications you hold' })).toContainText(
      'AZ-104',
    );

    await page.getByRole('link', { name: /see your roadmap/i }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your roadmap' })).toBeVisible();

    if (!isPhone(page)) {
      const graph = page
        .getByRole('application')
        .or(page.getByLabel('Certification roadmap graph'))
        .first();
      await expect(graph).toBeVisible();
      await expect(graph).toContainText('AZ-305');
      await expect(graph).toContainText('AZ-104');
      await page.getByRole('button', { name: 'List', exact: true }).click();
    }
    const steps = page.getByRole('list', { name: 'Roadmap steps in order' });
    const items = steps.getByRole('listitem');
    await expect(items.filter({ hasText: 'AZ-104' })).toContainText('Held');
    await expect(items.filter({ hasText: 'AZ-305' })).toContainText('Required');
    const texts = await items.allInnerTexts();
    const at = (code: string) => texts.findIndex((t) => t.includes(code));
    expect(at('AZ-104')).toBeLessThan(at('AZ-305'));

    // Open AZ-305's details with the keyboard only.
    const details = items.filter({ hasText: 'AZ-305' }).getByRole('button', { name: /details/i });
    await details.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: /AZ-305/ });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('AZ-104');
    await expect(panel).toContainText(/\$165/);
  });

  test('a developer compares two roles on /salary and a tech hub moves the bands 15–25%', async ({
    page,
  }) => {
    await page.goto('/salary');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('checkbox', { name: /Generative AI Developer/ }).check();
    // A table on a wide screen, one card per measure on a phone.
    const summary = page.getByRole('region', { name: 'Path summary' });
    await expect(summary).toContainText('Generative AI Developer');
    await expect(summary).toContainText('Azure AI Engineer');

    const bands = page.getByRole('table', { name: 'Pay levels (USD a year, before tax)' });
    await expect(bands).toContainText('$120,000');
    await expect(bands).toContainText('$155,000');
    await expect(bands).toContainText('$135,000–$175,000');
    await page
      .getByRole('combobox', { name: 'Where you work' })
      .selectOption({ label: 'US tech hub (San Francisco, Seattle, New York)' });
    // 120,000 × 1.15 and 155,000 × 1.25
    await expect(bands).toContainText('$138,000');
    await expect(bands).toContainText('$193,750');
    // Generative AI Developer: 135,000 × 1.15 and 175,000 × 1.25
    await expect(bands).toContainText('$155,250');
    await expect(bands).toContainText('$218,750');
  });

  test('a reload keeps the profile; the not-found page links home', async ({ page }) => {
    await page.goto('/plan');
    await page.getByLabel('Study hours per week').fill('17');
    await page.getByLabel('Target role').selectOption({ label: 'Generative AI Developer' });
    await page.reload();
    await expect(page.getByLabel('Study hours per week')).toHaveValue('17');
    await expect(page.getByLabel('Target role')).toHaveValue('generative-ai-developer');

    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: /home/i }).first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
