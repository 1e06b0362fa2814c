import { paste } from '../../paste';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { profile, renderPlanPage, startOn } from './render-plan-page';

beforeEach(() => startOn('2026-09-01'));
afterEach(() => vi.useRealTimers());

const search = () => screen.getByRole('searchbox', { name: 'Find a certification' });

describe('/plan certifications held', () => {
  it('finds a certification by code without the dash, adds it, then removes it', async () => {
    const { user } = renderPlanPage();
    expect(screen.getByText('None added yet.')).toBeVisible();
    await paste(user, search(), 'az104');
    await user.click(
      screen.getByRole('button', { name: /Add AZ-104 Azure Administrator Associate/ }),
    );

    expect(profile().certificationsHeld).toEqual([{ code: 'AZ-104', earnedOn: null }]);
    const held = screen.getByRole('list', { name: 'Certifications you hold' });
    expect(within(held).getByText(/Azure Administrator Associate/)).toBeVisible();
    expect(search()).toHaveValue('');
    expect(search()).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove AZ-104' }));
    expect(profile().certificationsHeld).toEqual([]);
    expect(search()).toHaveFocus();
    expect(screen.queryByRole('list', { name: 'Certifications you hold' })).not.toBeInTheDocument();
  });

  it('finds by name, lists retired exams marked as retired, and hides ones already held', async () => {
    const { user } = renderPlanPage();
    await paste(user, search(), 'AI Engineer');
    const match = screen.getByRole('button', { name: /Add AI-102/ });
    expect(match).toHaveTextContent('Retired');
    await user.click(match);
    await paste(user, search(), 'AI-102');
    expect(screen.queryByRole('button', { name: /Add AI-102/ })).not.toBeInTheDocument();
    expect(screen.getByText('You already hold that one.')).toBeVisible();
    const held = screen.getByRole('list', { name: 'Certifications you hold' });
    expect(within(held).getByText('Retired')).toBeVisible();
  });

  it('keeps a certification the catalogue does not know, as typed, without refusing it', async () => {
    const { user } = renderPlanPage();
    await paste(user, search(), 'Kubernetes CKA');
    expect(screen.getByText(/Not in Certpath’s catalogue. You can still add it/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add “Kubernetes CKA” as you typed it' }));
    const list = screen.getByRole('list', { name: 'Certifications you hold' });
    expect(list).toHaveTextContent('Kubernetes CKA');
    expect(list).toHaveTextContent('Not in Certpath’s catalogue: kept as typed');
    expect(search()).toHaveValue('');
    expect(search()).toHaveFocus();
  });

  it('records the optional date earned', async () => {
    const { user } = renderPlanPage();
    await paste(user, search(), 'AZ-900');
    await user.click(screen.getByRole('button', { name: /Add AZ-900/ }));
    const date = screen.getByLabelText('Date earned for AZ-900 (optional)');
    await user.type(date, '2025-05-20');
    expect(profile().certificationsHeld).toEqual([{ code: 'AZ-900', earnedOn: '2025-05-20' }]);
    await user.clear(date);
    expect(profile().certificationsHeld).toEqual([{ code: 'AZ-900', earnedOn: null }]);
  });

  it('holding the core exam changes the plan summary', async () => {
    const { user } = renderPlanPage();
    await paste(user, search(), 'AI-103');
    await user.click(screen.getByRole('button', { name: /Add AI-103/ }));
    const summary = screen.getByRole('complementary', { name: 'Your plan so far' });
    expect(summary).toHaveTextContent('you hold it');
  });
});

describe('/plan when holding the retired AI-102', () => {
  it('explains it in the summary and offers confidence for the exam still to study (AI-103)', async () => {
    const { user } = renderPlanPage();
    await paste(user, search(), 'AI-102');
    await user.click(screen.getByRole('button', { name: /Add AI-102/ }));

    const summary = screen.getByRole('complementary', { name: 'Your plan so far' });
    expect(within(summary).getByRole('heading', { name: 'Good to know' })).toBeVisible();
    expect(
      within(summary)
        .getAllByRole('listitem')
        .some((li) => li.textContent?.includes('AI-102')),
    ).toBe(true);

    await user.click(screen.getByText('Confidence per skills area of the core exam (optional)'));
    expect(screen.getByText(/Moves your AI-103 study hours/)).toBeVisible();
    const area = screen.getByRole('group', {
      name: /Implement generative AI and agentic solutions/,
    });
    expect(area).toHaveAccessibleName(expect.stringMatching(/about \d+ hours for you/));
  });
});
