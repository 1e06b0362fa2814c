import { paste } from '../../paste';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
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
  it('logs this week’s hours, re-dates from today and measures against the plan as it stood', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const firstFinish = screen.getByTestId('finish').textContent!;
    expect(screen.getByText(/Record what you do as you go/)).toBeInTheDocument();
    // The plan started a month ago: earlier weeks can be logged too.
    expect(screen.getByText(/Your plan started on 2 Nov 2026/)).toBeInTheDocument();

    const hours = screen.getByRole('textbox', { name: 'Hours studied' });
    const week = screen.getByRole('combobox', { name: 'Week' });
    expect(week).toHaveDisplayValue('This week (from 30 Nov 2026)');
    expect(within(week).getByRole('option', { name: 'Week of 2 Nov 2026' })).toBeInTheDocument();
    await paste(user, hours, '3');
    await user.click(screen.getByRole('button', { name: 'Log hours' }));

    expect(state().profile.progress.log).toEqual([{ weekOf: '2026-11-30', hours: 3 }]);
    // The baseline: the plan as the user saw it, dated from its start a month ago.
    expect(state().profile.progress.baselineFinish).toBe(firstFinish);
    expect(state().profile.progress.baselineSetOn).toBe('2026-12-03');
    expect(screen.getByText(/^Logged 3 hours for the week of/)).toHaveAttribute('role', 'status');
    // Three hours in a month: behind, and it says against what.
    expect(
      screen.getByText(/^Behind by about \d+ weeks: likely finish .*; on 3 Dec 2026 you planned/),
    ).toBeInTheDocument();
    // The weeks before, studied as planned, bring it back.
    for (const label of ['Week of 2 Nov 2026', 'Week of 9 Nov 2026', 'Week of 16 Nov 2026']) {
      await user.selectOptions(week, label);
      await paste(user, hours, '5');
      await user.click(screen.getByRole('button', { name: 'Log hours' }));
    }
    await user.selectOptions(week, 'Last week (from 23 Nov 2026)');
    await paste(user, hours, '5');
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    expect(state().profile.progress.log.map((e) => e.weekOf)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    expect(screen.getByText(/^(On track|Ahead)/)).toBeInTheDocument();
    // Every entry can be edited: its week and hours come back into the form.
    await user.click(screen.getByRole('button', { name: /Edit\s*the week of 23 Nov 2026/ }));
    expect(week).toHaveDisplayValue('Last week (from 23 Nov 2026)');
    expect(hours).toHaveValue('5');
    expect(hours).toHaveFocus();
    expect(hours).toHaveAccessibleDescription(
      expect.stringContaining(
        'Logged for the week of 23 Nov 2026: 5 hours; a new figure replaces it.',
      ),
    );
    await user.clear(hours);
    await paste(user, hours, '4');
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    expect(state().profile.progress.log[3]).toEqual({ weekOf: '2026-11-23', hours: 4 });
    await user.click(screen.getByRole('button', { name: /Remove\s*the week of 23 Nov 2026/ }));
    const log = screen.getByRole('table', { name: /Study log: 18 hours over 4 weeks/ });
    expect(within(log).getByRole('rowheader', { name: formatDate('2026-11-30') })).toBeVisible();
  });

  it('measures from the plan as it stands once the user asks, after a change of hours', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    await paste(user, screen.getByRole('textbox', { name: 'Hours studied' }), '5');
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    act(() => state().setProfileField('hoursPerWeek', 20));
    expect(screen.getByText(/^Ahead by about/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Measure from this plan/ }));
    expect(screen.getByText(/^On track/)).toBeInTheDocument();
    expect(state().profile.progress.baselineFinish).toBe(screen.getByTestId('finish').textContent);
    expect(screen.queryByRole('button', { name: /^Measure from this plan/ })).toBeNull();
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
    expect(state().profile.progress.steps[first!]).toMatchObject({
      state: 'failed',
      attempts: 1,
      firstFailedOn: '2026-12-03',
    });
    // The vendor's wait, its source and the retake's date, not just "a waiting period".
    expect(
      screen.getByText(
        /1 failed attempt, the last on 3 Dec 2026\. Microsoft asks for 24 hours after a first failure: the retake can be from 4 Dec 2026\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Exam retake policy/ })).toBeInTheDocument();
    expect(screen.getByText(/The plan dates the retake \d+ \w+ 20\d\d/)).toBeInTheDocument();
    // Studying for the retake keeps the failure.
    await user.selectOptions(
      screen.getByRole('combobox', { name: `Where you are with ${first}` }),
      'studying',
    );
    expect(state().profile.progress.steps[first!]).toEqual({
      state: 'studying',
      retake: { attempts: 1, failedOn: '2026-12-03', firstFailedOn: '2026-12-03' },
    });
    await user.selectOptions(
      screen.getByRole('combobox', { name: `Where you are with ${first}` }),
      'failed',
    );
    await user.click(screen.getByRole('button', { name: 'Failed the retake too' }));
    expect(state().profile.progress.steps[first!]).toMatchObject({ attempts: 3, score: null });
    // Booking the retake keeps the count and the first failure; failing it makes four.
    const select = () => screen.getByRole('combobox', { name: `Where you are with ${first}` });
    await user.selectOptions(select(), 'booked');
    expect(state().profile.progress.steps[first!]).toMatchObject({
      state: 'booked',
      retake: { attempts: 3, failedOn: '2026-12-03', firstFailedOn: '2026-12-03' },
    });
    await user.selectOptions(select(), 'failed');
    expect(state().profile.progress.steps[first!]).toMatchObject({
      state: 'failed',
      attempts: 4,
      firstFailedOn: '2026-12-03',
    });
  });

  it('keeps focus and saves one date while a date is typed, digit by digit', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const [first] = screen.getByTestId('steps').textContent!.split(' ');
    await user.selectOptions(
      screen.getByRole('combobox', { name: `Where you are with ${first}` }),
      'booked',
    );
    const date = screen.getByLabelText(`Exam date (${first})`);
    date.focus();
    // A date input reports each complete value as the year is typed: 0002, 0020, 0202, 2027.
    for (const value of ['0002-03-15', '0020-03-15', '0202-03-15', '2027-03-15'])
      fireEvent.change(date, { target: { value } });
    expect(state().profile.progress.steps[first!]).toMatchObject({ date: '2027-03-15' });
    expect(screen.getByLabelText(`Exam date (${first})`)).toBe(date);
    expect(date).toHaveFocus();
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
    expect(
      progressText({
        state: 'failed',
        date: '2026-12-01',
        score: null,
        attempts: 1,
        firstFailedOn: '2026-12-01',
      }),
    ).toBe(`Failed ${formatDate('2026-12-01')}: retake planned`);
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
