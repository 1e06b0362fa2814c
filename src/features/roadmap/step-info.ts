import type { Catalog } from '@/domain/catalog-model';
import { certStatusAt } from '@/domain/catalog-model';
import type { Roadmap, RoadmapStep } from '@/domain/roadmap';
import type { Certification } from '@/domain/schema';
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
}

/** Joins roadmap steps with catalogue facts and schedule; hides not-needed steps unless asked. */
export function stepInfos(
  roadmap: Roadmap,
  studyPlan: StudyPlan,
  catalog: Catalog,
  showAll: boolean,
  today: string,
): StepInfo[] {
  const scheduled = new Map(studyPlan.steps.map((s) => [s.code, s]));
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
      };
    });
}

/** Official prerequisites in words: one line per group, "AZ-104 or AZ-204". */
export function prerequisiteLines(cert: Certification | undefined): string[] {
  return (cert?.prerequisites.groups ?? []).map((group) => group.join(' or '));
}

/** A cert's display name, falling back to the code. */
export function certName(info: StepInfo): string {
  return info.cert?.name ?? info.step.code;
}
