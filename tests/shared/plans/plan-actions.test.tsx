import { refuseStorage } from '../../storage-refused';
import { fireEvent, render, screen, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { PlanActions } from '@/shared/plans/plan-actions';
import { planFileJson } from '@/domain/plan-file';
import { defaultProfile } from '@/domain/schema';
import { decodeShareLink } from '@/domain/share-link';
import { useAppStore } from '@/store/app-store';

const state = () => useAppStore.getState();
const profile = {
  ...defaultProfile('2026-03-02'),
  hoursPerWeek: 14,
  targetRole: 'ml-engineer-azure' as const,
};

/** Captures what a download would save: the blob handed to URL.createObjectURL. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

const renderActions = () =>
  render(
    <MemoryRouter>
      <PlanActions />
    </MemoryRouter>,
  );

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  state().replaceProfile(profile);
});
afterEach(() => vi.restoreAllMocks());

describe('PlanActions', () => {
  it('copies a link that carries the whole plan and opens on the roadmap', async () => {
    const user = userEvent.setup();
    renderActions();
    await user.click(screen.getByText('Share and export'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/Link copied/)).toBeInTheDocument();
    const url = new URL(await navigator.clipboard.readText());
    expect(url.pathname).toBe('/roadmap');
    const decoded = decodeShareLink(url.hash.replace(/^#p=/, ''));
    expect(decoded.ok && decoded.value).toEqual(profile);
  });

  it('downloads the plan as a file that imports back to the same plan, as a new saved plan', async () => {
    const user = userEvent.setup();
    const { blobs, names } = captureDownloads();
    state().setOverride('growthRate', 0.06);
    state().savePlan('Data route');
    renderActions();
    await user.click(screen.getByText('Share and export'));
    await user.click(screen.getByRole('button', { name: 'Download plan (.json)' }));
    await screen.findByText(/Downloaded “Data route”/);
    expect(names).toEqual(['certpath-data-route.json']);
    const text = await blobs[0]!.text();

    act(() => {
      state().setProfileField('hoursPerWeek', 3);
    });
    act(() => {
      state().setOverride('growthRate', 0.01);
    });
    await user.upload(
      screen.getByLabelText('Plan file to import'),
      new File([text], 'plan.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText('Imported “Data route (2)” as a new plan; it is now your open plan.'),
    ).toBeInTheDocument();
    expect(state().profile).toEqual(profile);
    expect(state().salary.overrides).toEqual({ growthRate: 0.06 });
    expect(state().savedPlans.map((p) => p.name)).toEqual(['Data route', 'Data route (2)']);
  });

  it('names what is wrong with a bad file and changes nothing', async () => {
    const user = userEvent.setup();
    renderActions();
    const file = JSON.parse(planFileJson({ name: 'x', profile }));
    file.profile.yearsExperience = 70;
    await user.upload(
      screen.getByLabelText('Plan file to import'),
      new File([JSON.stringify(file)], 'bad.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“bad.json” could not be imported.');
    expect(alert).toHaveTextContent(
      'profile.yearsExperience: Years of experience must be between 0 and 50',
    );
    expect(state().savedPlans).toEqual([]);
    expect(state().profile).toEqual(profile);
  });

  it('imports a plan file dropped on it', async () => {
    renderActions();
    const text = planFileJson({ name: 'Dropped', profile: { ...profile, hoursPerWeek: 22 } });
    const dataTransfer = {
      types: ['Files'],
      files: [new File([text], 'dropped.json')],
      dropEffect: 'none',
    };
    const zone = screen.getByRole('region', { name: 'Save and share this plan' });
    fireEvent.dragOver(zone, { dataTransfer });
    expect(screen.getByText('Drop the plan file to import it as a new plan')).toBeInTheDocument();
    fireEvent.drop(zone, { dataTransfer });
    expect(await screen.findByText(/Imported “Dropped”/)).toBeInTheDocument();
    expect(state().profile.hoursPerWeek).toBe(22);
  });

  it('downloads the study calendar', async () => {
    const user = userEvent.setup();
    const { blobs, names } = captureDownloads();
    renderActions();
    await user.click(screen.getByText('Share and export'));
    await user.click(screen.getByRole('button', { name: 'Study calendar (.ics)' }));
    await screen.findByText(/Downloaded the study calendar/);
    expect(names[0]).toMatch(/\.ics$/);
    const text = await blobs[0]!.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toMatch(/SUMMARY:AI-10[23] exam \(target date\)/);
  });

  it('opens as a menu button: Escape or a tap elsewhere closes it, and so does an action done', async () => {
    const user = userEvent.setup();
    captureDownloads();
    renderActions();
    const toggle = screen.getByRole('button', { name: 'Share and export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Study calendar (.ics)' }));
    await screen.findByText(/Downloaded the study calendar/);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Save plan…' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('says saving is off when the browser will not store anything', () => {
    refuseStorage();
    renderActions();
    expect(screen.getByText(/Saving is off/)).toBeInTheDocument();
  });
});
