// The study plan: the dated steps of schedule.ts summed up (hours, weeks, fees, finish), the
// core exam's skills areas and the renewal window of every held and planned certification.
// Built after the schedule; plan-notices.ts then reads its renewals.
import { expiryOf, renewableAt, renewalOpensOn } from '@/domain/renewal';
import type { DateRange } from '@/domain/dates';
import type { PlanContext } from '@/domain/plan-context';
import type { Placement, Schedule, ScheduledStep } from '@/domain/schedule';
import type { Range } from '@/domain/schema';
import { estimateHours } from '@/domain/study-hours';
import type { AreaHours } from '@/domain/study-hours';

export interface RenewalWindow {
  code: string;
  expiresOn: string;
  /** When renewal opens (Microsoft: the free assessment, six months before expiry); null: no window. */
  windowOpensOn: string | null;
  /** Whether it can still be renewed from the plan's today on (see renewal.ts). */
  renewable: boolean;
}

export interface StudyPlan {
  /** Steps that take time (required + recommended, not held), in schedule order. */
  steps: ScheduledStep[];
  totals: {
    hours: Range;
    plannedHours: number;
    /** Most likely weeks, and the range from the steps' fewest to most weeks. */
    weeks: number;
    weeksRange: Range;
    feesUsd: number;
    /** The most likely finish (last exam); `finish` has the range. */
    finishDate: string;
    finish: DateRange;
  };
  coreAreas: AreaHours[];
  /** The exam whose skills areas `coreAreas` lists (scheduled, else held core exam), or null. */
  coreAreasCode: string | null;
  renewals: RenewalWindow[];
}

/** Expiry and renewal window of every held and planned certification that expires. */
export function renewalsOf(ctx: PlanContext, placements: Placement[]): RenewalWindow[] {
  const earned = [
    ...[...ctx.held.values()].map((h) => [h.code, h.expiresOn] as const),
    ...placements.flatMap((p) =>
      p.scheduled ? [[p.code, expiryOf(ctx.cert(p.code), p.scheduled.examDate)] as const] : [],
    ),
  ];
  return earned
    .flatMap(([code, expiresOn]) => {
      const cert = ctx.cert(code);
      if (expiresOn === null) return [];
      const renewable = renewableAt(cert, expiresOn, ctx.today);
      return [{ code, expiresOn, windowOpensOn: renewalOpensOn(cert, expiresOn), renewable }];
    })
    .sort((a, b) =>
      a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : a.code < b.code ? -1 : 1,
    );
}

/** Totals, core skills areas and renewals of a schedule. */
export function studyPlanOf(ctx: PlanContext, schedule: Schedule): StudyPlan {
  const steps = schedule.placements.flatMap((p) => p.scheduled ?? []);
  const sum = (f: (s: ScheduledStep) => number) => steps.reduce((total, s) => total + f(s), 0);
  const coreScheduled = schedule.placements.find((p) => p.slot.core && p.estimate);
  const coreHeld = schedule.placements.find((p) => p.slot.core && p.slot.held);
  // A held core exam still shows its areas (as the hours it would take), for reference.
  const core = coreScheduled ?? coreHeld;
  const estimate =
    coreScheduled?.estimate ??
    (coreHeld ? estimateHours(ctx, ctx.cert(coreHeld.code), true) : null);
  return {
    steps,
    totals: {
      hours: { min: sum((s) => s.hours.min), max: sum((s) => s.hours.max) },
      plannedHours: sum((s) => s.plannedHours),
      weeks: sum((s) => s.weeks),
      weeksRange: { min: sum((s) => s.weeksRange.min), max: sum((s) => s.weeksRange.max) },
      feesUsd: sum((s) => s.feeUsd),
      finishDate: schedule.finish.likely,
      finish: schedule.finish,
    },
    coreAreas: estimate?.areas ?? [],
    coreAreasCode: core && estimate && estimate.areas.length > 0 ? core.code : null,
    renewals: renewalsOf(ctx, schedule.placements),
  };
}
