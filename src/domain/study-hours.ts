// Study hours for this user: an exam's typical hours scaled by the profile and, for the core
// exam, split over its skills areas by the user's confidence. Sits between slot-order.ts and
// schedule.ts, which sizes each step with it; study-plan.ts reuses it for a held core exam.
import type { PlanContext } from '@/domain/plan-context';
import type { Certification, Confidence, Range } from '@/domain/schema';

export interface AreaHours {
  id: string;
  name: string;
  weight: Range;
  confidence: Confidence;
  hours: number;
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
export function apportion(total: number, shares: number[]): number[] {
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
 * weight-averaged confidence per skills area (the form asks for the core exam's areas only).
 * Never below minimumFactor of the typical range. The hours are split over the exam's skills
 * areas by weight (and, for the core exam, confidence).
 */
export function estimateHours(ctx: PlanContext, cert: Certification, core: boolean): Estimate {
  const { study } = ctx.assumptions;
  const areas = cert.skills?.areas ?? [];
  const mids = areas.map((a) => (a.weight.min + a.weight.max) / 2);
  const sum = mids.reduce((a, b) => a + b, 0);
  const confidence = areas.map((a) =>
    core ? (ctx.profile.areaConfidence[a.id] ?? 'some') : ('some' as const),
  );
  // Only the core exam's hours move with confidence; another exam's split by weight alone.
  const parts = areas.map(
    (_, i) => ((mids[i] ?? 0) / sum) * (core ? study.confidence[confidence[i] ?? 'some'] : 1),
  );
  const areaFactor = sum > 0 ? parts.reduce((a, b) => a + b, 0) : 1;
  // Holding (still valid) the exam this one replaced: what changed is left to study (beyond
  // the floor, which bounds what skills alone can save). Every holding is looked at, so a
  // pass of this exam does not hide the one before it (a pass is priced as it was planned).
  const family = ctx.lineageOf(cert.code);
  const successorOfHeld = ctx.holdings.some(
    (h) => h.valid && h.code !== cert.code && ctx.lineageOf(h.code) === family,
  );
  const factor =
    Math.max(study.minimumFactor, profileFactor(ctx, cert) * areaFactor) *
    (successorOfHeld ? study.predecessorHeldFactor : 1);
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
