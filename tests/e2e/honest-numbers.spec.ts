import { expect, isPhone, test } from './fixtures';
import type { Page } from '@playwright/test';

/** A dollar figure read off the page as a number ("$92,822" → 92822). */
const dollars = (text: string) => Number(text.replace(/[^0-9-]/g, ''));

async function fillBackground(
  page: Page,
  role: string,
  years: string,
  { target = 'Azure AI Engineer', hours = '10' } = {},
) {
  await page.goto('/plan');
  await page.getByLabel('Current role').selectOption({ label: role });
  await page.getByLabel('Years of professional experience').fill(years);
  await page.getByLabel('Python').selectOption({ label: 'None' });
  await page.getByLabel('Azure hands-on').selectOption({ label: 'None' });
  await page.getByLabel('AI and machine learning concepts').selectOption({ label: 'None' });
  await page.getByLabel('Target role').selectOption({ label: target });
  await page.getByLabel('Study hours per week').fill(hours);
}

const figure = (page: Page, label: string) =>
  page.getByRole('heading', { name: label, exact: true }).locator('..');

test.describe('numbers that are true for the person (390 px phone)', () => {
  test.beforeEach(({ page }) => {
    test.skip(!isPhone(page), 'the personas are checked on a phone');
  });

  test('a student with no experience is never promised a mid-level salary', async ({ page }) => {
    await fillBackground(page, 'Student or new graduate', '0', { hours: '15' });
    await expect(
      page.getByLabel('Years of software, data or cloud work'),
    ).toHaveAccessibleDescription(/Certpath counts 0 from your role/);
    await page.getByRole('navigation').getByRole('link', { name: 'Salary' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Is it worth it?' })).toBeVisible();

    // The stay line is a stated assumption for students, not a software developer's pay.
    const note = page.getByRole('note');
    await expect(note).toContainText('median pay of all US workers');
    await expect(note).toContainText('first job outside this path');
    await expect(note).not.toContainText('103,050');

    // The first year in the role is paid at the entry band, below the article's $120,000.
    const firstYear = figure(page, 'Pay in the first 12 months in the role');
    await expect(firstYear).toContainText('Entry level (AI engineering)');
    const paid = dollars((await firstYear.locator('.salary-stat-value').innerText()) ?? '');
    expect(paid).toBeLessThan(120_000);
    expect(paid).toBeGreaterThan(79_000);

    // The cost counts the study time, and break-even comes both ways.
    await expect(figure(page, 'Cost of the path, with your time')).toContainText(
      /hours of study × \$24 \(your hourly pay\)/,
    );
    const breakEven = figure(page, 'Break-even');
    await expect(breakEven).toContainText('Cash only');
    await expect(breakEven).toContainText('Counting your time');

    // The table says when the article's band is reached: after 3 years in the role.
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: /Pay a year from each month/ });
    await expect(table).toContainText('Entry level (AI engineering)');
    await expect(table).toContainText('Azure AI Engineer');
    await expect(
      page.getByText(/Azure AI Engineer band from .*, at 3 years of relevant experience/),
    ).toBeVisible();

    // Finish dates are ranges on the roadmap.
    await page.getByRole('navigation').getByRole('link', { name: 'Roadmap' }).click();
    await expect(page.getByLabel('Plan totals')).toContainText(/\d+–\d+ weeks/);
    await expect(page.getByLabel('Plan totals')).toContainText(/likely; between/);
  });

  test('a career changer with 8 years outside tech starts at 0 relevant years', async ({
    page,
  }) => {
    await fillBackground(page, 'Career changer (outside tech)', '8', {
      target: 'Senior AI Engineer',
      hours: '5',
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Salary' }).click();
    await expect(page.getByText(/Years that count toward the new role:/)).toContainText(
      '0 of your 8 years',
    );
    await expect(page.getByRole('note')).toContainText('$49,500');

    // No senior band from the first day: entry, then the article's levels as the years accrue.
    const firstYear = figure(page, 'Pay in the first 12 months in the role');
    await expect(firstYear).toContainText('Entry level (AI engineering)');
    expect(dollars(await firstYear.locator('.salary-stat-value').innerText())).toBeLessThan(
      155_000,
    );
    await expect(page.getByText(/Senior AI Engineer band from .*, at 5 years/)).toBeVisible();

    // At 5 hours a week the finish is a range of dates, not one day.
    const newRole = figure(page, 'New role from');
    await expect(newRole).toContainText(/Likely; between \w{3}( \d{4})? and \w{3} \d{4}/);
  });
});

test('an example opens labelled, and going back leaves the user’s own plan untouched', async ({
  page,
}) => {
  await page.goto('/plan');
  await page.getByLabel('Study hours per week').fill('23');
  await page.goto('/');
  await page.getByRole('link', { name: 'a student' }).click();
  const banner = page.getByRole('region', { name: 'Example plan' });
  await expect(banner).toContainText('This is an example: a student.');
  await expect(page.getByRole('heading', { level: 1, name: 'Is it worth it?' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('first job outside this path');
  await banner.getByRole('button', { name: 'Back to my plan' }).click();
  await page.goto('/plan');
  await expect(page.getByLabel('Study hours per week')).toHaveValue('23');
  await expect(page.getByLabel('Current role')).toHaveValue('software-developer');
});
