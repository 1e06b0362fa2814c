import type { Confidence, Range, Certification } from '@/domain/schema';
import { addDays, spellDate } from '@/domain/dates';
import type { DateRange } from '@/domain/dates';
import { resolveCode } from '@/domain/catalog-model';
import { successorChain } from '@/domain/roadmap';
import { expiryOf, renewableAt, renewalOpensOn } from '@/domain/renewal';
import type { Notice, PlanContext, Slot } from '@/domain/roadmap';

export interface ScheduledStep {
  code: string;
  /** Estimated hours for this user (low–high). 0–0 for held steps. */
  hours: Range;
  /** Hours the schedule uses (midpoint of the range). */
  plannedHours: number;
  /** ceil(plannedHours / hoursPerWeek): the most likely number of weeks. */
  weeks: number;
  /** Weeks at the low and high end of the hours (ceil(hours / hoursPerWeek)). */
  weeksRange: Range;
  /** First study day (most likely). A step starts the day after the previous step's exam. */
  startDate: string;
  /** Target exam day (most likely): the last day of the step's final study week. */
  examDate: string;
  /** First study day if every step so far took its fewest, likely or most weeks. */
  startDates: DateRange;
  /** Exam day the same three ways: earliest, most likely, latest. */
  examDates: DateRange;
  feeUsd: number;
}

export interface RenewalWindow {
  code: string;
  expiresOn: string;
  /** When renewal opens (Microsoft: the free assessment, six months before expiry); null: no window. */
  windowOpensOn: string | null;
  /** Whether it can still be renewed from the plan's today on (see renewal.ts). */
  renewable: boolean;
}

