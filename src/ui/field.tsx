import { useId, type ReactNode } from 'react';
import './field.css';

/** What a field's control must carry to be labelled, described and marked invalid. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  id?: string;
  label: string;
  help?: ReactNode;
  /** An inline error under the control (announced politely). */
  error?: string;
  /** A unit after the control, e.g. "hours a week"; read as part of the description. */
  suffix?: string;
  /** Fields without an error area (a select, a search) leave out its live region. */
  canError?: boolean;
  className?: string;
  /** The control, given the id and descriptions that tie it to this label, help and error. */
  children: (control: ControlProps) => ReactNode;
  /** What follows the control inside the field (search results, say). */
  after?: ReactNode;
}

/**
 * The one field wrapper: a label, optional help, the control, a unit and an inline error,
 * tied together with `aria-describedby`. Every form field of the app is one of these.
 */
export function Field({
  id,
  label,
  help,
  error,
  suffix,
  canError = true,
  className = 'field',
  children,
  after,
}: FieldProps) {
  const autoId = useId();
  const controlId = id ?? autoId;
  const helpId = `${controlId}-help`;
  const suffixId = `${controlId}-suffix`;
  const errorId = `${controlId}-error`;
  const describedBy = [help !== undefined && helpId, suffix && suffixId, error && errorId]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={controlId}>{label}</label>
      {help !== undefined && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
      <div className="field-control">
        {children({
          id: controlId,
          'aria-describedby': describedBy || undefined,
          'aria-invalid': error ? true : undefined,
        })}
        {suffix && (
          <span id={suffixId} className="field-suffix">
            {suffix}
          </span>
        )}
      </div>
      {after}
      {canError && (
        <div aria-live="polite">{error && <FieldError id={errorId} message={error} />}</div>
      )}
    </div>
  );
}

/** An inline field error: a warning icon and the message, so it never relies on colour. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="field-error">
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.5l7 13H1z" fill="currentColor" />
        <path
          d="M8 6v4M8 11.6v.9"
          stroke="var(--color-surface)"
          strokeWidth="1.8"
          strokeLinecap="round"
        />
      </svg>
      {message}
    </p>
  );
}
