import type { StateCreator } from 'zustand';
import type { SalaryOverrides, TargetRoleId } from '@/domain/schema';
import type { AppState } from '@/store/app-store';

/**
 * The salary assumptions a user may override on /salary (domain/schema.ts). The tech-hub pay
 * premium is a share (0.15 = 15% more) that replaces the us-hub multiplier.
 */
export type { SalaryOverrides };

export type HorizonYears = 5 | 10 | 15;
export const horizonOptions: readonly HorizonYears[] = [5, 10, 15];

export interface SalarySettings {
  horizonYears: HorizonYears;
  /** Extra roles drawn next to the target role. */
  compareRoles: TargetRoleId[];
  overrides: Partial<SalaryOverrides>;
}

export interface SalarySlice {
  salary: SalarySettings;
  setHorizon: (years: HorizonYears) => void;
  setCompareRoles: (ids: TargetRoleId[]) => void;
  setOverride: <K extends keyof SalaryOverrides>(key: K, value: SalaryOverrides[K]) => void;
  resetOverride: (key: keyof SalaryOverrides) => void;
  resetOverrides: () => void;
}

export const defaultSalarySettings = (): SalarySettings => ({
  horizonYears: 10,
  compareRoles: [],
  overrides: {},
});

export const createSalarySlice: StateCreator<AppState, [], [], SalarySlice> = (set) => ({
  salary: defaultSalarySettings(),
  setHorizon: (horizonYears) => set((s) => ({ salary: { ...s.salary, horizonYears } })),
  setCompareRoles: (ids) =>
    set((s) => ({ salary: { ...s.salary, compareRoles: [...new Set(ids)] } })),
  setOverride: (key, value) => {
    if (!Number.isFinite(value)) return;
    set((s) => ({ salary: { ...s.salary, overrides: { ...s.salary.overrides, [key]: value } } }));
  },
  resetOverride: (key) =>
    set((s) => {
      const overrides = { ...s.salary.overrides };
      delete overrides[key];
      return { salary: { ...s.salary, overrides } };
    }),
  resetOverrides: () => set((s) => ({ salary: { ...s.salary, overrides: {} } })),
});
