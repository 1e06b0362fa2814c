import { useState } from 'react';
import { CopyLinkButton } from '@/components/copy-link-button';
import { ExportButtons } from '@/components/export-buttons';
import { ActionError } from '@/components/action-error';
import { ImportPlanButton, PlanDropZone, type ImportResult } from '@/components/import-plan';
import { SavePlanForm } from '@/components/save-plan-form';
import { SavingOffNotice } from '@/components/saving-off-notice';
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
        <CopyLinkButton onCopied={done} />
        <ExportButtons onDone={done} />
        <ImportPlanButton onResult={imported} />
      </section>
      <SavingOffNotice />
      <p role="status" className="plan-actions-message">
        {message}
      </p>
      <ActionError className="plan-actions-error" error={error.text} newer={error.newer} />
    </PlanDropZone>
  );
}
