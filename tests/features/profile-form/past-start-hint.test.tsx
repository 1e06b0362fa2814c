import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '@/store/app-store';
import { profile, renderPlanPage, startOn } from './render-plan-page';

afterEach(() => vi.useRealTimers());

describe('a start date left in the past', () => {
  it('is pointed out, and "Start from today" moves it to today', async () => {
    startOn('2026-09-01');
    useAppStore.getState().setProfileField('startDate', '2026-07-15');
    const { user } = renderPlanPage();
    expect(screen.getByText(/start date is in the past/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Start from today' }));
    expect(profile().startDate).toBe('2026-09-01');
    expect(screen.queryByText(/start date is in the past/)).not.toBeInTheDocument();
  });

  it('says nothing for a start today or later', () => {
    startOn('2026-09-01');
    renderPlanPage();
    expect(screen.queryByText(/start date is in the past/)).not.toBeInTheDocument();
  });
});
