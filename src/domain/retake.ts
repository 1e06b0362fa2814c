// Retakes (a living plan): the failures behind a step's next attempt, and the vendor's rule
// for when it may be sat (data/assumptions.json `retakes`, each vendor's retake policy page).
import { addDays, addMonths, spellDate } from '@/domain/dates';
import type { Assumptions, Certification, Retake, StepProgress, Vendor } from '@/domain/schema';

/** Vendors as their candidates know them. */
export const VENDOR_NAMES: Record<Vendor, string> = {
  microsoft: 'Microsoft',
  aws: 'AWS',
  google: 'Google Cloud',
};

/**
 * The failed attempts behind a step's next attempt: a failed step's own, or those of a retake
 * the user is studying for or has booked. Null for a first attempt.
 */
export function retakeOf(step: StepProgress | null | undefined): Retake | null {
  if (!step) return null;
  if (step.state === 'failed')
    return {
      attempts: step.attempts,
      failedOn: step.date,
      firstFailedOn: step.firstFailedOn ?? (step.attempts === 1 ? step.date : null),
    };
  return (step.state === 'studying' || step.state === 'booked') && step.retake ? step.retake : null;
}

/** When a retake may be sat, and why: the vendor's waiting period, or its yearly limit. */
export interface RetakeRule {
  /** The first day the retake may be sat; null when the last failure's date is unknown. */
  from: string | null;
  /** The waiting period after this many failures, in days. */
  waitDays: number;
  /** True when the vendor's limit of attempts in twelve months decides the day. */
  yearLimit: boolean;
  /** The vendor's retake policy (a source id of data/sources.json). */
  sourceId: string;
}

/** The vendor's rule for the next attempt after `retake`'s failures (data/assumptions.json). */
export function retakeRule(
  cert: Certification,
  retake: Retake,
  assumptions: Assumptions,
): RetakeRule {
  const policy = assumptions.retakes[cert.vendor];
  const waits = policy.waitDays;
  const waitDays = waits[Math.min(retake.attempts, waits.length) - 1] ?? 0;
  const rule = { waitDays, yearLimit: false, sourceId: policy.source };
  if (retake.failedOn === null) return { ...rule, from: null };
  const afterWait = addDays(retake.failedOn, Math.max(1, waitDays));
  const limit = policy.attemptsPerYear;
  if (limit !== undefined && retake.attempts >= limit) {
    const afterYear = addMonths(retake.firstFailedOn ?? retake.failedOn, 12);
    if (afterYear > afterWait) return { ...rule, from: afterYear, yearLimit: true };
  }
  return { ...rule, from: afterWait };
}

/** The first day a retake can be sat (null: the last failure's date is unknown). */
export function retakeFrom(
  cert: Certification,
  retake: Retake,
  assumptions: Assumptions,
): string | null {
  return retakeRule(cert, retake, assumptions).from;
}

/**
 * The rule in words: "Microsoft asks for 14 days after failed attempt 2: the retake can be from
 * 19 Dec 2026."
 */
export function retakeSentence(cert: Certification, retake: Retake, rule: RetakeRule): string {
  const vendor = VENDOR_NAMES[cert.vendor];
  if (rule.yearLimit && rule.from)
    return `${vendor} allows ${retake.attempts} attempts in the twelve months from the first: the next can be from ${spellDate(rule.from)}.`;
  const wait = rule.waitDays <= 1 ? '24 hours' : `${rule.waitDays} days`;
  const after = retake.attempts === 1 ? 'a first failure' : `failed attempt ${retake.attempts}`;
  return rule.from
    ? `${vendor} asks for ${wait} after ${after}: the retake can be from ${spellDate(rule.from)}.`
    : `${vendor} asks for ${wait} after ${after}.`;
}

type Failures = Retake & { failedOn: string };

/** The failures after one more failed attempt on `day` (the first on it, if none before). */
export function failedAgain(retake: Retake | null, day: string): Failures {
  if (!retake) return { attempts: 1, failedOn: day, firstFailedOn: day };
  return {
    attempts: Math.min(10, retake.attempts + 1),
    failedOn: day,
    firstFailedOn: retake.firstFailedOn ?? retake.failedOn,
  };
}

/** A failed step from its failures (its score, if the user gives one). */
export const failedStep = (retake: Failures, score: number | null): StepProgress => ({
  state: 'failed',
  date: retake.failedOn,
  score,
  attempts: retake.attempts,
  firstFailedOn: retake.firstFailedOn,
});
