import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hydrateStore, useAppStore } from '@/store/app-store';
import { profile, renderPlanPage, startOn } from './render-plan-page';

beforeEach(() => startOn('2026-09-01'));
afterEach(() => vi.useRealTimers());

const summary = () => screen.getByRole('complementary', { name: 'Your plan so far' });
const summaryValue = (term: string) => {
  const dt = within(summary()).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
};
const weeks = () => Number(/(\d+) weeks? likely/.exec(summaryValue('Study time'))?.[1]);

describe('/plan page', () => {
  it('has one h1, the four sections and a visible label on every field', () => {
    renderPlanPage();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    for (const name of ['About you', 'Skills', 'Certifications you hold', 'Your goal and time']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    for (const name of [
      'Current role',
      'Where you work',
      'Python',
      'Azure hands-on',
      'AI and machine learning concepts',
      'Target role',
    ]) {
      expect(screen.getByRole('combobox', { name })).toBeVisible();
    }
    expect(screen.getByRole('textbox', { name: 'Study hours per week' })).toHaveValue('10');
    expect(screen.getByLabelText('Start date')).toHaveValue('2026-09-01');
  });

  it('updates the summary as hours per week change: more hours, fewer weeks', async () => {
    const { user } = renderPlanPage();
    const hours = screen.getByRole('textbox', { name: 'Study hours per week' });
    await user.clear(hours);
    await user.type(hours, '5');
    const slow = weeks();
    await user.clear(hours);
    await user.type(hours, '20');
    expect(weeks()).toBeLessThan(slow);
    expect(summary()).toHaveTextContent(/Finish/);
  });

  it('gives the phone’s bar the whole answer: the next exam, the hours and the finish range', async () => {
    const { user } = renderPlanPage();
    // The bar's two lines, each a span whose whole text starts so.
    const line = (start: string) =>
      screen.getByText((_, el) => el?.tagName === 'SPAN' && !!el.textContent?.startsWith(start))
        .textContent;
    const bar = () => ({ next: line('Next: '), finish: line('Finish ') });
    const hours = /\d+–\d+ hours/.exec(summaryValue('Study time'))![0];
    expect(bar().next).toBe(`Next: ${/^AI-\d{3}/.exec(summaryValue('Core exam'))![0]} · ${hours}`);
    // "likely; between 7 Feb and 14 Mar 2027" in the summary: "7 Feb – 14 Mar 2027 (likely 21 Feb)".
    const [likelyDay] = summaryValue('Finish').split(/likely/);
    const range = /between (.+)$/.exec(summaryValue('Finish'))![1]!.replace(' and ', ' – ');
    expect(bar().finish).toBe(`Finish ${range} (likely ${likelyDay!.replace(/ \d{4}$/, '')})`);
    const before = bar().finish;
    const field = screen.getByRole('textbox', { name: 'Study hours per week' });
    await user.clear(field);
    await user.type(field, '3');
    expect(bar().finish).not.toBe(before);
  });

  it.each([
    ['2026-09-01', /^AI-103 .*replaces AI-102/],
    ['2026-01-05', /^AI-102 Azure AI Engineer Associate$/],
  ])('on %s names the core exam current then (%s)', (today, expected) => {
    startOn(today);
    renderPlanPage();
    expect(summaryValue('Core exam')).toMatch(expected);
  });

  it('changes the summary when a select changes (architect adds the expert path)', async () => {
    const { user } = renderPlanPage();
    const before = weeks();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Target role' }),
      'AI Solutions Architect',
    );
    expect(profile().targetRole).toBe('ai-solutions-architect');
    expect(weeks()).toBeGreaterThan(before);
  });

  it('links to the roadmap', () => {
    renderPlanPage();
    expect(within(summary()).getByRole('link', { name: 'See your roadmap' })).toHaveAttribute(
      'href',
      '/roadmap',
    );
  });

  it('keeps the confidence section collapsed until opened, then sets an area', async () => {
    const { user } = renderPlanPage();
    const toggle = screen.getByText('Confidence per skills area of the core exam (optional)');
    const firstArea = () =>
      screen.getByRole('group', { name: /Plan and manage an Azure AI solution/ });
    expect(firstArea()).not.toBeVisible();
    await user.click(toggle);
    expect(firstArea()).toBeVisible();
    await user.click(within(firstArea()).getByRole('radio', { name: 'Strong' }));
    const [id, level] = Object.entries(profile().areaConfidence)[0] ?? [];
    expect(level).toBe('strong');
    expect(id).toBeTruthy();
  });

  it('saves input to localStorage and shows it again after a reload', async () => {
    const { user, unmount } = renderPlanPage();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Current role' }),
      'Data scientist',
    );
    unmount();
    const saved = localStorage.getItem('certpath');
    useAppStore.setState(useAppStore.getInitialState(), true);
    localStorage.setItem('certpath', saved ?? '');
    await hydrateStore();
    renderPlanPage();
    expect(screen.getByRole('combobox', { name: 'Current role' })).toHaveValue('data-scientist');
  });
});
