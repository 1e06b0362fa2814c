import { useId } from 'react';
import type { ReactNode } from 'react';
import './field.css';

export interface SelectOption<V extends string = string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> {
  id?: string;
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  help?: ReactNode;
}

/** A labelled native select: the most robust choice for keyboard, screen readers and phones. */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  help,
}: SelectFieldProps<V>) {
  const autoId = useId();
  const selectId = id ?? autoId;
  const helpId = `${selectId}-help`;
  return (
    <div className="field">
      <label htmlFor={selectId}>{label}</label>
      {help !== undefined && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
      <div className="field-control">
        <select
          id={selectId}
          value={value}
          onChange={(event) => onChange(event.target.value as V)}
          aria-describedby={help !== undefined ? helpId : undefined}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
