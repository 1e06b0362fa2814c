// Readiness from practice results (a living plan): the area scores of an exam's latest practice
// result averaged by the outline's weights, as the range the weight ranges allow, against a
// target; and the split of the hours still needed that gives weak areas more of them.
import type { Assumptions, Certification, PracticeResult, Progress, Range } from '@/domain/schema';

export interface AreaReadiness {
  id: string;
  name: string;
  weight: Range;
  /** The area's practice percent; null when the result has none for it. */
  score: number | null;
  /** At or above the target. */
  ready: boolean;
}

export interface Readiness {
  code: string;
  date: string;
  /** Percent, lowest and highest the outline's weight ranges allow (whole numbers). */
  range: Range;
  target: number;
  areas: AreaReadiness[];
  /** The overall percent the user gave, if any. */
  overall: number | null;
  /** Every area (or, without an outline, the overall score) at or above the target. */
  ready: boolean;
  /** Outline areas with no score of their own. */
  unscored: number;
}

/** The target in force: the user's own, else Certpath's default (assumptions.readiness). */
export const readinessTarget = (progress: Progress, assumptions: Assumptions): number =>
  progress.readinessTarget ?? assumptions.readiness.targetPercent;

/** More areas than any outline has: beyond this the weights' midpoints are used. */
const MAX_EXACT_AREAS = 12;

// The weighted mean's lowest (or highest) value over weights anywhere in their ranges: it is
// reached at a corner of the box, so every corner is tried (2^n for an outline's 3–7 areas).
function extreme(scores: Range[], weights: Range[], pick: 'min' | 'max'): number {
  const n = scores.length;
  const value = (s: Range) => (pick === 'min' ? s.min : s.max);
  const corners = n <= MAX_EXACT_AREAS ? 2 ** n : 1;
  let best = pick === 'min' ? Infinity : -Infinity;
  for (let mask = 0; mask < corners; mask++) {
    let sum = 0;
    let weightSum = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i]!;
      const weight = n <= MAX_EXACT_AREAS ? ((mask >> i) & 1 ? w.max : w.min) : (w.min + w.max) / 2;
      sum += weight * value(scores[i]!);
      weightSum += weight;
    }
    const mean = weightSum > 0 ? sum / weightSum : 0;
    best = pick === 'min' ? Math.min(best, mean) : Math.max(best, mean);
  }
  return best;
}

/**
 * Readiness for `cert` from its latest practice result. An area without a score counts as the
 * overall percent when one was given, else as anything from 0 to 100 (the range shows it).
 */
export function readinessOf(
  cert: Certification,
  result: PracticeResult,
  target: number,
): Readiness {
  const outline = cert.skills?.areas ?? [];
  const areas = outline.map((a) => {
    const own = result.areas[a.id];
    const score = own === undefined ? null : own;
    return {
      id: a.id,
      name: a.name,
      weight: a.weight,
      score,
      ready: score !== null && score >= target,
    };
  });
  const unscored = areas.filter((a) => a.score === null).length;
  let range: Range;
  if (areas.length === 0 || unscored === areas.length) {
    range =
      result.overall !== null ? { min: result.overall, max: result.overall } : { min: 0, max: 100 };
  } else {
    const scores = areas.map((a) => {
      const s = a.score ?? result.overall;
      return s === null ? { min: 0, max: 100 } : { min: s, max: s };
    });
    const weights = areas.map((a) => a.weight);
    range = { min: extreme(scores, weights, 'min'), max: extreme(scores, weights, 'max') };
  }
  // Rounded down and up: the shown range always holds the exact one.
  range = { min: Math.floor(range.min + 1e-9), max: Math.ceil(range.max - 1e-9) };
  const ready =
    areas.length > 0 && unscored === 0
      ? areas.every((a) => a.ready)
      : areas.length === 0 && result.overall !== null && result.overall >= target;
  return {
    code: cert.code,
    date: result.date,
    range,
    target,
    areas,
    overall: result.overall,
    ready,
    unscored,
  };
}

/**
 * Shares of the hours still needed, per outline area, from the practice result: weight ×
 * (1 + gap to the target ÷ target) below the target, weight × atTargetShare at or above it,
 * weight × 1 for an unscored area (or the overall score's gap, when given). Sum to 1.
 */
export function practiceShares(
  cert: Certification,
  result: PracticeResult,
  target: number,
  assumptions: Assumptions,
): number[] {
  const outline = cert.skills?.areas ?? [];
  const raw = outline.map((a) => {
    const mid = (a.weight.min + a.weight.max) / 2;
    const score = result.areas[a.id] ?? result.overall;
    if (score === null) return mid;
    if (score >= target) return mid * assumptions.readiness.atTargetShare;
    return mid * (1 + (target - score) / target);
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  if (sum > 0) return raw.map((r) => r / sum);
  // Every area at the target with no review share: split by weight alone.
  const mids = outline.map((a) => (a.weight.min + a.weight.max) / 2);
  const total = mids.reduce((a, b) => a + b, 0);
  return mids.map((m) => (total > 0 ? m / total : 1 / mids.length));
}
