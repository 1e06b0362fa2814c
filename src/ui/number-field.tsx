import type { KeyboardEvent, ReactNode } from 'react';
import { typedNumber } from '@/lib/typed-number';
import { Field } from '@/ui/field';

interface NumberFieldProps {
  id?: string;
  label: string;
  /** The text shown in the field: the user's own text is never reformatted under them. */
  value: string;
  onChange: (text: string) => void;
  error?: string;
  help?: ReactNode;
  /** Bounds and step for the arrow keys (the text itself is validated by the caller). */
  min?: number;
  max?: number;
  step?: number;
  /** A unit after the field, e.g. "hours a week"; also read as part of the description. */
  suffix?: string;
  /** Shown while the field is empty: what an empty field stands for. */
  placeholder?: string;
}

function stepped(text: string, delta: number, min?: number, max?: number): string | null {
  const current = typedNumber(text);
  if (current === null || !Number.isFinite(current)) return null;
  let next = Math.round((current + delta) * 1e6) / 1e6;
  if (min !== undefined) next = Math.max(min, next);
  if (max !== undefined) next = Math.min(max, next);
  return String(next);
}

/**
 * A labelled number input. It is a text input (inputMode decimal) so that whatever the
 * user types stays visible and can be explained by an inline error.
 */
export function NumberField({
  id,
  label,
  value,
  onChange,
  error,
  help,
  min,
  max,
  step = 1,
  suffix,
  placeholder,
}: NumberFieldProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const next = stepped(value, event.key === 'ArrowUp' ? step : -step, min, max);
    if (next === null) return;
    event.preventDefault();
    onChange(next);
  };

  return (
    <Field id={id} label={label} help={help} error={error} suffix={suffix}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
      )}
    </Field>
  );
}
