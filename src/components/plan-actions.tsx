import { useState } from 'react';
import { CopyLinkButton } from '@/components/copy-link-button';
import { ExportButtons } from '@/components/export-buttons';
import { ImportPlanButton, PlanDropZone, type ImportResult } from '@/components/import-plan';
import { SavePlanForm } from '@/components/save-plan-form';
import { SavingOffNotice } from '@/components/saving-off-notice';
import './plan-actions.css';

/** Save, share, export and import for the plan on screen; a plan file can be dropped on it. */
export function PlanActions() {
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const done = (text: string) => {
    setError('');
    setMessage(text);
  };
  const imported = ({ ok, message: text }: ImportResult) => {
    setMessage(ok ? text : '');
    setError(ok ? '' : text);
  };

  return (
    <PlanDropZone onResult={imported} className="plan-actions">
      <section className="plan-actions-bar" aria-label="Save and share this plan">
        <SavePlanForm onSaved={done} />
        <CopyLinkButton onCopied={done} />
        <ExportButtons onDone={done} />
        <ImportPlanButton onResult={imported} />
      </section>
      <SavingOffNotice />
      <p role="status" className="plan-actions-message">
        {message}
      </p>
      <div role="alert" className="plan-actions-error">
        {error && <p className="callout callout-danger">{error}</p>}
      </div>
    </PlanDropZone>
  );
}
