export type CompareMode = 'plans' | 'roles';

interface CompareModePickerProps {
  value: CompareMode;
  onChange: (mode: CompareMode) => void;
  /** How many plans the user has saved. */
  saved: number;
}

/** Saved plans or goals for the current plan, as a segmented radio group. */
export function CompareModePicker({ value, onChange, saved }: CompareModePickerProps) {
  const options: { mode: CompareMode; label: string }[] = [
    { mode: 'plans', label: `Saved plans (${saved})` },
    { mode: 'roles', label: 'Your plan, other goals' },
  ];
  return (
    <fieldset className="salary-picker salary-segmented compare-mode">
      <legend>What to compare</legend>
      {options.map(({ mode, label }) => (
        <label key={mode}>
          <input
            type="radio"
            name="compare-mode"
            value={mode}
            checked={value === mode}
            onChange={() => onChange(mode)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
