import type { Role, TargetRoleId } from '@/domain/schema';
import { MAX_SALARY_PATHS, SERIES_STYLES } from '@/shared/salary/salary-series';
import { horizonOptions } from '@/store/salary-slice';
import type { HorizonYears } from '@/store/salary-slice';
import './salary-pickers.css';

interface HorizonPickerProps {
  value: HorizonYears;
  onChange: (years: HorizonYears) => void;
  /** Radio group name; unique per page. */
  name?: string;
}

/** 5, 10 or 15 years as a segmented radio group. */
export function HorizonPicker({ value, onChange, name = 'horizon' }: HorizonPickerProps) {
  return (
    <fieldset className="salary-picker salary-segmented">
      <legend>Horizon</legend>
      {horizonOptions.map((years) => (
        <label key={years}>
          <input
            type="radio"
            name={name}
            value={years}
            checked={value === years}
            onChange={() => onChange(years)}
          />
          <span>{years} years</span>
        </label>
      ))}
    </fieldset>
  );
}

interface RolePickerProps {
  roles: readonly Role[];
  targetRole: TargetRoleId;
  selected: readonly TargetRoleId[];
  onChange: (ids: TargetRoleId[]) => void;
}

/** Checkboxes for the roles shown next to the target; each chosen one shows its line style. */
export function RolePicker({ roles, targetRole, selected, onChange }: RolePickerProps) {
  const limit = MAX_SALARY_PATHS - 1;
  const full = selected.length >= limit;
  const target = roles.find((role) => role.id === targetRole)?.name;
  const toggle = (id: TargetRoleId, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((a) => a !== id));
  return (
    <fieldset className="salary-picker salary-roles">
      <legend>Compare with other roles</legend>
      <p className="field-help">
        Up to {limit} next to your target{target ? `, ${target}` : ''}
        {full
          ? ' (the most at once: clear one to pick another).'
          : '. Each gets its own line style.'}
      </p>
      {roles
        .filter((role) => role.id !== targetRole)
        .map((role) => {
          const index = selected.indexOf(role.id);
          const style = SERIES_STYLES[index + 1];
          return (
            <label key={role.id} className="salary-role-option">
              <input
                type="checkbox"
                checked={index >= 0}
                disabled={index < 0 && full}
                onChange={(e) => toggle(role.id, e.target.checked)}
              />
              <span>{role.name}</span>
              {index >= 0 && style && (
                <svg width="32" height="10" aria-hidden="true" focusable="false">
                  <line
                    x1="0"
                    y1="5"
                    x2="32"
                    y2="5"
                    strokeWidth="3"
                    stroke={style.color}
                    strokeDasharray={style.dash}
                  />
                </svg>
              )}
            </label>
          );
        })}
    </fieldset>
  );
}
