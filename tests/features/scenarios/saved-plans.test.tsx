import { refuseStorage } from '../../storage-refused';
import { paste } from '../../paste';
import { screen, within, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatDate } from '@/lib/format';
import ComparePage from '@/features/scenarios/compare-page';
import { SavedPlansSection } from '@/features/scenarios/saved-plans-section';
import { MAX_SAVED_PLANS } from '@/domain/storage-state';
import { realCatalog } from '@/domain/real-catalog';
import { useAppStore } from '@/store/app-store';
import { expectedPaths, renderWithRouter, seedStore } from '../salary/salary-test-utils';

vi.setConfig({ testTimeout: 20_000 });

const state = () => useAppStore.getState();
const list = () => screen.getByRole('list', { name: 'Your saved plans' });
const planNames = () =>
  within(list())
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  seedStore({ currentSalaryUsd: 90000 });
});

// The saved-plans section is the subject; the comparison test renders the whole page.
const renderSection = () =>
  renderWithRouter(
    <SavedPlansSection
      roleName={(id) => realCatalog().roles.find((r) => r.id === id)?.name ?? id}
      onCompareChange={() => {}}
    />,
  );

async function saveAs(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: /^Save (plan|as new plan)…$/ }));
  const field = screen.getByRole('textbox', { name: 'Name of the new plan' });
  await user.clear(field);
  await paste(user, field, name);
  await user.keyboard('{Enter}');
}

