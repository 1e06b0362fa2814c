import fc from 'fast-check';
import {
  aimlLevelSchema,
  azureLevelSchema,
  confidenceSchema,
  currentRoleSchema,
  pythonLevelSchema,
  regionIdSchema,
  targetRoleSchema,
} from '@/domain/schema';
import { emptyProgress, weekdaySchema } from '@/domain/schema';
import type { Profile, Progress } from '@/domain/schema';
import { isStartDate } from '@/domain/profile-fields';
import { weekOf } from '@/domain/dates';

const isoDate = fc
  .integer({ min: 0, max: 40_000 })
  .map((d) => new Date(Date.UTC(1990, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

/** Any profile that profileSchema accepts (area ids are id-like, as the catalogue's are). */
export const profileArb: fc.Arbitrary<Profile> = fc.record({
  currentRole: fc.constantFrom(...currentRoleSchema.options),
  yearsExperience: fc.integer({ min: 0, max: 50 }),
  relevantYears: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  certificationsHeld: fc.array(
    fc.record({
      code: fc.string({ minLength: 1, maxLength: 20 }),
      earnedOn: fc.option(isoDate, { nil: null }),
    }),
    { maxLength: 12 },
  ),
  python: fc.constantFrom(...pythonLevelSchema.options),
  azure: fc.constantFrom(...azureLevelSchema.options),
  aiml: fc.constantFrom(...aimlLevelSchema.options),
  targetRole: fc.constantFrom(...targetRoleSchema.options),
  // + 0 turns -0 into 0: JSON has no negative zero.
  hoursPerWeek: fc.double({ min: 1, max: 60, noNaN: true }),
  // The plan's start is bounded (2000–2099: startDateRule); earned-on dates are not.
  startDate: isoDate.filter(isStartDate),
  region: fc.constantFrom(...regionIdSchema.options),
  currentSalaryUsd: fc.option(
    fc.double({ min: 0, max: 2_000_000, noNaN: true }).map((v) => v + 0),
    { nil: null },
  ),
  areaConfidence: fc.dictionary(
    fc.stringMatching(/^[a-z][a-z-]{0,39}$/),
    fc.constantFrom(...confidenceSchema.options),
    {
      maxKeys: 8,
    },
  ),
  // Share links carry no progress (the link says so); plan files do: progressArb.
  progress: fc.constant(emptyProgress()),
});

/** A week as progress keeps it: its Monday. */
const mondayArb = isoDate.map(weekOf);

/** The failures behind a retake: dates known, or not (an older save). */
const retakeArb = fc.record({
  attempts: fc.integer({ min: 1, max: 10 }),
  failedOn: fc.option(isoDate, { nil: null }),
  firstFailedOn: fc.option(isoDate, { nil: null }),
});

/** Any progress that progressSchema accepts: step states, a study log and a baseline. */
export const progressArb: fc.Arbitrary<Progress> = fc.record({
  steps: fc.dictionary(
    fc.constantFrom('AZ-900', 'AI-901', 'AI-103', 'AZ-305', 'AZ-400', 'DP-100', 'XX-1'),
    fc.oneof(
      fc.constant({ state: 'studying' as const }),
      fc.record({ state: fc.constant('studying' as const), retake: retakeArb }),
      fc.record({ state: fc.constant('booked' as const), date: isoDate }),
      fc.record({ state: fc.constant('booked' as const), date: isoDate, retake: retakeArb }),
      fc.record({
        state: fc.constant('passed' as const),
        date: isoDate,
        score: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
      }),
      fc.record({
        state: fc.constant('failed' as const),
        date: isoDate,
        score: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
        attempts: fc.integer({ min: 1, max: 10 }),
        firstFailedOn: fc.option(isoDate, { nil: null }),
      }),
    ),
    { maxKeys: 6 },
  ),
  // One check-in per week, kept by its Monday (tenths of hours as the form allows).
  log: fc.uniqueArray(
    fc.record({ weekOf: mondayArb, hours: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10) }),
    { selector: (e) => e.weekOf, maxLength: 12 },
  ),
  baselineFinish: fc.option(isoDate, { nil: null }),
  baselineSetOn: fc.option(isoDate, { nil: null }),
  practice: fc.dictionary(
    fc.constantFrom('AZ-900', 'AI-103', 'AZ-305', 'XX-1'),
    fc.record({
      date: isoDate,
      overall: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      areas: fc.dictionary(
        fc.stringMatching(/^[a-z][a-z-]{0,39}$/),
        fc.double({ min: 0, max: 100, noNaN: true }).map((v) => v + 0),
        { maxKeys: 7 },
      ),
    }),
    { maxKeys: 3 },
  ),
  readinessTarget: fc.option(fc.integer({ min: 50, max: 100 }), { nil: null }),
  away: fc.uniqueArray(mondayArb, { maxLength: 6 }),
  sessions: fc.record({
    days: fc.uniqueArray(fc.constantFrom(...weekdaySchema.options), { minLength: 1, maxLength: 7 }),
    time: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  }),
});
