import { useEffect, useRef } from 'react';
import { useAppStore } from '@/store/app-store';

/** "Deleted “A”. Undo": the way back from the last delete or open. Focus moves to Undo. */
export function UndoBar() {
  const undo = useAppStore((s) => s.undo);
  const runUndo = useAppStore((s) => s.runUndo);
  const dismiss = useAppStore((s) => s.dismissUndo);
  const button = useRef<HTMLButtonElement>(null);
  // The button the user pressed is gone (deleted row); keep the keyboard user's place.
  useEffect(() => {
    if (undo) button.current?.focus();
  }, [undo]);

  return (
    <div role="status" className="undo-bar-region">
      {undo && (
        <div className="undo-bar callout callout-info">
          <span>{undo.message}</span>
          <button type="button" className="button" ref={button} onClick={runUndo}>
            Undo
          </button>
          <button type="button" className="button button-quiet" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