describe('saved plans on /compare', () => {
  it('saves the current plan under a name, marks it open, and offers to save changes', async () => {
    const user = userEvent.setup();
    renderSection();
    expect(screen.getByText(/No saved plans yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save plan…' }));
    // The suggested name tells plans apart.
    expect(screen.getByRole('textbox', { name: 'Name of the new plan' })).toHaveValue(
      'Azure AI Engineer · 10 h a week',
    );
    await user.keyboard('{Control>}a{/Control}Evenings{Enter}');

    expect(screen.getByText(/Saved “Evenings”/)).toBeInTheDocument();
    expect(planNames()).toEqual(['Evenings']);
    const item = within(list()).getByRole('listitem');
    expect(item).toHaveAttribute('aria-current', 'true');
    expect(item).toHaveTextContent('Open now');

    // An edit elsewhere (the form) makes the open plan differ from what was saved.
    act(() => {
      state().setProfileField('hoursPerWeek', 20);
    });
    expect(await within(list()).findByText('Open now, with unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes to “Evenings”' }));
    expect(state().savedPlans[0]!.profile.hoursPerWeek).toBe(20);
    expect(item).not.toHaveTextContent('unsaved');
  });

  it('renames, duplicates, deletes and undoes the delete', async () => {
    const user = userEvent.setup();
    renderWithRouter(<ComparePage />);
    await saveAs(user, 'First');

    await user.click(screen.getByRole('button', { name: 'Rename “First”' }));
    const field = screen.getByRole('textbox', { name: 'New name for “First”' });
    await user.clear(field);
    await paste(user, field, 'Weekends');
    await user.keyboard('{Enter}');
    expect(planNames()).toEqual(['Weekends']);
    expect(screen.getByRole('button', { name: 'Rename “Weekends”' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Duplicate “Weekends”' }));
    expect(planNames()).toEqual(['Weekends', 'Weekends (copy)']);

    await user.click(screen.getByRole('button', { name: 'Delete “Weekends”' }));
    expect(planNames()).toEqual(['Weekends (copy)']);
    expect(screen.getByText('Deleted “Weekends”.')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(planNames()).toEqual(['Weekends', 'Weekends (copy)']);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('opens a saved plan as the working plan, undoably', async () => {
    const user = userEvent.setup();
    renderSection();
    await saveAs(user, 'Ten hours');
    act(() => {
      state().setProfileField('hoursPerWeek', 25);
    });
    await saveAs(user, 'Twenty-five hours');
    await user.click(screen.getByRole('button', { name: 'Open “Ten hours”' }));
    expect(state().profile.hoursPerWeek).toBe(10);
    expect(screen.getByText('Opened “Ten hours”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(state().profile.hoursPerWeek).toBe(25);
  });

  it('compares saved plans as they are saved, with the engine’s numbers, and stops at four', async () => {
    const user = userEvent.setup();
    renderWithRouter(<ComparePage />);
    await saveAs(user, 'Ten hours');
    act(() => {
      state().setProfileField('hoursPerWeek', 25);
      state().setProfileField('targetRole', 'ai-solutions-architect');
    });
    await saveAs(user, 'Architect fast');

    // A saved plan joins the comparison, and the page opens on saved plans.
    expect(screen.getByRole('checkbox', { name: 'Compare “Ten hours”' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Compare “Architect fast”' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Saved plans (2)' })).toBeChecked();

    const table = screen.getByRole('table', { name: /Each saved plan from its start date/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Measure',
      'Ten hours',
      'Architect fast',
      'Difference (Architect fast − Ten hours)',
    ]);
    // The same numbers the engine gives for each saved profile.
    const saved = state().savedPlans;
    act(() =>
      useAppStore.setState({
        profile: saved[1]!.profile,
        salary: { ...state().salary, compareRoles: [] },
      }),
    );
    const [architect] = expectedPaths();
    const finished = within(table).getByRole('rowheader', { name: 'Path finished' }).closest('tr')!;
    expect(within(finished).getAllByRole('cell')[1]).toHaveTextContent(
      formatDate(architect!.finish.likely),
    );
    const exams = within(table).getByRole('rowheader', { name: 'Exams to sit' }).closest('tr')!;
    expect(within(exams).getAllByRole('cell')[1]).toHaveTextContent('AZ-305');
    expect(within(exams).getAllByRole('cell')[0]).not.toHaveTextContent('AZ-305');
    expect(screen.getByRole('heading', { name: 'Pay over time' })).toBeInTheDocument();

    for (const name of ['A', 'B', 'C']) {
      await user.click(screen.getByRole('button', { name: /^Save as new plan…$/ }));
      await user.keyboard(`{Control>}a{/Control}${name}{Enter}`);
    }
    expect(screen.getByRole('checkbox', { name: 'Compare “B”' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Compare “C”' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Compare “C”' })).toBeDisabled();
    expect(state().comparePlanIds).toHaveLength(4);
    await user.click(screen.getByRole('checkbox', { name: 'Compare “A”' }));
    expect(screen.getByRole('checkbox', { name: 'Compare “C”' })).toBeEnabled();
  });

  it('says saving is off when the browser will not store anything', () => {
    refuseStorage();
    renderSection();
    expect(screen.getByText(/Saving is off/)).toBeInTheDocument();
  });

  it('keeps half-typed names in the save and rename forms across a reload of the tab', async () => {
    const user = userEvent.setup();
    const first = renderSection();
    await saveAs(user, 'Weekends');
    await user.click(screen.getByRole('button', { name: /^Save as new plan…$/ }));
    const name = screen.getByRole('textbox', { name: 'Name of the new plan' });
    await user.clear(name);
    await paste(user, name, 'Half typ');
    await user.click(screen.getByRole('button', { name: 'Rename “Weekends”' }));
    const rename = screen.getByRole('textbox', { name: 'New name for “Weekends”' });
    await user.clear(rename);
    await paste(user, rename, 'Sat and Su');

    // A reload: the page is built again from nothing but what the tab kept.
    first.unmount();
    renderSection();
    expect(screen.getByRole('textbox', { name: 'Name of the new plan' })).toHaveValue('Half typ');
    expect(screen.getByRole('textbox', { name: 'New name for “Weekends”' })).toHaveValue(
      'Sat and Su',
    );
  });

  it('refuses a save past the limit with a message, and the plans stay as they were', async () => {
    const user = userEvent.setup();
    useAppStore.setState({
      savedPlans: Array.from({ length: MAX_SAVED_PLANS }, (_, i) => ({
        id: `p${i}`,
        name: `Plan ${i}`,
        profile: state().profile,
        createdAt: '2026-03-01T09:00:00.000Z',
        updatedAt: '2026-03-01T09:00:00.000Z',
      })),
    });
    renderSection();
    await saveAs(user, 'One too many');
    expect(await screen.findByText(/the most Certpath keeps/)).toBeInTheDocument();
    expect(state().savedPlans).toHaveLength(MAX_SAVED_PLANS);
    expect(screen.queryByText(/Saved “One too many”/)).not.toBeInTheDocument();
  });
});
