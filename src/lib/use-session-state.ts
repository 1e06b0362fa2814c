import { useCallback, useState } from 'react';

function read<T>(key: string, initial: T): T {
  try {
    const text = sessionStorage.getItem(key);
    return text === null ? initial : (JSON.parse(text) as T);
  } catch {
    return initial;
  }
}

/**
 * useState kept in sessionStorage under `key`: half-typed text in a small form (a plan's
 * name, a rename) survives a reload of the tab, and stays out of other tabs and saved data.
 * `isValid` rejects a stored value of the wrong shape (a hand-edited or older entry).
 */
export function useSessionState<T>(
  key: string,
  initial: T,
  isValid: (value: unknown) => value is T,
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = read<unknown>(key, initial);
    return isValid(stored) ? stored : initial;
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        if (next === initial) sessionStorage.removeItem(key);
        else sessionStorage.setItem(key, JSON.stringify(next));
      } catch {
        // storage off: the form still works for this page view
      }
    },
    [key, initial],
  );
  return [value, set];
}

/** A string, or null (for a form that is closed). */
export const isNameDraft = (v: unknown): v is string | null =>
  v === null || (typeof v === 'string' && v.length <= 200);
