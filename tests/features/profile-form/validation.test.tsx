import { paste } from '../../paste';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { profile, renderPlanPage, startOn } from './render-plan-page';

beforeEach(() => startOn('2026-09-01'));
afterEach(() => vi.useRealTimers());

describe('/plan validation', () => {
  it.each([
    ['Study hours per week', '0', 'Hours per week must be between 1 and 60', 'hoursPerWeek'],
    ['Study hours per week', '61', 'Hours per week must be between 1 and 60', 'hoursPerWeek'],
    ['Study hours per week', 'lots', 'Hours per week must be between 1 and 60', 'hoursPerWeek'],
    [
      'Years of professional experience',
      '51',
      'Years of experience must be between 0 and 50',
      'yearsExperience',
    ],
    [
      'Years of professional experience',
      '-1',
      'Years of experience must be between 0 and 50',
      'yearsExperience',
    ],
    [
      'Years of professional experience',
      '2.5',
      'Years of experience must be a whole number',
      'yearsExperience',
    ],
    [
      'Current salary (optional)',
      '2000001',
      'Current salary must be between 0 and 2,000,000',
      'currentSalaryUsd',
    ],
    [
      'Current salary (optional)',
      'a lot',
      'Current salary must be a number of US dollars',
      'currentSalaryUsd',
    ],
  ] as const)(
    '%s "%s" shows "%s" and leaves the profile unchanged',
    async (label, text, message, key) => {
      const { user } = renderPlanPage();
      const before = profile();
      const box = screen.getByRole('textbox', { name: label });
      // Pasted whole, so no valid prefix ("6" of "61") reaches the store on the way.
      await user.clear(box);
      await user.paste(text);
      expect(box).toHaveValue(text);
      expect(box).toBeInvalid();
      expect(box).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(profile()[key]).toBe(before[key]);
    },
  );

  it('an emptied start date shows an error and keeps the last valid date', async () => {
    const { user } = renderPlanPage();
    const input = screen.getByLabelText('Start date');
    await user.clear(input);
    expect(input).toBeInvalid();
    expect(screen.getByText('Start date must be a valid date')).toBeVisible();
    expect(profile().startDate).toBe('2026-09-01');
  });

  it('a start date past 2099 (which no calendar file can hold) shows an error and keeps the last valid date', async () => {
    const { user } = renderPlanPage();
    const input = screen.getByLabelText('Start date');
    expect(input).toHaveAttribute('max', '2099-12-31');
    await user.clear(input);
    await user.type(input, '9999-12-31');
    expect(
      screen.getByText('Start date must be a date between 1 Jan 2000 and 31 Dec 2099'),
    ).toBeVisible();
    expect(profile().startDate).toBe('2026-09-01');
  });

  it('warns in the summary that it uses the last valid answers while a field is bad', async () => {
    const { user } = renderPlanPage();
    expect(screen.queryByText(/Some fields need fixing/)).not.toBeInTheDocument();
    const hours = screen.getByRole('textbox', { name: 'Study hours per week' });
    await user.clear(hours);
    await paste(user, hours, '99');
    expect(screen.getByText(/Some fields need fixing/)).toBeVisible();
    await user.clear(hours);
    await paste(user, hours, '12');
    expect(screen.queryByText(/Some fields need fixing/)).not.toBeInTheDocument();
    expect(profile().hoursPerWeek).toBe(12);
  });

  it('accepts a salary written with separators and keeps it as typed', async () => {
    const { user } = renderPlanPage();
    const salary = screen.getByRole('textbox', { name: 'Current salary (optional)' });
    await paste(user, salary, '$120,000');
    expect(salary).toHaveValue('$120,000');
    expect(salary).not.toBeInvalid();
    expect(profile().currentSalaryUsd).toBe(120000);
    await user.clear(salary);
    expect(profile().currentSalaryUsd).toBeNull();
  });

  it('keeps bad text, and its error, across leaving and coming back to the page', async () => {
    const first = renderPlanPage();
    const years = screen.getByRole('textbox', { name: 'Years of professional experience' });
    await first.user.clear(years);
    await first.user.paste('70');
    first.unmount();

    renderPlanPage();
    const again = screen.getByRole('textbox', { name: 'Years of professional experience' });
    expect(again).toHaveValue('70');
    expect(again).toHaveAccessibleDescription(
      expect.stringContaining('Years of experience must be between 0 and 50'),
    );
    expect(profile().yearsExperience).toBe(4);
  });
});
