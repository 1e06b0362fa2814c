import { useState } from 'react';
import { ActionError } from '@/ui/action-error';
import { ImportPlanButton, PlanDropZone, type ImportResult } from '@/shared/plans/import-plan';
import { SavePlanForm } from '@/shared/plans/save-plan-form';
import { SavingOffNotice } from '@/shared/plans/saving-off-notice';
import { useWorkingPlan } from '@/shared/plans/use-saved-plans';
import { useSessionState } from '@/lib/use-session-state';
import type { TargetRoleId } from '@/domain/schema';
import { useAppStore } from '@/store/app-store';
import { MAX_COMPARED_PLANS } from '@/store/scenarios-slice';
import { SavedPlanItem } from '@/features/scenarios/saved-plan-item';
import { UndoBar } from '@/features/scenarios/undo-bar';

interface SavedPlansSectionProps {
  roleName: (id: TargetRoleId) => string;
  /** Called when the user ticks a plan to compare, so the page can show the plan comparison. */
  onCompareChange: () => void;
}

/** A rename being typed: which plan, and the name so far. */
interface RenameDraft {
  id: string;
  text: string;
}

const isRenameDraft = (v: unknown): v is RenameDraft | null =>
  v === null ||
  (typeof v === 'object' &&
    typeof (v as RenameDraft).id === 'string' &&
    typeof (v as RenameDraft).text === 'string' &&
    (v as RenameDraft).text.length <= 200);

/** The user's saved plans: save the current one, open, rename, duplicate, delete, pick to compare. */
export function SavedPlansSection({ roleName, onCompareChange }: SavedPlansSectionProps) {
  const plans = useAppStore((s) => s.savedPlans);
  const compared = useAppStore((s) => s.comparePlanIds);
  const { openPlan, renamePlan, duplicatePlan, deletePlan, setComparePlans } =
    useAppStore.getState();
  const { active, unsaved } = useWorkingPlan();
  const [message, setMessage] = useState('');
  const [error, setErrorState] = useState({ text: '', newer: false });
  const setError = (text: string, newer = false) => setErrorState({ text, newer });
  const imported = ({ ok, message: text, newer }: ImportResult) => {
    setMessage(ok ? text : '');
    setError(ok ? '' : text, newer);
  };
  const full = compared.length >= MAX_COMPARED_PLANS;
  // Half-typed names survive a reload of the tab (sessionStorage: not other tabs, not saved data).
  const [rename, setRename] = useSessionState<RenameDraft | null>(
    'certpath:form:rename',
    null,
    isRenameDraft,
  );

  return (
    <section className="card saved-plans" aria-labelledby="saved-plans-heading">
      <PlanDropZone onResult={imported}>
        <div className="saved-plans-header">
          <h2 id="saved-plans-heading">Saved plans</h2>
          <div className="saved-plans-save">
            <SavePlanForm
              onSaved={(text) => {
                setError('');
                setMessage(text);
              }}
              onError={(text) => {
                setMessage('');
                setError(text);
              }}
            />
            <ImportPlanButton onResult={imported} />
          </div>
        </div>
        <p role="status" className="saved-plans-message">
          {message}
        </p>
        <ActionError className="saved-plans-error" error={error.text} newer={error.newer} />
        <SavingOffNotice />
        {plans.length === 0 ? (
          <p className="muted">
            No saved plans yet. Save the plan you are working on to keep it, then change something
            and save another to compare the two.
          </p>
        ) : (
          <>
            <p className="field-help">
              Tick up to {MAX_COMPARED_PLANS} plans to compare them side by side.
            </p>
            <ul className="saved-plan-list" aria-label="Your saved plans">
              {plans.map((plan) => {
                const isCompared = compared.includes(plan.id);
                return (
                  <SavedPlanItem
                    key={plan.id}
                    plan={plan}
                    active={active?.id === plan.id}
                    unsaved={active?.id === plan.id && unsaved}
                    compared={isCompared}
                    compareDisabled={!isCompared && full}
                    roleName={roleName}
                    renaming={rename?.id === plan.id ? rename.text : null}
                    onRenaming={(text) => setRename(text === null ? null : { id: plan.id, text })}
                    onOpen={() => openPlan(plan.id)}
                    onRename={(name) => renamePlan(plan.id, name)}
                    onDuplicate={() => {
                      const copy = duplicatePlan(plan.id);
                      setMessage(copy.ok ? `Made a copy of “${plan.name}”: “${copy.name}”.` : '');
                      setError(copy.ok ? '' : copy.error);
                    }}
                    onDelete={() => deletePlan(plan.id)}
                    onCompare={(on) => {
                      setComparePlans(
                        on ? [...compared, plan.id] : compared.filter((id) => id !== plan.id),
                      );
                      onCompareChange();
                    }}
                  />
                );
              })}
            </ul>
          </>
        )}
        <UndoBar />
      </PlanDropZone>
    </section>
  );
}
