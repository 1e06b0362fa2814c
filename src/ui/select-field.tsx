import type { ReactNode } from 'react';
import { Field } from '@/ui/field';

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
  return (
    <Field id={id} label={label} help={help} canError={false}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as V)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
