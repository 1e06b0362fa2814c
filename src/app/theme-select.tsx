import { useHydrated } from '@/lib/use-hydrated';
import { useAppStore } from '@/store/app-store';
import type { Theme } from '@/store/ui-slice';

const options: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light / dark / follow the system; remembered with the rest of the user's input. */
export function ThemeSelect() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  // Disabled until hydrated: a choice made on the build's HTML would be lost.
  const hydrated = useHydrated();
  return (
    <div className="theme-select">
      <label htmlFor="theme-select">Theme</label>
      <select
        id="theme-select"
        value={theme}
        disabled={!hydrated}
        onChange={(e) => setTheme(e.target.value as Theme)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
