import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';

export type Theme = 'system' | 'light' | 'dark';

export interface UiSlice {
  theme: Theme;
  setTheme: (theme: Theme) => void;
  /** Show "not needed" steps and other vendors' certifications too. */
  showAllCerts: boolean;
  setShowAllCerts: (show: boolean) => void;
  /**
   * Set (not persisted) when saved data could not be read: it was kept aside under
   * `storageIssue.keptAs` and the app started clean. The shell tells the user.
   */
  storageIssue: { keptAs: string } | null;
  dismissStorageIssue: () => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  theme: 'system',
  setTheme: (theme) => set({ theme }),
  showAllCerts: false,
  setShowAllCerts: (showAllCerts) => set({ showAllCerts }),
  storageIssue: null,
  dismissStorageIssue: () => set({ storageIssue: null }),
});