export interface AreaHours {
  id: string;
  name: string;
  weight: Range;
  confidence: Confidence;
  hours: number;
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

/** The profile's multiplier on an exam's typical hours, before the floor (see assumptions.study). */
export function profileFactor(ctx: PlanContext, cert: Certification): number {
  const { study } = ctx.assumptions;
  const { profile } = ctx;
  const related = new Set(
    [...cert.prerequisites.groups.flat(), ...cert.advisedAfter]
      .filter((code) => ctx.catalog.byCode.has(code) && ctx.held.has(ctx.lineageOf(code)))
      .map(ctx.lineageOf),
  );
  const early = profile.yearsExperience < study.earlyCareerYears ? study.earlyCareerFactor : 1;
  return (
    study.python[profile.python] *
    study.azure[profile.azure] *
    study.aiml[profile.aiml] *
    early *
    study.relatedHeldFactor ** related.size
  );
}

export interface Estimate {
  hours: Range;
  plannedHours: number;
  areas: AreaHours[];
}

// Largest-remainder rounding to tenths, so the areas add up exactly to the exam's hours.
function apportion(total: number, shares: number[]): number[] {
  const units = Math.round(total * 10);
  const raw = shares.map((s) => s * units);
  const floors = raw.map(Math.floor);
  let left = units - floors.reduce((a, b) => a + b, 0);
  const byRemainder = raw
    .map((r, i) => [r - Math.floor(r), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) if (left-- > 0) floors[i] = (floors[i] ?? 0) + 1;
  return floors.map((u) => u / 10);
}

/**
 * Hours for this user: the typical range × profile factor; for the core exam also × the
 * weight-averaged confidence per skills area. Never below minimumFactor of the typical range.
 */
export function estimateHours(ctx: PlanContext, cert: Certification, core: boolean): Estimate {
  const { study } = ctx.assumptions;
  const areas = core ? (cert.skills?.areas ?? []) : [];
  const mids = areas.map((a) => (a.weight.min + a.weight.max) / 2);
  const sum = mids.reduce((a, b) => a + b, 0);
  const confidence = areas.map((a) => ctx.profile.areaConfidence[a.id] ?? 'some');
  const parts = areas.map(
    (_, i) => ((mids[i] ?? 0) / sum) * study.confidence[confidence[i] ?? 'some'],
  );
  const areaFactor = sum > 0 ? parts.reduce((a, b) => a + b, 0) : 1;
  const factor = Math.max(study.minimumFactor, profileFactor(ctx, cert) * areaFactor);
  const hours = {
    min: Math.round(cert.studyHours.min * factor),
    max: Math.round(cert.studyHours.max * factor),
  };
  const plannedHours = (hours.min + hours.max) / 2;
  const split =
    sum > 0
      ? apportion(
          plannedHours,
          parts.map((p) => p / areaFactor),
        )
      : [];
  return {
    hours,
    plannedHours,
    areas: areas.map((a, i) => ({
      id: a.id,
      name: a.name,
      weight: a.weight,
      confidence: confidence[i] ?? 'some',
      hours: split[i] ?? 0,
    })),
  };
}

/** A slot with its exam decided by date; `scheduled` is null for steps that take no time. */
export interface Placement {
  slot: Slot;
  code: string;
  replaces: string | null;
  scheduled: ScheduledStep | null;
  estimate: Estimate | null;
}

export interface Schedule {
  placements: Placement[];
  notices: Notice[];
  finish: DateRange;
}

const takesTime = (slot: Slot) =>
  !slot.held && (slot.need === 'required' || slot.need === 'recommended');

function replacesOf(ctx: PlanContext, slot: Slot, code: string): string | null {
  if (slot.why.kind === 'renewal') return slot.why.of;
  if (code === slot.original) return null;
  return successorChain(ctx.catalog, slot.original).some((c) => c.code === code)
    ? slot.original
    : null;
}

// Plans one step from `starts` (earliest, likely, latest); the exam is decided at the likely
// dates: it switches to the successor while the exam retires by the likely exam date.
function place(ctx: PlanContext, slot: Slot, starts: DateRange, notices: Notice[]) {
  const start = starts.likely;
  let code = resolveCode(ctx.catalog, slot.original, start);
  for (;;) {
    const cert = ctx.cert(code);
    const estimate = estimateHours(ctx, cert, slot.core);
    const perWeek = ctx.profile.hoursPerWeek;
    const weeks = Math.max(1, Math.ceil(estimate.plannedHours / perWeek));
    const examDate = addDays(start, weeks * 7 - 1);
    const { retiresOn, successor } = cert.status;
    const next =
      successor !== null && retiresOn !== null && retiresOn < examDate ? successor : null;
    if (next && ctx.catalog.byCode.has(next) && !successorChain(ctx.catalog, next).includes(cert)) {
      notices.push({
        kind: 'retires-during-plan',
        code,
        message: `${code} retires on ${spellDate(retiresOn)}, before your planned exam date (${spellDate(examDate)}), so this step uses its successor ${next}.`,
      });
      code = next;
      continue;
    }
    const weeksRange = {
      min: Math.max(1, Math.ceil(estimate.hours.min / perWeek)),
      max: Math.max(1, Math.ceil(estimate.hours.max / perWeek)),
    };
    const examDates: DateRange = {
      earliest: addDays(starts.earliest, weeksRange.min * 7 - 1),
      likely: examDate,
      latest: addDays(starts.latest, weeksRange.max * 7 - 1),
    };
    const scheduled: ScheduledStep = {
      code,
      hours: estimate.hours,
      plannedHours: estimate.plannedHours,
      weeks,
      weeksRange,
      startDate: start,
      examDate,
      startDates: starts,
      examDates,
      feeUsd: cert.exam.priceUsd,
    };
    return { code, estimate, scheduled };
  }
}

/**
 * Walks the ordered slots from the profile's start date: steps that take time are placed one
 * after another; the rest resolve their exam at the date they would come in the sequence.
 */
export function scheduleSlots(ctx: PlanContext, order: Slot[]): Schedule {
  const notices: Notice[] = [];
  const placements: Placement[] = [];
  const start = ctx.profile.startDate;
  let cursor: DateRange = { earliest: start, likely: start, latest: start };
  for (const slot of order) {
    if (slot.held) {
      const code = slot.held.code;
      placements.push({
        slot,
        code,
        replaces: replacesOf(ctx, slot, code),
        scheduled: null,
        estimate: null,
      });
    } else if (!takesTime(slot)) {
      const code = resolveCode(ctx.catalog, slot.original, cursor.likely);
      placements.push({
        slot,
        code,
        replaces: replacesOf(ctx, slot, code),
        scheduled: null,
        estimate: null,
      });
    } else {
      const { code, estimate, scheduled } = place(ctx, slot, cursor, notices);
      placements.push({ slot, code, replaces: replacesOf(ctx, slot, code), scheduled, estimate });
      const exams = scheduled.examDates;
      cursor = {
        earliest: addDays(exams.earliest, 1),
        likely: addDays(exams.likely, 1),
        latest: addDays(exams.latest, 1),
      };
    }
  }
  const last = placements.findLast((p) => p.scheduled)?.scheduled;
  const finish: DateRange = last
    ? last.examDates
    : { earliest: start, likely: start, latest: start };
  for (const p of placements) {
    const retiresOn = p.scheduled ? ctx.cert(p.code).status.retiresOn : null;
    // Retiring after the likely exam but before the plan may end: the exam could slip past it.
    if (
      !p.scheduled ||
      retiresOn === null ||
      retiresOn < p.scheduled.examDate ||
      retiresOn > finish.latest
    )
      continue;
    const next = ctx.cert(p.code).status.successor;
    const instead = next
      ? `; if your exam slips past it, take ${next} instead`
      : '; sit it before then';
    notices.push({
      kind: 'retires-during-plan',
      code: p.code,
      message: `${p.code} retires on ${spellDate(retiresOn)}, during your plan but after your planned exam on ${spellDate(p.scheduled.examDate)}${instead}.`,
    });
  }
  return { placements, notices, finish };
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
