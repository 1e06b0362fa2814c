import { useState } from 'react';
import { CopyLinkButton } from '@/shared/plans/copy-link-button';
import { ExportButtons } from '@/shared/plans/export-buttons';
import { ActionError } from '@/ui/action-error';
import { ImportPlanButton, PlanDropZone, type ImportResult } from '@/shared/plans/import-plan';
import { SavePlanForm } from '@/shared/plans/save-plan-form';
import { SavingOffNotice } from '@/shared/plans/saving-off-notice';
import { ShareMenu } from '@/shared/plans/share-menu';
import './plan-actions.css';

/** Save, share, export and import for the plan on screen; a plan file can be dropped on it. */
export function PlanActions() {
  const [message, setMessage] = useState('');
  const [menuOpen, setMenuOpen] = useState(false);
  const [error, setErrorState] = useState({ text: '', newer: false });
  const setError = (text: string, newer = false) => setErrorState({ text, newer });
  // An action done closes the menu, so its message below is in view; unless the menu still
  // has something to show (the link to copy by hand).
  const done = (text: string, keepMenuOpen = false) => {
    setError('');
    setMessage(text);
    if (!keepMenuOpen) setMenuOpen(false);
  };
  const imported = ({ ok, message: text, newer }: ImportResult) => {
    setMessage(ok ? text : '');
    setError(ok ? '' : text, newer);
    setMenuOpen(false);
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
        <ShareMenu open={menuOpen} onOpenChange={setMenuOpen}>
          <CopyLinkButton onCopied={done} />
          <ExportButtons onDone={done} />
          <ImportPlanButton onResult={imported} />
        </ShareMenu>
      </section>
      <SavingOffNotice />
      <p role="status" className="plan-actions-message">
        {message}
      </p>
      <ActionError className="plan-actions-error" error={error.text} newer={error.newer} />
    </PlanDropZone>
  );
}
