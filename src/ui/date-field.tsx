import type { ReactNode } from 'react';
import { Field } from '@/ui/field';

interface DateFieldProps {
  id?: string;
  label: string;
  /** `YYYY-MM-DD`, or '' when empty. */
  value: string;
  /** The browser's value: a valid `YYYY-MM-DD` or '' while the date is empty or incomplete. */
  onChange: (text: string) => void;
  error?: string;
  help?: ReactNode;
  min?: string;
  max?: string;
}

/** A labelled native date input (the phone's own picker), with help and an inline error. */
export function DateField({ id, label, value, onChange, error, help, min, max }: DateFieldProps) {
  return (
    <Field id={id} label={label} help={help} error={error}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={value}
          min={min}
          max={max}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
