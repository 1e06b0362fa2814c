import type { Catalog } from '@/domain/catalog-model';
import { certStatusAt } from '@/domain/catalog-model';
import type { Roadmap, RoadmapStep } from '@/domain/roadmap';
import type { Certification, Progress, StepProgress } from '@/domain/schema';
import { formatDate } from '@/lib/format';
import { lineages } from '@/domain/lineage';
import { emptyProgress, progressFor } from '@/domain/progress';
import type { ScheduledStep } from '@/domain/schedule';
import type { RenewalWindow, StudyPlan } from '@/domain/study-plan';

/** Everything the graph, list and details show about one step, joined once. */
export interface StepInfo {
  step: RoadmapStep;
  /** Missing only if the engine and catalogue disagree; views then show the code alone. */
  cert: Certification | undefined;
  /** Present for steps that take study time (required / recommended, not held). */
  scheduled: ScheduledStep | undefined;
  renewal: RenewalWindow | undefined;
  /** The exam whose per-area hours the study plan computed (the core exam). */
  isCore: boolean;
  /** The exam can no longer be taken (after its retirement date, as of today). */
  retired: boolean;
  /** Where the user is with it (a living plan), in words; null before anything is recorded. */
  progress: string | null;
}

/** A step's recorded progress in words: "Exam booked for 15 Feb 2027". */
export function progressText(progress: StepProgress | undefined): string | null {
  if (!progress) return null;
  switch (progress.state) {
    case 'studying':
      return 'Studying';
    case 'booked':
      return `Exam booked for ${formatDate(progress.date)}`;
    case 'passed':
      return `Passed ${formatDate(progress.date)}${progress.score !== null ? ` (score ${progress.score})` : ''}`;
    case 'failed':
      return `Failed ${formatDate(progress.date)}${progress.score !== null ? ` (score ${progress.score})` : ''}: retake planned`;
  }
}

/** Joins roadmap steps with catalogue facts and schedule; hides not-needed steps unless asked. */
export function stepInfos(
  roadmap: Roadmap,
  studyPlan: StudyPlan,
  catalog: Catalog,
  showAll: boolean,
  today: string,
  progress: Progress['steps'] = {},
): StepInfo[] {
  const scheduled = new Map(studyPlan.steps.map((s) => [s.code, s]));
  const families = lineages(catalog);
  const lineageOf = (code: string) => families.get(code) ?? code;
  const recorded: Progress = { ...emptyProgress(), steps: progress };
  const renewals = new Map(studyPlan.renewals.map((r) => [r.code, r]));
  return roadmap.steps
    .filter((step) => showAll || step.status !== 'not-needed')
    .map((step) => {
      const cert = catalog.byCode.get(step.code);
      return {
        step,
        cert,
        scheduled: scheduled.get(step.code),
        renewal: renewals.get(step.code),
        isCore: step.code === studyPlan.coreAreasCode,
        retired: cert !== undefined && certStatusAt(cert, today) === 'retired',
        progress: progressText(progressFor(recorded, step.code, lineageOf)?.[1]),
      };
    });
}

/**
 * A retired exam's mark, the same on the graph and the list: one that is held stays valid until
 * it expires (it cannot be renewed); one that is not can no longer be taken. Null if active.
 */
export function retiredText(info: StepInfo): string | null {
  if (!info.retired) return null;
  return info.step.status === 'held' ? 'Retired: valid until expiry' : 'Retired: no longer offered';
}

/** Official prerequisites in words: one line per group, "AZ-104 or AZ-204". */
export function prerequisiteLines(cert: Certification | undefined): string[] {
  return (cert?.prerequisites.groups ?? []).map((group) => group.join(' or '));
}

/** A cert's display name, falling back to the code. */
export function certName(info: StepInfo): string {
  return info.cert?.name ?? info.step.code;
}
