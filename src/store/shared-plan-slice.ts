import type { StateCreator } from 'zustand';
import type { Profile } from '@/domain/schema';
import type { AppState } from '@/store/app-store';
import type { ProfileDrafts } from '@/store/profile-slice';
import { horizonOptions } from '@/store/salary-slice';
import type { HorizonYears, SalaryOverrides, SalarySettings } from '@/store/salary-slice';

/** The user's own input, put aside while a shared plan is shown (and still what gets saved). */
export interface OwnInput {
  profile: Profile;
  drafts: ProfileDrafts;
  salary: SalarySettings;
  activePlanId: string | null;
}

/**
 * A plan shown in memory only, until the user saves it: opened from a share link, or one of
 * Certpath's labelled examples.
 */
export interface SharedPlanView {
  kind: 'link' | 'example';
  /** The name the sender gave it, or the example's (plain text: React escapes it). */
  name: string | null;
  /** What was left out of the link (unknown codes, ignored settings). */
  warnings: string[];
  own: OwnInput;
  /** The plan as the link opened it: a different profile on screen means the user edited it. */
  opened: Profile;
}

/** Settings a link may carry beside the profile (already validated by the link decoder). */
export interface SharedSettings {
  /** An example from the landing page rather than someone's link (default 'link'). */
  kind?: SharedPlanView['kind'];
  name?: string;
  horizonYears?: number;
  salaryOverrides?: Partial<SalaryOverrides>;
}

export interface SharedPlanSlice {
  sharedPlan: SharedPlanView | null;
  /** Shows a decoded shared plan without touching the user's own input or saved plans. */
  openSharedPlan: (profile: Profile, settings: SharedSettings, warnings: string[]) => void;
  /** Back to the user's own plan. */
  closeSharedPlan: () => void;
}

export const createSharedPlanSlice: StateCreator<AppState, [], [], SharedPlanSlice> = (
  set,
  get,
) => ({
  sharedPlan: null,
  openSharedPlan: (profile, settings, warnings) => {
    const s = get();
    // Opening a second link keeps the user's own input from before the first one.
    const own: OwnInput = s.sharedPlan?.own ?? {
      profile: s.profile,
      drafts: s.drafts,
      salary: s.salary,
      activePlanId: s.activePlanId,
    };
    const horizon = horizonOptions.find((h) => h === settings.horizonYears) as
      HorizonYears | undefined;
    const salary: SalarySettings = {
      ...own.salary,
      horizonYears: horizon ?? own.salary.horizonYears,
      overrides: settings.salaryOverrides ? { ...settings.salaryOverrides } : own.salary.overrides,
    };
    set({
      sharedPlan: {
        kind: settings.kind ?? 'link',
        name: settings.name ?? null,
        warnings,
        own,
        opened: profile,
      },
      profile,
      drafts: {},
      salary,
      activePlanId: null,
    });
  },
  closeSharedPlan: () => {
    const own = get().sharedPlan?.own;
    if (own) set({ ...own, sharedPlan: null });
  },
});
