import { useId, type FormEvent } from 'react';
import { MAX_PLAN_NAME_LENGTH } from '@/domain/storage-state';

interface RenameFormProps {
  current: string;
  /** The name being typed (kept by the list, so it survives a reload of the tab). */
  name: string;
  onChange: (name: string) => void;
  onRename: (name: string) => void;
  onCancel: () => void;
}

/** Inline rename of a saved plan; Escape or Cancel leaves the name as it was. */
export function RenameForm({ current, name, onChange, onRename, onCancel }: RenameFormProps) {
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') onRename(name);
  };
  return (
    <form className="rename-form" onSubmit={submit} aria-label={`Rename ${current}`}>
      <label htmlFor={id}>New name for “{current}”</label>
      <div className="save-plan-row">
        <input
          id={id}
          value={name}
          maxLength={MAX_PLAN_NAME_LENGTH}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
          // Opened on request: the field the user asked for gets focus.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
        <button type="submit" className="button button-primary" disabled={name.trim() === ''}>
          Rename
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
