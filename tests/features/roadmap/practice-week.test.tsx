import { paste } from '../../paste';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays } from '@/domain/dates';
import { defaultProfile } from '@/domain/schema';
import { useAppStore } from '@/store/app-store';
import { usePlan } from '@/store/use-plan';
import { PracticePanel } from '@/features/roadmap/practice-panel';
import { WeekView } from '@/features/roadmap/week-view';

vi.mock('@/store/today', () => ({ todayIso: () => '2026-12-03' }));

/** Both sections as /roadmap shows them, fed by the plan of what is in the store. */
function Sections() {
  const { catalog, profile, plan, today } = usePlan();
  return (
    <>
      <PracticePanel profile={profile} studyPlan={plan.studyPlan} catalog={catalog} today={today} />
      <WeekView profile={profile} studyPlan={plan.studyPlan} catalog={catalog} today={today} />
      <p data-testid="finish">{plan.studyPlan.totals.finish.likely}</p>
    </>
  );
}

const state = () => useAppStore.getState();

beforeEach(() => {
  useAppStore.setState({
    profile: { ...defaultProfile('2026-12-03'), hoursPerWeek: 10 },
    drafts: {},
  });
});

describe('PracticePanel: readiness from practice results', () => {
  it('saves per-area scores, shows readiness against the target and gives weak areas more hours', async () => {
    const user = userEvent.setup();
    render(<Sections />);
    const form = screen.getByRole('group', { name: /Enter your AI-103 practice result/ });
    const fields = within(form).getAllByRole('textbox');
    const before = screen.getAllByRole('row').length;
    for (const [i, score] of ['55', '80', '90', '85', '70'].entries())
      await paste(user, fields[i]!, score);
    await user.click(screen.getByRole('button', { name: 'Save practice result' }));

    const saved = state().profile.progress.practice['AI-103']!;
    expect(saved.date).toBe('2026-12-03');
    expect(Object.values(saved.areas)).toEqual([55, 80, 90, 85, 70]);
    expect(screen.getByText(/Readiness for AI-103: \d+–\d+%/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Not ready to book yet: 2 of 5 skills areas are below 80%. They get more of the hours still needed.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Practice result by skills area' });
    expect(within(table).getAllByText('below target')).toHaveLength(2);
    expect(screen.getAllByRole('row').length).toBeGreaterThan(before);

    // A lower target: every area at 55% or more is ready.
    await paste(user, screen.getByRole('textbox', { name: 'Ready to book at' }), '55');
    expect(state().profile.progress.readinessTarget).toBe(55);
    expect(
      screen.getByText(/^Ready to book: every skills area is at 55% or above/),
    ).toBeInTheDocument();
  });

  it('says what is wrong with a score, and asks for at least one', async () => {
    const user = userEvent.setup();
    render(<Sections />);
    await user.click(screen.getByRole('button', { name: 'Save practice result' }));
    expect(
      screen.getByText('Enter at least one score: the overall percent or an area’s'),
    ).toBeInTheDocument();
    const form = screen.getByRole('group', { name: /practice result/ });
    await paste(user, within(form).getAllByRole('textbox')[0]!, '120');
    await user.click(screen.getByRole('button', { name: 'Save practice result' }));
    expect(within(form).getAllByRole('textbox')[0]).toHaveAccessibleDescription(
      expect.stringContaining('Enter a percent from 0 to 100'),
    );
    expect(state().profile.progress.practice).toEqual({});
    await paste(user, screen.getByRole('textbox', { name: 'Ready to book at' }), '30');
    expect(
      screen.getByText('The target must be a whole percent from 50 to 100'),
    ).toBeInTheDocument();
    expect(state().profile.progress.readinessTarget).toBeNull();
  });
});

describe('WeekView: the plan week by week', () => {
  it('lists each week’s skills areas and hours, and marking a week away moves the exam a week', async () => {
    const user = userEvent.setup();
    render(<Sections />);
    const finish = screen.getByTestId('finish').textContent!;
    const table = screen.getByRole('table', { name: /AI-103, week by week/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(
      /^1 of \d+ \(this week\)3–9 Dec 2026$/,
    );
    expect(rows[0]).toHaveTextContent(/Plan and manage an Azure AI solution \(10 h\)/);
    // The checkbox names the row's own days (10–16 Dec), and marks the calendar week holding most of them.
    await user.click(within(rows[1]!).getByRole('checkbox', { name: 'Away 10–16 Dec 2026' }));
    expect(state().profile.progress.away).toEqual(['2026-12-07']);
    expect(screen.getByTestId('finish').textContent).toBe(addDays(finish, 7));
    const after = within(screen.getByRole('table', { name: /AI-103, week by week/ })).getAllByRole(
      'row',
    );
    expect(within(after[2]!).getByRole('rowheader')).toHaveTextContent('Away');
    expect(after[2]).toHaveTextContent('No study planned');
  });

  it('keeps the study days and time, never fewer than one day', async () => {
    const user = userEvent.setup();
    render(<Sections />);
    const sessions = () => screen.getByText(/sessions? of .* a week/);
    expect(sessions()).toHaveTextContent('3 sessions of 3 h 20 min a week (about 10 hours a week)');
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    expect(state().profile.progress.sessions.days).toEqual(['MO', 'TU', 'WE', 'SA']);
    expect(sessions()).toHaveTextContent('4 sessions of 2 h 30 min a week (about 10 hours a week)');
    // Sixty hours on one day cannot fit: it says so.
    act(() => state().setProfileField('hoursPerWeek', 60));
    for (const day of ['Monday', 'Tuesday', 'Wednesday'])
      await user.click(screen.getByRole('checkbox', { name: day }));
    expect(sessions()).toHaveTextContent(
      '1 session of 8 h a week (8 of your 60 hours a week: 60 hours do not fit 1 day; pick more study days)',
    );
    act(() => state().setProfileField('hoursPerWeek', 10));
    for (const day of ['Monday', 'Tuesday', 'Wednesday'])
      await user.click(screen.getByRole('checkbox', { name: day }));
    for (const day of ['Monday', 'Tuesday', 'Wednesday'])
      await user.click(screen.getByRole('checkbox', { name: day }));
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    expect(screen.getByText('Keep at least one study day.')).toBeInTheDocument();
    expect(state().profile.progress.sessions.days).toEqual(['SA']);
    const time = screen.getByLabelText('Sessions start at');
    // jsdom types into a time input a key at a time; a picker sets the whole value.
    fireEvent.change(time, { target: { value: '06:30' } });
    expect(state().profile.progress.sessions.time).toBe('06:30');
  });
});
