import { paste } from '../../paste';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultProfile } from '@/domain/schema';
import { formatDate } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { usePlan } from '@/store/use-plan';
import { ProgressPanel } from '@/features/roadmap/progress-panel';
import { progressText, stepInfos } from '@/features/roadmap/step-info';
import { buildPlan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';

const catalog = realCatalog();

vi.mock('@/store/today', () => ({ todayIso: () => '2026-12-03' }));

/** The panel as /roadmap shows it: fed by the plan of what is in the store. */
function Panel() {
  const { catalog, profile, plan, today } = usePlan();
  return (
    <>
      <ProgressPanel profile={profile} studyPlan={plan.studyPlan} catalog={catalog} today={today} />
      <p data-testid="finish">{plan.studyPlan.totals.finish.likely}</p>
      <p data-testid="steps">{plan.studyPlan.steps.map((s) => s.code).join(' ')}</p>
    </>
  );
}

const state = () => useAppStore.getState();

beforeEach(() => {
  useAppStore.setState({
    profile: {
      ...defaultProfile('2026-12-03'),
      currentRole: 'career-changer-outside',
      python: 'none',
      azure: 'none',
      aiml: 'none',
      hoursPerWeek: 5,
      startDate: '2026-11-02',
    },
    drafts: {},
  });
});

describe('ProgressPanel: a living plan on /roadmap', () => {
  it('logs this week’s hours, re-dates from today and measures against the first plan', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const firstFinish = screen.getByTestId('finish').textContent!;
    expect(screen.getByText(/Record what you do as you go/)).toBeInTheDocument();

    const hours = screen.getByRole('textbox', { name: 'Hours studied' });
    expect(screen.getByRole('combobox', { name: 'Week' })).toHaveDisplayValue(
      'This week (from 30 Nov 2026)',
    );
    await paste(user, hours, '3');
    await user.click(screen.getByRole('button', { name: 'Log hours' }));

    expect(state().profile.progress.log).toEqual([{ weekOf: '2026-11-30', hours: 3 }]);
    // The baseline: the plan as it stood, dated from today (it started a month ago).
    expect(state().profile.progress.baselineFinish! > firstFinish).toBe(true);
    expect(screen.getByText(/^Logged 3 hours for the week of/)).toHaveAttribute('role', 'status');
    // A missed check-in: last week, afterwards.
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Week' }),
      'Last week (from 23 Nov 2026)',
    );
    await paste(user, hours, '1');
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    expect(state().profile.progress.log).toEqual([
      { weekOf: '2026-11-23', hours: 1 },
      { weekOf: '2026-11-30', hours: 3 },
    ]);
    await user.click(screen.getByRole('button', { name: /Remove\s*the week of 23 Nov 2026/ }));
    const log = screen.getByRole('table', { name: /Study log: 3 hours over 1 week/ });
    expect(within(log).getByRole('rowheader', { name: formatDate('2026-11-30') })).toBeVisible();
    // The baseline is the plan dated from today, so the first record starts on track.
    expect(screen.getByText(/^On track/)).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: `Remove the week of ${formatDate('2026-11-30')}` }),
    );
    expect(state().profile.progress.log).toEqual([]);
  });

  it('refuses a check-in that is not a number of hours, and keeps the text', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const hours = screen.getByRole('textbox', { name: 'Hours studied' });
    await paste(user, hours, 'lots');
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    expect(hours).toHaveValue('lots');
    expect(hours).toHaveAccessibleDescription(
      expect.stringContaining('Hours must be a number from 0 to 100'),
    );
    expect(state().profile.progress.log).toEqual([]);
  });

  it('marks an exam passed: it becomes held, leaves the plan and can be undone', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const [first] = screen.getByTestId('steps').textContent!.split(' ');
    const select = screen.getByRole('combobox', { name: `Where you are with ${first}` });
    await user.selectOptions(select, 'passed');
    expect(state().profile.progress.steps[first!]).toEqual({
      state: 'passed',
      date: '2026-12-03',
      score: null,
    });
    expect(screen.getByTestId('steps').textContent!.split(' ')).not.toContain(first);
    // Still listed, so it can be changed back.
    const score = screen.getByRole('textbox', { name: `Score (${first}, optional)` });
    await paste(user, score, '812');
    expect(state().profile.progress.steps[first!]).toMatchObject({ score: 812 });
    await user.selectOptions(
      screen.getByRole('combobox', { name: `Where you are with ${first}` }),
      'none',
    );
    expect(state().profile.progress.steps[first!]).toBeUndefined();
    expect(screen.getByTestId('steps').textContent!.split(' ')).toContain(first);
  });

  it('books an exam on a date the plan keeps, and plans a retake after a failure', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const [first] = screen.getByTestId('steps').textContent!.split(' ');
    await user.selectOptions(
      screen.getByRole('combobox', { name: `Where you are with ${first}` }),
      'booked',
    );
    expect(state().profile.progress.steps[first!]).toMatchObject({ state: 'booked' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: `Where you are with ${first}` }),
      'failed',
    );
    expect(state().profile.progress.steps[first!]).toMatchObject({ state: 'failed', attempts: 1 });
    expect(screen.getByText(/Attempt 1\. The retake is planned/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Failed the retake too' }));
    expect(state().profile.progress.steps[first!]).toMatchObject({ attempts: 2, score: null });
    // Booking the retake keeps the count; failing it makes three.
    const select = () => screen.getByRole('combobox', { name: `Where you are with ${first}` });
    await user.selectOptions(select(), 'booked');
    expect(state().profile.progress.steps[first!]).toMatchObject({ state: 'booked', attempts: 2 });
    await user.selectOptions(select(), 'failed');
    expect(state().profile.progress.steps[first!]).toMatchObject({ state: 'failed', attempts: 3 });
  });
});

describe('progress on the graph, the list and the details panel', () => {
  it('says where the user is with each step, in words', () => {
    expect(progressText(undefined)).toBeNull();
    expect(progressText({ state: 'studying' })).toBe('Studying');
    expect(progressText({ state: 'booked', date: '2027-02-15' })).toBe(
      `Exam booked for ${formatDate('2027-02-15')}`,
    );
    expect(progressText({ state: 'passed', date: '2026-12-01', score: 812 })).toBe(
      `Passed ${formatDate('2026-12-01')} (score 812)`,
    );
    expect(progressText({ state: 'failed', date: '2026-12-01', score: null, attempts: 1 })).toBe(
      `Failed ${formatDate('2026-12-01')}: retake planned`,
    );
  });

  it('puts it on the step infos every view reads, by code or by the exam a step replaces', () => {
    const { profile } = state();
    const { roadmap, studyPlan } = buildPlan(profile, catalog, catalog.assumptions, '2026-12-03');
    const first = studyPlan.steps[0]!.code;
    const infos = stepInfos(roadmap, studyPlan, catalog, false, '2026-12-03', {
      [first]: { state: 'booked', date: '2027-01-20' },
    });
    expect(infos.find((i) => i.step.code === first)?.progress).toBe(
      `Exam booked for ${formatDate('2027-01-20')}`,
    );
    expect(infos.filter((i) => i.progress !== null)).toHaveLength(1);
  });
});
