import { useState } from 'react';
import { CopyLinkButton } from '@/shared/plans/copy-link-button';
import { ExportButtons } from '@/shared/plans/export-buttons';
import { ActionError } from '@/ui/action-error';
import { ImportPlanButton, PlanDropZone, type ImportResult } from '@/shared/plans/import-plan';
import { SavePlanForm } from '@/shared/plans/save-plan-form';
import { SavingOffNotice } from '@/shared/plans/saving-off-notice';
import './plan-actions.css';

/** Save, share, export and import for the plan on screen; a plan file can be dropped on it. */
export function PlanActions() {
  const [message, setMessage] = useState('');
  const [error, setErrorState] = useState({ text: '', newer: false });
  const setError = (text: string, newer = false) => setErrorState({ text, newer });
  const done = (text: string) => {
    setError('');
    setMessage(text);
  };
  const imported = ({ ok, message: text, newer }: ImportResult) => {
    setMessage(ok ? text : '');
    setError(ok ? '' : text, newer);
  };

  return (
    <PlanDropZone onResult={imported} className="plan-actions">
      <section className="plan-actions-bar" aria-label="Save and share this plan">
        <SavePlanForm
          onSaved={done}
          onError={(text) => {
            setMessage('');
            setError(text);
          }}
        />
        {/* One menu for the rest: on a phone the plan's answer, not five buttons, comes first. */}
        <details className="plan-share-menu">
          <summary className="button">Share and export</summary>
          <div className="plan-share-items">
            <CopyLinkButton onCopied={done} />
            <ExportButtons onDone={done} />
            <ImportPlanButton onResult={imported} />
          </div>
        </details>
      </section>
      <SavingOffNotice />
      <p role="status" className="plan-actions-message">
        {message}
      </p>
      <ActionError className="plan-actions-error" error={error.text} newer={error.newer} />
    </PlanDropZone>
  );
}
