// The schedule: walks the ordered slots of slot-order.ts from the start date, decides each
// step's exam by date (a successor when the original retires first), sizes it with
// study-hours.ts and dates it. The placements feed step-reasons.ts, study-plan.ts and the notices.
import { resolveCode } from '@/domain/catalog-model';
import { addDays, diffDays, maxDate, spellDate } from '@/domain/dates';
import type { DateRange } from '@/domain/dates';
import { successorChain } from '@/domain/lineage';
import type { Slot } from '@/domain/path-slots';
import type { PlanContext } from '@/domain/plan-context';
import type { Notice } from '@/domain/roadmap';
import { isAwayWeek, studiedWeeks, studyEnd } from '@/domain/study-weeks';
import {
  progressFor,
  retakeOf,
  retakeRule,
  scheduleStart,
  tenths,
  unspentHours,
} from '@/domain/progress';
import { practiceShares, readinessTarget } from '@/domain/readiness';
import { bookingNotices } from '@/domain/booking-notices';
import type { Certification, Range } from '@/domain/schema';
import { apportion, estimateHours } from '@/domain/study-hours';
import type { AreaHours, Estimate } from '@/domain/study-hours';

export interface ScheduledStep {
  code: string;
  /** Estimated hours for this user (low–high). 0–0 for held steps. */
  hours: Range;
  /** Hours the schedule uses (midpoint of the range, less the hours already logged). */
  plannedHours: number;
  /** ceil(plannedHours / hoursPerWeek): the most likely number of study weeks. */
  weeks: number;
  /**
   * Hours a week this step needs: the user's hours a week, or more when a booked exam leaves
   * fewer weeks than the hours take.
   */
  hoursPerWeek: number;
  /**
   * Whole weeks already spent on this step before the plan's start (tracking: the first
   * step began before today). Week numbers run on from it: "week 4 of 12".
   */
  studiedWeeks: number;
  /** The exam day is the user's booking. */
  booked: boolean;
  /** Weeks the user is away between the step's start and its exam (likely dates): skipped. */
  awayWeeks: number;
  /** The hours still needed per skills area of the exam's outline (sum: plannedHours). */
  areas: AreaHours[];
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

/** Moves every date of `range` to `day` at the earliest. */
const notBefore = (range: DateRange, day: string): DateRange => ({
  earliest: maxDate(range.earliest, day),
  likely: maxDate(range.likely, day),
  latest: maxDate(range.latest, day),
});

// Plans one step from `starts` (earliest, likely, latest); the exam is decided at the likely
// dates: it switches to the successor while the exam retires by the likely exam date. Hours
// already logged (`credit`) come off the step first; a booked exam keeps its date; a retake
// comes after the vendor's waiting period.
function place(
  ctx: PlanContext,
  slot: Slot,
  earliestStarts: DateRange,
  notices: Notice[],
  credit: number,
) {
  let code = resolveCode(ctx.catalog, slot.original, earliestStarts.likely);
  for (;;) {
    const cert = ctx.cert(code);
    const [recordedAs, progress] = progressFor(ctx.profile.progress, code, ctx.lineageOf) ?? [
      code,
      null,
    ];
    // A vendor's wait is per exam: a failure of AI-102 sets no wait before AI-103.
    const retake = recordedAs === code ? retakeOf(progress) : null;
    const rule = retake ? retakeRule(cert, retake, ctx.assumptions) : null;
    const full = estimateHours(ctx, cert, slot.core);
    const used = tenths(Math.min(credit, full.plannedHours));
    const estimate = withPractice(ctx, cert, spend(full, used));
    const perWeek = ctx.profile.hoursPerWeek;
    const away = ctx.awayWeeks;
    // The weeks the hours take at the user's hours a week.
    const ownWeeks = Math.max(1, Math.ceil(estimate.plannedHours / perWeek));
    // A retake waits for the vendor's day: its study is planned to end then, not to sit idle
    // before it (a year's wait starts the study near its end), nor to start only after it.
    const starts = rule?.from
      ? notBefore(earliestStarts, addDays(rule.from, -(ownWeeks * 7 - 1)))
      : earliestStarts;
    const start = starts.likely;
    const firstExamDay = rule?.from && rule.from > start ? rule.from : start;
    const booked =
      progress?.state === 'booked' && progress.date >= firstExamDay ? progress.date : null;
    // The exam day the hours give at the user's hours a week, booking or not.
    const own = studyEnd(start, ownWeeks, away);
    let weeks = ownWeeks;
    let awayWeeks = own.skipped;
    let examDate = maxDate(own.end, firstExamDay);
    if (booked) {
      // The weeks before the exam day (an exam seven days on leaves one study week).
      const span = Math.max(1, Math.ceil(diffDays(start, booked) / 7));
      awayWeeks = Array.from({ length: span }, (_, w) => addDays(start, w * 7)).filter((d) =>
        isAwayWeek(d, away),
      ).length;
      weeks = Math.max(1, span - awayWeeks);
      examDate = booked;
    }
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
    // A booked exam is one date; otherwise the hours' range gives the dates' range.
    const weeksRange = booked
      ? { min: weeks, max: weeks }
      : {
          min: Math.max(1, Math.ceil(estimate.hours.min / perWeek)),
          max: Math.max(1, Math.ceil(estimate.hours.max / perWeek)),
        };
    const examDates: DateRange = booked
      ? { earliest: booked, likely: booked, latest: booked }
      : notBefore(
          {
            earliest: studyEnd(starts.earliest, weeksRange.min, away).end,
            likely: examDate,
            latest: studyEnd(starts.latest, weeksRange.max, away).end,
          },
          firstExamDay,
        );
    // A booking spreads the hours evenly over the weeks before it: more a week than the
    // user's when it leaves fewer weeks than the hours take (the plan says so), less when
    // it is far off.
    const pace = booked ? Math.ceil((estimate.plannedHours / weeks) * 10) / 10 : perWeek;
    const scheduled: ScheduledStep = {
      code,
      hours: estimate.hours,
      plannedHours: estimate.plannedHours,
      weeks,
      hoursPerWeek: pace,
      studiedWeeks: 0,
      booked: booked !== null,
      awayWeeks,
      areas: estimate.areas,
      weeksRange,
      startDate: start,
      examDate,
      // A booked exam: no start can fall after its day.
      startDates: booked
        ? {
            earliest: starts.earliest < booked ? starts.earliest : booked,
            likely: start,
            latest: starts.latest < booked ? starts.latest : booked,
          }
        : starts,
      examDates,
      feeUsd: cert.exam.priceUsd,
    };
    notices.push(
      ...bookingNotices(ctx, {
        code,
        cert,
        progress,
        scheduled,
        ownExamDate: own.end,
        retake,
        rule,
      }),
    );
    return { code, estimate, scheduled, used };
  }
}

/** An estimate with `used` logged hours already studied: what is left of it. */
function spend(estimate: Estimate, used: number): Estimate {
  if (used <= 0) return estimate;
  return {
    ...estimate,
    hours: {
      min: Math.max(0, estimate.hours.min - used),
      max: Math.max(0, estimate.hours.max - used),
    },
    plannedHours: tenths(estimate.plannedHours - used),
    // What is left, spread over the areas as the whole was.
    areas: split(
      estimate.areas,
      tenths(estimate.plannedHours - used),
      estimate.areas.map((a) => a.hours / estimate.plannedHours),
    ),
  };
}

/** `areas` with `total` hours apportioned by `shares` (to tenths, adding up exactly). */
function split(areas: AreaHours[], total: number, shares: number[]): AreaHours[] {
  const hours = apportion(total, shares);
  return areas.map((a, i) => ({ ...a, hours: hours[i] ?? 0 }));
}

/**
 * The hours still needed re-split by the exam's latest practice result: weak areas get more of
 * them (readiness.ts). The total does not change.
 */
function withPractice(ctx: PlanContext, cert: Certification, estimate: Estimate): Estimate {
  const result = ctx.profile.progress.practice[cert.code];
  if (!result || estimate.areas.length === 0) return estimate;
  const target = readinessTarget(ctx.profile.progress, ctx.assumptions);
  const shares = practiceShares(cert, result, target, ctx.assumptions);
  return { ...estimate, areas: split(estimate.areas, estimate.plannedHours, shares) };
}

/** The hours a passed exam took, as the plan would have planned them (what logged hours paid for). */
function passedHours(ctx: PlanContext, order: Slot[], code: string): number {
  const cert = ctx.catalog.byCode.get(code);
  if (!cert) return 0;
  const core = order.some((slot) => slot.core && slot.held?.code === code);
  return estimateHours(ctx, cert, core).plannedHours;
}

/**
 * Walks the ordered slots from the profile's start date: steps that take time are placed one
 * after another; the rest resolve their exam at the date they would come in the sequence.
 */
export function scheduleSlots(ctx: PlanContext, order: Slot[]): Schedule {
  const notices: Notice[] = [];
  const placements: Placement[] = [];
  const start = scheduleStart(ctx.profile, ctx.today);
  let cursor: DateRange = { earliest: start, likely: start, latest: start };
  let credit = unspentHours(ctx.profile.progress, (code) => passedHours(ctx, order, code));
  // Logged hours the first step took: the weeks it has been studied can be no more than they fill.
  let firstUsed: number | null = null;
  for (const slot of order) {
    if (slot.held || !takesTime(slot)) {
      // No study time: a held exam as held, the rest at the date it would come in the sequence.
      const code = slot.held?.code ?? resolveCode(ctx.catalog, slot.original, cursor.likely);
      placements.push({
        slot,
        code,
        replaces: replacesOf(ctx, slot, code),
        scheduled: null,
        estimate: null,
      });
    } else {
      const { code, estimate, scheduled, used } = place(ctx, slot, cursor, notices, credit);
      credit = tenths(credit - used);
      firstUsed ??= used;
      placements.push({ slot, code, replaces: replacesOf(ctx, slot, code), scheduled, estimate });
      const exams = scheduled.examDates;
      cursor = {
        earliest: addDays(exams.earliest, 1),
        likely: addDays(exams.likely, 1),
        latest: addDays(exams.latest, 1),
      };
    }
  }
  const first = placements.find((p) => p.scheduled)?.scheduled;
  if (first && first.startDate === start)
    first.studiedWeeks = Math.min(
      studiedWeeks(ctx, start),
      Math.ceil((firstUsed ?? 0) / ctx.profile.hoursPerWeek),
    );
  const last = placements.findLast((p) => p.scheduled)?.scheduled;
  // Nothing left to study: the path finished on the last exam passed on it (or the start).
  const passedOn = placements.reduce((latest, p) => {
    const step = p.slot.held ? ctx.profile.progress.steps[p.code] : undefined;
    return step?.state === 'passed' && step.date > latest ? step.date : latest;
  }, '');
  const done = passedOn || start;
  const finish: DateRange = last ? last.examDates : { earliest: done, likely: done, latest: done };
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
