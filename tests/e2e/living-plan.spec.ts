import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test, TODAY } from './fixtures';

const DAY = 86_400_000;
const iso = (d: Date) =>
  [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
/** "21 Feb 2027" (the app's one date format) as a time, for comparing dates read off the page. */
const dayOf = (text: string) => Date.parse(`${text} 12:00`);
const firstDate = (text: string | null) => /\d{1,2} [A-Z][a-z]{2} \d{4}/.exec(text ?? '')![0];
/** "12–25 hours" → [12, 25]. */
const hoursOf = async (facts: Locator) =>
  (/(\d+)–(\d+) hours/.exec((await facts.textContent()) ?? '') ?? []).slice(1).map(Number);

// A living plan (SPEC "A living plan"): progress recorded on /roadmap re-dates what is left.
test('a plan follows the user: an exam passed, two weeks logged, a practice result, a week away, the calendar, kept after a reload', async ({
  page,
}) => {
  await page.goto('/plan');
  await page.getByLabel('Current role').selectOption({ label: 'Career changer (outside tech)' });
  await page.getByLabel('Azure hands-on').selectOption('none');
  await page.getByLabel('Study hours per week').fill('5');
  await page.getByRole('link', { name: /see your roadmap/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your roadmap' })).toBeVisible();

  const panel = page.getByRole('region', { name: 'Your progress' });
  await expect(panel).toContainText('Record what you do as you go');
  const finish = page.locator('.totals-card').filter({ hasText: 'Finish' }).locator('dd');
  const firstFinish = firstDate(await finish.textContent());
  const timeline = page.getByRole('list', { name: 'Study timeline' }).getByRole('listitem');

  // The first exam on the path, passed three weeks ago.
  const passedCode = await panel.locator('.progress-step strong').first().textContent();
  expect(passedCode).toMatch(/^[A-Z]+-\d+$/);
  await panel
    .getByRole('combobox', { name: `Where you are with ${passedCode}` })
    .selectOption({ label: 'Passed' });
  await panel
    .getByLabel(`Passed on (${passedCode})`)
    .fill(iso(new Date(TODAY.getTime() - 21 * DAY)));
  await expect(timeline.first()).not.toContainText(passedCode!);
  const nextCode = (await timeline.first().locator('.timeline-what strong').textContent())!;
  const [minBefore, maxBefore] = await hoursOf(timeline.first().locator('.timeline-facts'));
  // Ahead of the plan as it stood: by the weeks the passed exam would have taken.
  const afterPass = firstDate(await finish.textContent());
  expect(dayOf(afterPass)).toBeLessThan(dayOf(firstFinish));
  await expect(panel.locator('.progress-pace')).toHaveText(/^Ahead by about \d+ weeks?:/);

  // Two weeks logged since, one short: last week 6 hours (a missed check-in), this week 2.
  const hours = panel.getByRole('textbox', { name: 'Hours studied' });
  const week = panel.getByRole('combobox', { name: 'Week' });
  await week.selectOption({ index: 1 });
  await hours.fill('6');
  await panel.getByRole('button', { name: 'Log hours' }).click();
  await expect(panel.getByText(/^Logged 6 hours for the week of/)).toBeVisible();
  await week.selectOption({ index: 0 });
  await hours.fill('2');
  await panel.getByRole('button', { name: 'Log hours' }).click();
  await expect(panel.getByRole('table', { name: /Study log: 8 hours over 2 weeks/ })).toBeVisible();
  // Logged after the pass, the 8 hours come off the next exam, and what is left is re-dated.
  await expect
    .poll(() => hoursOf(timeline.first().locator('.timeline-facts')))
    .toEqual([Math.max(0, minBefore! - 8), Math.max(0, maxBefore! - 8)]);
  await expect(timeline.first()).toContainText(nextCode);
  const afterLog = firstDate(await finish.textContent());
  expect(dayOf(afterLog)).toBeLessThanOrEqual(dayOf(afterPass));
  // The label agrees with its own dates: weeks between the plan as it stood and today's.
  const pace = (await panel.locator('.progress-pace').textContent())!;
  const [, by, likely, planned] =
    /^Ahead by about (\d+) weeks?: likely finish (.+?); on .+? you planned (.+)\.$/.exec(pace)!;
  expect(likely).toBe(afterLog);
  expect(planned).toBe(firstFinish);
  expect(Number(by)).toBe(Math.round((dayOf(planned!) - dayOf(likely!)) / (7 * DAY)));

  // A practice result for the core exam: readiness against the target, weak areas marked.
  const practice = panel.getByRole('region', { name: 'Practice results and readiness' });
  const pick = practice.getByRole('combobox', { name: 'Practice results for' });
  if (await pick.count()) await pick.selectOption('AI-103');
  const scores = practice
    .getByRole('group', { name: /AI-103 practice result/ })
    .getByRole('textbox');
  for (const [i, score] of ['55', '82', '90', '85', '70'].entries())
    await scores.nth(i).fill(score);
  await practice.getByRole('button', { name: 'Save practice result' }).click();
  await expect(practice.getByText(/^Readiness for AI-103: \d+–\d+%/)).toBeVisible();
  await expect(
    practice.getByText(/^Not ready to book yet: 2 of 5 skills areas are below 80%/),
  ).toBeVisible();

  // The week view: AI-103 week by week; a week away moves the finish a week later.
  const weeks = page.getByRole('region', { name: 'Week by week' });
  const step = weeks.locator('details', { has: page.locator('summary', { hasText: 'AI-103' }) });
  // The step being studied opens by itself; a later one opens on a click.
  if ((await step.getAttribute('open')) === null) await step.locator('summary').click();
  const table = weeks.getByRole('table', { name: /AI-103, week by week/ });
  await expect(table.getByRole('row').nth(1)).toContainText(/\(\d+(\.\d)? h\)/);
  const beforeAway = firstDate(await finish.textContent());
  await table
    .getByRole('row')
    .nth(2)
    .getByRole('checkbox', { name: /^Away / })
    .check();
  await expect(table.getByRole('row').nth(2).getByRole('rowheader')).toHaveText(/^Away/);
  await expect
    .poll(async () => dayOf(firstDate(await finish.textContent())) - dayOf(beforeAway))
    .toBe(7 * DAY);

  // The calendar file: recurring timed sessions on the study days, the away week left out.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Share and export' }).click();
  await page.getByRole('button', { name: 'Study calendar (.ics)' }).click();
  const ics = readFileSync((await (await download).path())!, 'utf8').replace(/\r\n /g, '');
  expect(ics).toContain('SUMMARY:Study for AI-103');
  expect(ics).toMatch(
    /DTSTART:\d{8}T190000\r\nDURATION:PT1H40M\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,SA;UNTIL=\d{8}T235959/,
  );
  // Exactly the week the week view shows away: its three sessions, and nothing else.
  const [, from, to] = /Away \((.+?) – (.+?)\): no study\./.exec(ics)!;
  const exdates = /EXDATE:([\dT,]+)/.exec(ics)![1]!.split(',');
  expect(exdates).toHaveLength(3);
  for (const d of exdates) {
    const day = Date.parse(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T12:00`);
    expect(day).toBeGreaterThanOrEqual(dayOf(from!));
    expect(day).toBeLessThanOrEqual(dayOf(to!));
  }

  // A reload keeps it all.
  await page.reload();
  const again = page.getByRole('region', { name: 'Your progress' });
  await expect(again.getByRole('table', { name: /Study log: 8 hours/ })).toBeVisible();
  await expect(again.getByText(/^Readiness for AI-103/)).toBeVisible();
  await expect(
    again.getByRole('combobox', { name: `Where you are with ${passedCode}` }),
  ).toHaveValue('passed');
});
