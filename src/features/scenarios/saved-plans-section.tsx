import { useState } from 'react';
import { ImportPlanButton, PlanDropZone, type ImportResult } from '@/components/import-plan';
import { SavePlanForm } from '@/components/save-plan-form';
import { SavingOffNotice } from '@/components/saving-off-notice';
import { useWorkingPlan } from '@/components/use-saved-plans';
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

/** The user's saved plans: save the current one, open, rename, duplicate, delete, pick to compare. */
export function SavedPlansSection({ roleName, onCompareChange }: SavedPlansSectionProps) {
  const plans = useAppStore((s) => s.savedPlans);
  const compared = useAppStore((s) => s.comparePlanIds);
  const { openPlan, renamePlan, duplicatePlan, deletePlan, setComparePlans } =
    useAppStore.getState();
  const { active, unsaved } = useWorkingPlan();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const imported = ({ ok, message: text }: ImportResult) => {
    setMessage(ok ? text : '');
    setError(ok ? '' : text);
  };
  const full = compared.length >= MAX_COMPARED_PLANS;

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
            />
            <ImportPlanButton onResult={imported} />
          </div>
        </div>
        <p role="status" className="saved-plans-message">
          {message}
        </p>
        <div role="alert" className="saved-plans-error">
          {error && <p className="callout callout-danger">{error}</p>}
        </div>
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
                    onOpen={() => openPlan(plan.id)}
                    onRename={(name) => renamePlan(plan.id, name)}
                    onDuplicate={() => {
                      duplicatePlan(plan.id);
                      setMessage(`Made a copy of “${plan.name}”.`);
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
