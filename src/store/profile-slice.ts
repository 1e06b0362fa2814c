import type { StateCreator } from 'zustand';
import { defaultProfile } from '@/domain/default-profile';
import type { Profile, Progress } from '@/domain/schema';
import type { AppState } from '@/store/app-store';
import { todayIso } from '@/store/today';

/** Raw text per field, kept while it differs from the stored (last valid) value. */
export type ProfileDrafts = Partial<Record<keyof Profile, string>>;

export interface ProfileSlice {
  /** Always valid: this is what the engine sees. */
  profile: Profile;
  /** What the user typed when it is not (or not exactly) the stored value, so nothing is lost. */
  drafts: ProfileDrafts;
  /**
   * Sets one field and drops its draft. Callers pass parsed values (the form parses what the
   * user types with profileSchema): the store stays free of zod so the first screen is small.
   */
  setProfileField: <K extends keyof Profile>(key: K, value: Profile[K]) => void;
  setDraft: (key: keyof Profile, text: string | undefined) => void;
  /** Replaces the whole profile (import, share link, saved plan) and drops all drafts. */
  replaceProfile: (profile: Profile) => void;
  resetProfile: () => void;
  /**
   * Records progress through the plan: `update` is one of progress-record.ts's (withStep,
   * withWeek), passed in so the first screen does not load them.
   */
  updateProgress: (update: (progress: Progress) => Progress) => void;
}

function withoutKey(drafts: ProfileDrafts, key: keyof Profile): ProfileDrafts {
  const next = { ...drafts };
  delete next[key];
  return next;
}

export const createProfileSlice: StateCreator<AppState, [], [], ProfileSlice> = (set) => ({
  profile: defaultProfile(todayIso()),
  drafts: {},
  setProfileField: (key, value) =>
    set((s) => ({ profile: { ...s.profile, [key]: value }, drafts: withoutKey(s.drafts, key) })),
  setDraft: (key, text) =>
    set((s) => ({
      drafts: text === undefined ? withoutKey(s.drafts, key) : { ...s.drafts, [key]: text },
    })),
  // Callers decode outside input (share link, file, saved plan) at their boundary first.
  replaceProfile: (profile) => set({ profile, drafts: {} }),
  resetProfile: () => set({ profile: defaultProfile(todayIso()), drafts: {} }),
  updateProgress: (update) =>
    set((s) => ({ profile: { ...s.profile, progress: update(s.profile.progress) } })),
});
