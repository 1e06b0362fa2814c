import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { defaultProfile } from '@/domain/schema';
import { useAppStore } from '@/store/app-store';
import PlanPage from '@/features/profile-form/plan-page';

/** Pins "today" (only Date is faked, so user-event's timers still run) and resets the store. */
export function startOn(today: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${today}T12:00:00`));
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.getState().replaceProfile(defaultProfile(today));
}

export function renderPlanPage() {
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={['/plan']}>
      <PlanPage />
    </MemoryRouter>,
  );
  return { user, ...view };
}

export const profile = () => useAppStore.getState().profile;
