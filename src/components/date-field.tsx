import { useId } from 'react';
import type { ReactNode } from 'react';
import { FieldError } from '@/components/field-error';
import './field.css';

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
  const autoId = useId();
  const inputId = id ?? autoId;
  const helpId = `${inputId}-help`;
  const errorId = `${inputId}-error`;
  const describedBy = [help !== undefined && helpId, error && errorId].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {help !== undefined && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
      <div className="field-control">
        <input
          id={inputId}
          type="date"
          value={value}
          min={min}
          max={max}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
      </div>
      <div aria-live="polite">{error && <FieldError id={errorId} message={error} />}</div>
    </div>
  );
}
