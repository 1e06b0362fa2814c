import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { compressToEncodedURIComponent } from 'lz-string';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { defaultProfile } from '@/domain/schema';
import { encodeShareLink } from '@/domain/share-link';
import { ShareBanner } from '@/features/share/share-banner';
import { hydrateStore, STORE_NAME, useAppStore } from '@/store/app-store';

const state = () => useAppStore.getState();
const mine = { ...defaultProfile('2026-03-02'), hoursPerWeek: 7 };
const theirs = {
  ...defaultProfile('2026-03-02'),
  hoursPerWeek: 30,
  targetRole: 'ai-solutions-architect' as const,
};

function open(url: string) {
  const router = createMemoryRouter([{ path: '*', element: <ShareBanner /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return router;
}

beforeEach(async () => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  await hydrateStore();
  state().replaceProfile(mine);
  state().savePlan('Mine');
});

describe('opening a share link', () => {
  it('shows the shared plan in memory, leaves the saved profile alone, and drops the token from the address', async () => {
    const router = open(`/roadmap#p=${encodeShareLink(theirs, { name: 'From Ana' })}`);
    expect(await screen.findByRole('region', { name: 'Shared plan' })).toHaveTextContent(
      'You are looking at a shared plan: “From Ana”',
    );
    expect(state().profile).toEqual(theirs);
    expect(JSON.parse(localStorage.getItem(STORE_NAME)!).state.profile).toEqual(mine);
    expect(router.state.location.hash).toBe('');
    expect(router.state.location.pathname).toBe('/roadmap');
  });

  it('once the shared plan is edited, says the changes live in this tab and asks before leaving', async () => {
    open(`/roadmap#p=${encodeShareLink(theirs, { name: 'From Ana' })}`);
    const banner = await screen.findByRole('region', { name: 'Shared plan' });
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    expect(banner).not.toHaveTextContent('kept in this tab only');
    act(() => state().setProfileField('hoursPerWeek', 12));
    expect(banner).toHaveTextContent(
      'Your changes to it are kept in this tab only: save it as a plan to keep them.',
    );
    expect(leave()).toBe(true);
    // Saved: nothing to lose, nothing to ask.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save as new plan' }));
    expect(leave()).toBe(false);
  });

  it('“Save as new plan” keeps it as a new plan and never touches the others', async () => {
    const user = userEvent.setup();
    open(`/roadmap?p=${encodeURIComponent(encodeShareLink(theirs, { name: 'Mine' }))}`);
    await user.click(await screen.findByRole('button', { name: 'Save as new plan' }));
    expect(state().savedPlans.map((p) => p.name)).toEqual(['Mine', 'Mine (2)']);
    expect(state().savedPlans[0]!.profile).toEqual(mine);
    expect(state().savedPlans[1]!.profile).toEqual(theirs);
    expect(screen.getByRole('status')).toHaveTextContent('Saved the plan as “Mine (2)”');
    expect(screen.queryByRole('region', { name: 'Shared plan' })).not.toBeInTheDocument();
  });

  it('“Back to my plan” brings the own plan back', async () => {
    const user = userEvent.setup();
    open(`/plan#p=${encodeShareLink(theirs)}`);
    await user.click(await screen.findByRole('button', { name: 'Back to my plan' }));
    expect(state().profile).toEqual(mine);
    expect(state().savedPlans).toHaveLength(1);
  });

  it('keeps held certifications the catalogue does not know, and says which', async () => {
    const withUnknown = {
      ...theirs,
      certificationsHeld: [
        { code: 'XX-999', earnedOn: null },
        { code: 'AZ-900', earnedOn: null },
      ],
    };
    open(`/#p=${encodeShareLink(withUnknown)}`);
    expect(await screen.findByRole('region', { name: 'Shared plan' })).toHaveTextContent('XX-999');
    expect(state().profile.certificationsHeld).toEqual(withUnknown.certificationsHeld);
  });

  it('shows a hostile name as text, never as markup', async () => {
    open(`/#p=${encodeShareLink(theirs, { name: '<img src=x onerror=alert(1)>' })}`);
    const banner = await screen.findByRole('region', { name: 'Shared plan' });
    expect(banner).toHaveTextContent('“<img src=x onerror=alert(1)>”');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('a link from a newer version offers the update and stays in the address for it', async () => {
    const token = `v9.${encodeShareLink(theirs).slice(3)}`;
    const router = open(`/roadmap#p=${token}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('made by a newer version of Certpath (format v9)');
    expect(alert).toHaveTextContent('Update Certpath to open it');
    expect(await screen.findByRole('button', { name: 'Update Certpath' })).toBeInTheDocument();
    // The page the update reloads opens the link.
    await waitFor(() => expect(router.state.location.hash).toBe(`#p=${token}`));
    expect(state().profile).toEqual(mine);
  });

  it('a damaged link offers no update (updating would not help)', async () => {
    open(`/roadmap#p=${encodeShareLink(theirs).slice(0, 10)}!!`);
    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'Update Certpath' })).not.toBeInTheDocument();
  });

  const valid = encodeShareLink(theirs);
  const bad = (payload: unknown) => `v1.${compressToEncodedURIComponent(JSON.stringify(payload))}`;
  it.each([
    ['damaged', `${valid.slice(0, 10)}!!`],
    ['truncated', valid.slice(0, 12)],
    ['oversized', `v1.${'A'.repeat(9000)}`],
    ['from a newer version', `v9.${valid.slice(3)}`],
    ['not a link at all', 'hello'],
    ['out-of-range numbers', bad([0, 999, [], 0, 0, 0, 0, -5, '2026-03-02', 0, null, {}])],
    [
      'a script for a code',
      bad([
        0,
        3,
        ['<script>alert(1)</script>'.repeat(3)],
        0,
        0,
        0,
        0,
        10,
        '2026-03-02',
        0,
        null,
        {},
      ]),
    ],
  ])('a %s link shows a message about the link and loads nothing', async (_, token) => {
    open(`/roadmap#p=${token}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/link/i);
    expect(alert).toHaveTextContent('Your own plan is unchanged');
    expect(state().profile).toEqual(mine);
    expect(state().sharedPlan).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
