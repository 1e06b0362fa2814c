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
  return (
    <div className="theme-select">
      <label htmlFor="theme-select">Theme</label>
      <select id="theme-select" value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
