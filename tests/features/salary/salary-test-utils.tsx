import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { pathsForRoles, projectPaths } from '@/domain/compare';
import { realCatalog } from '@/domain/real-catalog';
import { defaultProfile } from '@/domain/schema';
import type { Profile, TargetRoleId } from '@/domain/schema';
import { useAppStore } from '@/store/app-store';
import { applySalaryOverrides } from '@/store/salary-assumptions';
import { defaultSalarySettings } from '@/store/salary-slice';
import type { SalarySettings } from '@/store/salary-slice';
import { todayIso } from '@/store/today';

export const catalog = realCatalog();
export const roleName = (id: TargetRoleId) => catalog.roles.find((r) => r.id === id)!.name;

/** Puts a known profile and salary settings in the store (the store is a module singleton). */
export function seedStore(profile: Partial<Profile> = {}, salary: Partial<SalarySettings> = {}) {
  useAppStore.setState({
    profile: { ...defaultProfile('2026-03-02'), ...profile },
    drafts: {},
    salary: { ...defaultSalarySettings(), ...salary },
  });
}

/** What the engine says for the store's current input: the numbers the page must show. */
export function expectedPaths() {
  const { profile, salary } = useAppStore.getState();
  const specs = pathsForRoles(profile, salary.compareRoles, roleName);
  return projectPaths(specs, {
    catalog,
    assumptions: applySalaryOverrides(catalog.assumptions, salary),
    today: todayIso(),
    horizonYears: salary.horizonYears,
  });
}

export function renderWithRouter(ui: ReactElement) {
  return render(<MemoryRouter>{ui}</MemoryRouter>);
}
