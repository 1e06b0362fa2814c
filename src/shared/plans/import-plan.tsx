import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { storedNow, useAppStore } from '@/store/app-store';

/** `newer`: the file needs a newer Certpath, so the message comes with an update button. */
export type ImportResult = { ok: boolean; message: string; newer?: boolean };

// Same bound as the parser's: refuse before reading a huge file into memory.
const MAX_BYTES = 256 * 1024;

/** Reads a plan file; a good one becomes a new saved plan (opened), never replacing another. */
export async function importPlanFile(file: File): Promise<ImportResult> {
  const refuse = (why: string) => ({
    ok: false,
    message: `“${file.name}” could not be imported. ${why}`,
  });
  if (file.size > MAX_BYTES)
    return refuse('The file is too big to be a Certpath plan (over 256 KB).');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('The browser could not read the file.');
  }
  const { parsePlanFile } = await import('@/domain/plan-file');
  const parsed = parsePlanFile(text);
  if (!parsed.ok) return { ...refuse(parsed.error), newer: parsed.newer === true };
  const { name, profile, salary } = parsed.value;
  const saved = useAppStore.getState().savePlan(name, profile);
  if (!saved.ok) return refuse(saved.error);
  if (salary) {
    useAppStore.setState((s) => ({
      salary: {
        ...s.salary,
        horizonYears: salary.horizonYears,
        overrides: { ...salary.overrides },
      },
    }));
  }
  if (!storedNow())
    return {
      ok: true,
      message: `Imported “${saved.name}”; it is open in this tab, but this browser did not store it, so download it again to keep it.`,
    };
  return { ok: true, message: `Imported “${saved.name}” as a new plan; it is now your open plan.` };
}

interface ImportPlanButtonProps {
  onResult: (result: ImportResult) => void;
}

/** "Import plan…": a file picker for .json plan files. */
export function ImportPlanButton({ onResult }: ImportPlanButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Import plan…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        // The button above opens it: out of sight, out of the tab order and out of what a
        // screen reader lists (it would be a second button doing the same).
        hidden
        aria-label="Plan file to import"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onResult(await importPlanFile(file));
        }}
      />
    </>
  );
}

interface PlanDropZoneProps {
  onResult: (result: ImportResult) => void;
  className?: string;
  children: ReactNode;
}

/** Accepts a plan file dropped anywhere on it (the file picker is the keyboard way to do the same). */
export function PlanDropZone({ onResult, className = '', children }: PlanDropZoneProps) {
  const [over, setOver] = useState(false);
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  return (
    <div
      className={`${className} plan-drop-zone${over ? ' plan-drop-zone--over' : ''}`}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={async (e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onResult(await importPlanFile(file));
      }}
    >
      {children}
      {over && <p className="plan-drop-hint">Drop the plan file to import it as a new plan</p>}
    </div>
  );
}
