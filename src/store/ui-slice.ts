import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';

export type Theme = 'system' | 'light' | 'dark';

export interface UiSlice {
  theme: Theme;
  setTheme: (theme: Theme) => void;
  /** Show "not needed" steps and other vendors' certifications too. */
  showAllCerts: boolean;
  setShowAllCerts: (show: boolean) => void;
  /** Set (not persisted) when stored data needed care; the shell tells the user. */
  storageIssue: StorageIssue | null;
  dismissStorageIssue: () => void;
  /** Reading saved input failed (its code did not download): pages offer a retry. */
  loadFailed: boolean;
}

/**
 * What happened to stored data:
 * - unreadable: it could not be read at all; kept aside, and the app started with a fresh plan.
 * - repaired: parts were invalid; what was valid was kept, and a copy of the whole kept aside.
 * - newer: it was saved by a newer version of Certpath; this tab shows it and never writes.
 * - frozen: it needed a backup and none could be kept (backups full); this tab never writes.
 */
export type StorageIssue =
  | { kind: 'unreadable'; keptAs: string }
  | { kind: 'repaired'; keptAs: string; problems: string[] }
  | { kind: 'newer'; version: number }
  | { kind: 'frozen' };

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  theme: 'system',
  setTheme: (theme) => set({ theme }),
  showAllCerts: false,
  setShowAllCerts: (showAllCerts) => set({ showAllCerts }),
  storageIssue: null,
  dismissStorageIssue: () => set({ storageIssue: null }),
  loadFailed: false,
});
