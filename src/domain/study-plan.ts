import type { Confidence, Range } from '@/domain/schema';

export interface ScheduledStep {
  code: string;
  /** Estimated hours for this user (low–high). 0–0 for held steps. */
  hours: Range;
  /** Hours the schedule uses (midpoint of the range). */
  plannedHours: number;
  /** ceil(plannedHours / hoursPerWeek) */
  weeks: number;
  weeksRange: Range;
  startDate: string;
  examDate: string;
  feeUsd: number;
}

export interface RenewalWindow {
  code: string;
  expiresOn: string;
  /** The free online renewal assessment opens six months before expiry. */
  windowOpensOn: string;
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
  totals: { hours: Range; plannedHours: number; weeks: number; feesUsd: number; finishDate: string };
  coreAreas: AreaHours[];
  renewals: RenewalWindow[];
}
