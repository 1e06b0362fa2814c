import { useRef } from 'react';
import { formatDate } from '@/lib/format';
import type { SavedPlan } from '@/domain/storage-state';
import type { TargetRoleId } from '@/domain/schema';
import { RenameForm } from '@/features/scenarios/rename-form';

interface SavedPlanItemProps {
  plan: SavedPlan;
  active: boolean;
  /** The working profile differs from this (active) plan. */
  unsaved: boolean;
  compared: boolean;
  /** Comparing is full and this plan is not in it. */
  compareDisabled: boolean;
  roleName: (id: TargetRoleId) => string;
  /** The new name being typed, or null when the rename form is closed. */
  renaming: string | null;
  onRenaming: (name: string | null) => void;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onCompare: (on: boolean) => void;
}

/** The plan's name for screen readers, so "Delete" says which plan. */
const Hidden = ({ name }: { name: string }) => (
  <>
    {' '}
    <span className="visually-hidden">“{name}”</span>
  </>
);

/** One saved plan: what it is, whether it is the one open, and what can be done with it. */
export function SavedPlanItem(props: SavedPlanItemProps) {
  const { plan, active, unsaved, compared, compareDisabled, roleName, renaming } = props;
  const renameButton = useRef<HTMLButtonElement>(null);
  const { profile } = plan;
  const closeRename = () => {
    props.onRenaming(null);
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <li
      className={active ? 'saved-plan saved-plan--active' : 'saved-plan'}
      aria-current={active || undefined}
    >
      <div className="saved-plan-main">
        {renaming !== null ? (
          <RenameForm
            current={plan.name}
            name={renaming}
            onChange={props.onRenaming}
            onRename={(name) => {
              props.onRename(name);
              closeRename();
            }}
            onCancel={closeRename}
          />
        ) : (
          <div className="saved-plan-title">
            <h3 className="saved-plan-name">{plan.name}</h3>
            {active && (
              <span className="saved-plan-badge">
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                  <circle cx="8" cy="8" r="6" />
                </svg>
                {unsaved ? 'Open now, with unsaved changes' : 'Open now'}
              </span>
            )}
          </div>
        )}
        <p className="saved-plan-facts muted">
          {roleName(profile.targetRole)} · {profile.hoursPerWeek} h a week · from{' '}
          {formatDate(profile.startDate)} · saved {formatDate(plan.updatedAt.slice(0, 10))}
        </p>
      </div>
      <label className="saved-plan-compare">
        <input
          type="checkbox"
          checked={compared}
          disabled={compareDisabled}
          onChange={(e) => props.onCompare(e.target.checked)}
        />
        Compare
        <Hidden name={plan.name} />
      </label>
      <div className="saved-plan-actions">
        <button
          type="button"
          className="button"
          onClick={props.onOpen}
          disabled={active && !unsaved}
        >
          Open
          <Hidden name={plan.name} />
        </button>
        <button
          type="button"
          className="button"
          ref={renameButton}
          onClick={() => props.onRenaming(plan.name)}
        >
          Rename
          <Hidden name={plan.name} />
        </button>
        <button type="button" className="button" onClick={props.onDuplicate}>
          Duplicate
          <Hidden name={plan.name} />
        </button>
        <button type="button" className="button button-danger" onClick={props.onDelete}>
          Delete
          <Hidden name={plan.name} />
        </button>
      </div>
    </li>
  );
}
