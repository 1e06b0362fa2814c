import { useId, useState, type FormEvent } from 'react';
import { MAX_PLAN_NAME_LENGTH } from '@/domain/storage-state';
import { suggestedPlanName } from '@/components/plan-name';
import { useWorkingPlan } from '@/components/use-saved-plans';
import { useAppStore } from '@/store/app-store';
import './save-plan-form.css';

interface SavePlanFormProps {
  /** Told the saved plan's name, e.g. to announce it. */
  onSaved: (message: string) => void;
}

/**
 * "Save changes" (when the working plan came from a saved one and was edited) and
 * "Save as new plan…", which asks for a name first. Never overwrites another plan.
 */
export function SavePlanForm({ onSaved }: SavePlanFormProps) {
  const { active, unsaved, sharedName, isShared } = useWorkingPlan();
  const savePlan = useAppStore((s) => s.savePlan);
  const saveChanges = useAppStore((s) => s.saveChanges);
  const [name, setName] = useState<string | null>(null);
  const inputId = useId();

  const open = () => setName(sharedName ?? suggestedPlanName(useAppStore.getState()));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name === null || name.trim() === '') return;
    savePlan(name);
    const saved = useAppStore
      .getState()
      .savedPlans.find((p) => p.id === useAppStore.getState().activePlanId);
    onSaved(`Saved “${saved?.name ?? name}”. Compare it with others on the Compare page.`);
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
            onSaved(`Saved your changes to “${active.name}”.`);
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
