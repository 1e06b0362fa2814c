import { useId, type FormEvent } from 'react';
import { isNameDraft, useSessionState } from '@/lib/use-session-state';
import { MAX_PLAN_NAME_LENGTH } from '@/domain/storage-state';
import { suggestedPlanName } from '@/shared/plans/plan-name';
import { useWorkingPlan } from '@/shared/plans/use-saved-plans';
import { storedNow, useAppStore } from '@/store/app-store';
import './save-plan-form.css';

interface SavePlanFormProps {
  /** Told what happened, to announce it. */
  onSaved: (message: string) => void;
  /** Told why a plan could not be saved (the limit). */
  onError?: (message: string) => void;
}

/** "Saved" only when the plan really is stored; otherwise what the user should know. */
export function savedMessage(name: string, then: string): string {
  return storedNow()
    ? `Saved “${name}”. ${then}`
    : `“${name}” is open in this tab, but this browser did not store it (saving is off or this tab is read-only), so it is gone when the tab closes. Download it to keep it.`;
}

/**
 * "Save changes" (when the working plan came from a saved one and was edited) and
 * "Save as new plan…", which asks for a name first. Never overwrites another plan.
 */
export function SavePlanForm({ onSaved, onError = onSaved }: SavePlanFormProps) {
  const { active, unsaved, sharedName, isShared } = useWorkingPlan();
  const savePlan = useAppStore((s) => s.savePlan);
  const saveChanges = useAppStore((s) => s.saveChanges);
  // The name being typed (null: the form is closed) survives a reload of the tab.
  const [name, setName] = useSessionState<string | null>(
    'certpath:form:save-name',
    null,
    isNameDraft,
  );
  const inputId = useId();

  const open = () => setName(sharedName ?? suggestedPlanName(useAppStore.getState()));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name === null || name.trim() === '') return;
    const result = savePlan(name);
    if (!result.ok) {
      onError(result.error);
      return;
    }
    onSaved(savedMessage(result.name, 'Compare it with others on the Compare page.'));
    setName(null);
  };

  if (name !== null) {
    return (
      <form className="save-plan-form" onSubmit={submit} aria-label="Save as a new plan">
        <label htmlFor={inputId}>Name of the new plan</label>
        <div className="save-plan-row">
          <input
            id={inputId}
            value={name}
            maxLength={MAX_PLAN_NAME_LENGTH}
            onChange={(e) => setName(e.target.value)}
            // The form opens on request, so the name field is where the user expects focus.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            onKeyDown={(e) => e.key === 'Escape' && setName(null)}
          />
          <button type="submit" className="button button-primary" disabled={name.trim() === ''}>
            Save
          </button>
          <button type="button" className="button" onClick={() => setName(null)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <>
      {active && unsaved && !isShared && (
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            saveChanges();
            onSaved(
              storedNow()
                ? `Saved your changes to “${active.name}”.`
                : `Your changes to “${active.name}” are kept in this tab only: this browser did not store them.`,
            );
          }}
        >
          Save changes to “{active.name}”
        </button>
      )}
      <button
        type="button"
        className={active && !isShared ? 'button' : 'button button-primary'}
        onClick={open}
      >
        {isShared ? 'Save as new plan…' : active ? 'Save as new plan…' : 'Save plan…'}
      </button>
    </>
  );
}
