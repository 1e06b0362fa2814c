import './field.css';

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
