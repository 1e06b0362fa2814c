import {
  defaultSessions,
  emptyProgress,
  SESSION_TIME,
  MAX_LOG_ENTRIES,
  MAX_PROGRESS_STEPS,
} from '@/domain/progress-record';
import { z } from 'zod';
import { weekOf } from '@/domain/dates';
import {
  isIsoDate,
  isStartDate,
  numberRules,
  startDateRule,
  type NumberRule,
} from '@/domain/profile-fields';

// The app's Content-Security-Policy forbids eval. Without this, zod probes `new Function` when
// the first object schema is built, and the browser reports a CSP violation. Every module that
// builds schemas imports this one first.
z.config({ jitless: true });

/** ISO calendar date, `YYYY-MM-DD`. Dates in the engine are always these strings (UTC days). */
export const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
// Zod runs a refinement even after the date check failed: only a real date is looked at.
const isMonday = (day: string) => isIsoDate(day) && weekOf(day) === day;

/** A page's own date: `YYYY-MM-DD`, or `YYYY-MM` when the page only gives a month. */
export const pageDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected YYYY-MM-DD or YYYY-MM');

const range = (label: string) =>
  z
    .object({ min: z.number(), max: z.number() })
    .refine((r) => r.min <= r.max, { error: `${label}: min must not exceed max` });

export const rangeSchema = range('range');
export type Range = z.infer<typeof rangeSchema>;

/**
 * Where a number comes from. A `page` is a public page with its own date (the date the page
 * itself shows, not the day Certpath read it). An `estimate` is Certpath's own figure where no
 * page gives one: it has no URL to pretend to back it, only the reasoning, shown to the user.
 */
export const sourceSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().min(1),
    kind: z.literal('page'),
    title: z.string().min(1),
    /** Who published it, as the user reads it: "cert-pass.com", "US Bureau of Labor Statistics". */
    publisher: z.string().min(1),
    url: z.url(),
    /**
     * The page's own date (published, last updated, or "skills measured as of"), to the day or
     * the month as the page gives it; null when the page shows none.
     */
    asOf: pageDate.nullable(),
    /** Not the vendor's or agency's own page: the UI says so next to the figure. */
    thirdParty: z.boolean(),
  }),
  z.object({
    id: z.string().min(1),
    kind: z.literal('estimate'),
    title: z.string().min(1),
    /** Why Certpath uses this figure, in a few sentences the user can check. */
    reasoning: z.string().min(1),
    /** When Certpath made (or last reviewed) the estimate. */
    asOf: isoDate,
  }),
]);
export type Source = z.infer<typeof sourceSchema>;
export type PageSource = Extract<Source, { kind: 'page' }>;

const sourceRef = z.string().min(1);

export const vendorSchema = z.enum(['microsoft', 'aws', 'google']);
export const levelSchema = z.enum([
  'fundamentals',
  'associate',
  'expert',
  'specialty',
  'professional',
]);
export type Vendor = z.infer<typeof vendorSchema>;
export type Level = z.infer<typeof levelSchema>;

/** What a vendor page for an exam is for: to study, to practise, to try the exam UI, to book. */
export const linkKindSchema = z.enum([
  'studyGuide',
  'certification',
  'course',
  'practice',
  'sandbox',
  'booking',
]);
export type LinkKind = z.infer<typeof linkKindSchema>;

/** How a window renews: Microsoft's free online assessment, or sitting the (current) exam. */
const renewalBySchema = z.enum(['free-assessment', 'exam']);

export const skillsAreaSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Percent of the exam, as the outline gives it (e.g. 20–25). */
  weight: range('weight'),
});
export type SkillsArea = z.infer<typeof skillsAreaSchema>;

export const certificationSchema = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/, 'expected an exam code like AI-102'),
  name: z.string().min(1),
  examTitle: z.string().min(1),
  vendor: vendorSchema,
  level: levelSchema,
  /** One line: what the exam covers. */
  focus: z.string().min(1),
  /** One line: who it suits. */
  bestFor: z.string().min(1),
  exam: z.object({
    priceUsd: z.number().nonnegative(),
    durationMinutes: z.number().int().positive(),
    /** null when the vendor does not publish one. */
    passingScore: z.number().int().positive().nullable(),
    /** The top of the score scale; null when the vendor publishes none (Google). */
    scoreScale: z.number().int().positive().nullable(),
    source: sourceRef,
  }),
  validity: z.object({
    /** null: never expires. Validity comes from here, never from the level. */
    months: z.number().int().positive().nullable(),
    /**
     * How long before expiry renewal opens (Microsoft's free assessment: 6 months; Google's
     * recertification: 60 days); null: no window (it never expires, or it is renewed only by
     * sitting an exam again).
     */
    renewalWindow: z
      .union([
        z.object({ months: z.number().int().positive(), by: renewalBySchema }).strict(),
        z.object({ days: z.number().int().positive(), by: renewalBySchema }).strict(),
      ])
      .nullable(),
    /** The renewal rule in one sentence for the user. */
    renewal: z.string().min(1),
    source: sourceRef,
  }),
  /**
   * Official prerequisites in conjunctive form: every group must be satisfied,
   * a group by any one of its codes. `[["AZ-104", "AZ-204"]]` = AZ-104 or AZ-204.
   */
  prerequisites: z.object({ groups: z.array(z.array(z.string()).min(1)), source: sourceRef }),
  /** Advised (not required) earlier steps: drawn as "recommended order" edges. */
  advisedAfter: z.array(z.string()),
  skills: z
    .object({
      /** The outline's "skills measured as of" date; null when the page that gives it shows none. */
      outlineDate: isoDate.nullable(),
      areas: z.array(skillsAreaSchema),
      /** The vendor gives rounded single figures ("about 13%") that need not add up to 100. */
      approximate: z.boolean().optional(),
      source: sourceRef,
    })
    .nullable(),
  /** Study hours for a typical candidate (see assumptions for the profile factors). */
  studyHours: range('studyHours').and(z.object({ source: sourceRef })),
  status: z.object({
    /** The vendor's retirement date: the last day the exam can be taken. */
    retiresOn: isoDate.nullable(),
    successor: z.string().nullable(),
    /** The last day held certifications can be renewed (at the latest, retiresOn). */
    renewalEndsOn: isoDate.nullable(),
    /** What the status badge does not say already; empty when nothing. */
    note: z.string(),
    source: sourceRef.nullable(),
  }),
  /** The credential's facts come from third-party pages, not the vendor. */
  thirdParty: z.boolean(),
  /** The vendor's pages for this exam, by what they are for; each a source with its own date. */
  links: z.partialRecord(linkKindSchema, sourceRef),
  sources: z.array(sourceRef).min(1),
});
export type Certification = z.infer<typeof certificationSchema>;

export const currentRoleSchema = z.enum([
  'software-developer',
  'data-scientist',
  'cloud-engineer',
  'career-changer',
  'career-changer-outside',
  'student',
]);
export type CurrentRole = z.infer<typeof currentRoleSchema>;

export const targetRoleSchema = z.enum([
  'azure-ai-engineer',
  'senior-ai-engineer',
  'ai-solutions-architect',
  'ml-engineer-azure',
  'generative-ai-developer',
]);
export type TargetRoleId = z.infer<typeof targetRoleSchema>;

export const roleSchema = z.object({
  id: targetRoleSchema,
  name: z.string().min(1),
  /** The band at the role's own level (experience.minYears and up), USD a year, US. */
  salaryUsd: range('salaryUsd').and(z.object({ source: sourceRef })),
  experience: z.object({
    label: z.string(),
    /** Years of relevant experience from which the band applies. */
    minYears: z.number().int().nonnegative(),
    /** Where the years come from (the article's table, or a Certpath estimate). */
    source: sourceRef,
  }),
  demand: z.string().min(1),
  /**
   * The lower levels of this role's family a person passes through on the way, lowest first
   * (Senior AI Engineer: Azure AI Engineer). Below the first of them, `entryBand` applies.
   */
  ladder: z.array(targetRoleSchema),
  /** The entry band (entry-bands.json) for relevant experience below the family's first level. */
  entryBand: z.string().min(1),
  /** Codes as the article names them; the engine resolves successors by date. */
  certifications: z.object({
    required: z.array(z.string()),
    recommended: z.array(z.string()),
    optional: z.array(z.string()),
    /** Certpath's mapping: the article names the path, not which role needs what. */
    source: sourceRef,
  }),
  summary: z.string().min(1),
});
export type Role = z.infer<typeof roleSchema>;

/** Pay before a role's own level: the lower percentiles of the nearest surveyed occupation. */
export const entryBandSchema = z.object({
  id: z.string().min(1),
  /** What the user reads in the chart and table: "Entry level (AI engineering)". */
  label: z.string().min(1),
  /** How the band is made from its source, in one sentence. */
  basis: z.string().min(1),
  salaryUsd: range('salaryUsd').and(z.object({ source: sourceRef })),
});
export type EntryBand = z.infer<typeof entryBandSchema>;

export const regionIdSchema = z.enum(['us-hub', 'us-other', 'us-remote']);
export type RegionId = z.infer<typeof regionIdSchema>;

export const regionSchema = z.object({
  id: regionIdSchema,
  name: z.string().min(1),
  /** Pay multiplier: band low × min, band high × max. */
  multiplier: range('multiplier'),
  note: z.string(),
  source: sourceRef,
});
export type Region = z.infer<typeof regionSchema>;

const factor = z.number().positive();
const skillLevel3 = <T extends string>(keys: readonly [T, ...T[]]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, factor])) as Record<T, typeof factor>);

export const assumptionsSchema = z.object({
  study: z.object({
    /** Hours in one "focused week" of study (the article's unit for AI-102). */
    focusedWeekHours: z.number().positive(),
    /** Multipliers on an exam's study hours; 1 = typical candidate. */
    python: skillLevel3(['none', 'basic', 'proficient']),
    azure: skillLevel3(['none', 'some', 'daily']),
    aiml: skillLevel3(['none', 'basic', 'proficient']),
    /** Under this many years of experience the early-career factor applies. */
    earlyCareerYears: z.number().int().nonnegative(),
    earlyCareerFactor: factor,
    /** Per held certification that the exam lists as advised-before or prerequisite. */
    relatedHeldFactor: factor,
    /** For someone holding an exam this one replaced (AI-102 for AI-103): after the floor. */
    predecessorHeldFactor: factor,
    /** The profile can never cut an exam's hours below this share of the typical range. */
    minimumFactor: factor,
    /** Multiplier on a skills area's hours by the user's confidence in it. */
    confidence: skillLevel3(['none', 'some', 'strong']),
    rationale: z.string(),
    source: sourceRef,
  }),
  salary: z.object({
    /** Yearly raise within a level (promotions are the level steps, not this rate). */
    growthRate: z.number().min(-0.5).max(0.5),
    /** Months from the last exam to the first month paid in the new role; likely = midpoint. */
    jobSearchLagMonths: range('jobSearchLagMonths'),
    horizonYears: z.number().int().positive(),
    /** Value of an hour of study; null = the user's own hourly pay (salary ÷ workHoursPerYear). */
    hourlyValueUsd: z.number().nonnegative().nullable(),
    workHoursPerYear: z.number().positive(),
    /** Share of exam fees budgeted for retakes (0 = none, 1 = one retake of every exam). */
    retakeAllowance: z.number().min(0).max(3),
    rationale: z.record(z.string(), z.string()),
    /** The source (page or Certpath estimate) of each number above, by key. */
    sources: z.record(z.string(), sourceRef),
  }),
  /** Whether the years of each current role count toward an AI engineering role. */
  relevantExperience: z.object({
    counts: z.record(currentRoleSchema, z.boolean()),
    rationale: z.string().min(1),
    source: sourceRef,
  }),
  /** The "stay" proxy when the user gives no current salary, per current role. */
  baselineProxy: z.record(
    currentRoleSchema,
    z.object({
      salaryUsd: z.number().nonnegative(),
      /** What the figure is: "median pay of US software developers (BLS, May 2024)". */
      label: z.string(),
      /** Why it stands in for this background, when that is not obvious. */
      note: z.string().optional(),
      source: sourceRef,
    }),
  ),
  /**
   * Days a vendor makes a candidate wait before a retake, by failed attempt: the first entry
   * after the first failure, the second after the second, and so on; the last entry holds for
   * every failure after it (each vendor's retake policy page).
   */
  retakes: z.record(
    vendorSchema,
    z.object({
      waitDays: z.array(z.number().int().nonnegative()).min(1),
      /**
       * At most this many attempts in the twelve months from the first: after that many
       * failures the next attempt waits until twelve months after the first (Microsoft: 5).
       */
      attemptsPerYear: z.number().int().min(1).optional(),
      source: sourceRef,
    }),
  ),
  /**
   * Readiness from practice results: the percent every skills area should reach before booking,
   * and the share of its hours an area already at the target keeps (weak areas get the rest).
   */
  readiness: z.object({
    targetPercent: z.number().int().min(50).max(100),
    atTargetShare: z.number().min(0).max(1),
    rationale: z.string().min(1),
    source: sourceRef,
  }),
  /** How a week's hours become calendar sessions: one a study day, within these bounds. */
  sessions: z
    .object({
      minMinutes: z.number().int().min(5).max(120),
      maxMinutes: z.number().int().min(60).max(1440),
      rationale: z.string().min(1),
      source: sourceRef,
    })
    .refine((s) => s.minMinutes < s.maxMinutes, { error: 'minMinutes must be below maxMinutes' }),
  prerequisites: z.object({
    /**
     * Whether holding an exam's successor (AI-200 for AZ-204) meets a prerequisite that names
     * the original. Not confirmed by Microsoft: an assumption, with its source.
     */
    successorsCount: z.boolean(),
    source: sourceRef,
  }),
});
export type Assumptions = z.infer<typeof assumptionsSchema>;

/**
 * The career article's path, as the article names its exams (the engine resolves successors by
 * date): cloud basics, AI basics, the core associate exam, then a specialisation.
 */
export const trackSchema = z.object({
  cloudBasics: z.string().min(1),
  aiBasics: z.string().min(1),
  core: z.string().min(1),
  specialisations: z.array(z.string().min(1)).min(1),
  source: sourceRef,
});
export type Track = z.infer<typeof trackSchema>;

/** When the catalogue as a whole was last checked against its sources. */
export const catalogueMetaSchema = z.object({
  checkedOn: isoDate,
  note: z.string().min(1),
});
export type CatalogueMeta = z.infer<typeof catalogueMetaSchema>;

// ---------------------------------------------------------------- profile

export const pythonLevelSchema = z.enum(['none', 'basic', 'proficient']);
export const azureLevelSchema = z.enum(['none', 'some', 'daily']);
export const aimlLevelSchema = z.enum(['none', 'basic', 'proficient']);
export const confidenceSchema = z.enum(['none', 'some', 'strong']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const heldCertificationSchema = z.object({
  /** A catalogue code, or what the user typed for one the catalogue does not know. */
  code: z.string().min(1).max(60),
  earnedOn: isoDate.nullable(),
});
export type HeldCertification = z.infer<typeof heldCertificationSchema>;

/** More than any exam's skills outline has (about 6): a bound on stored and shared input. */
export const MAX_CONFIDENCE_AREAS = 40;

/** A typed profile number, from the rule the form checks with (profile-fields.ts). */
function numberSchema(rule: NumberRule) {
  const base = z.number({ error: rule.typeMessage });
  return (rule.integer ? base.int(rule.typeMessage) : base)
    .min(rule.min, rule.rangeMessage)
    .max(rule.max, rule.rangeMessage);
}

/**
 * The failed attempts behind a retake the user is studying for or has booked: how many, the
 * last one (its waiting period runs from it) and the first (Microsoft allows five attempts in
 * the twelve months from it). Dates are null when an older save did not keep them.
 */
export const retakeSchema = z.object({
  attempts: z.number().int().min(1).max(10),
  failedOn: isoDate.nullable(),
  firstFailedOn: isoDate.nullable(),
});
export type Retake = z.infer<typeof retakeSchema>;

/** Where the user is with one step of the plan (a living plan: SPEC "A living plan"). */
export const stepProgressSchema = z.discriminatedUnion('state', [
  /** Studying; `retake` when it is for a retake (the failures are kept). */
  z.object({ state: z.literal('studying'), retake: retakeSchema.optional() }),
  /** The exam is booked for `date`; `retake` when it is a retake. */
  z.object({ state: z.literal('booked'), date: isoDate, retake: retakeSchema.optional() }),
  /** Passed on `date`: the exam becomes a held certification. */
  z.object({
    state: z.literal('passed'),
    date: isoDate,
    score: z.number().int().min(0).max(1000).nullable(),
  }),
  /**
   * Failed on `date` (`attempts` so far, the first on `firstFailedOn`): a retake comes after
   * the vendor's waiting period.
   */
  z.object({
    state: z.literal('failed'),
    date: isoDate,
    score: z.number().int().min(0).max(1000).nullable(),
    attempts: z.number().int().min(1).max(10),
    firstFailedOn: isoDate.nullable().default(null),
  }),
]);
export type StepProgress = z.infer<typeof stepProgressSchema>;

/** One weekly check-in: the hours studied in the week starting `weekOf` (a Monday). */
export const studyLogEntrySchema = z.object({
  weekOf: isoDate.refine(isMonday, 'expected the Monday the week starts on'),
  hours: z.number().min(0).max(100),
});
export type StudyLogEntry = z.infer<typeof studyLogEntrySchema>;

/**
 * A practice result for one exam (Microsoft Learn's free practice assessments report a percent
 * per skills area): percents by skills-area id of the exam's outline, and/or an overall percent.
 */
export const practiceResultSchema = z.object({
  date: isoDate,
  overall: z.number().min(0).max(100).nullable(),
  areas: z
    .record(z.string().min(1).max(40), z.number().min(0).max(100))
    .refine((v) => Object.keys(v).length <= MAX_CONFIDENCE_AREAS, {
      error: `at most ${MAX_CONFIDENCE_AREAS} skills areas`,
    }),
});
export type PracticeResult = z.infer<typeof practiceResultSchema>;

/** Weekdays as the calendar names them (RFC 5545 BYDAY), Monday first. */
export const weekdaySchema = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
export type Weekday = z.infer<typeof weekdaySchema>;

/** When the user studies: the days of the week and the time of day a session starts. */
export const sessionsSchema = z.object({
  days: z
    .array(weekdaySchema)
    .min(1, 'pick at least one study day')
    .max(7)
    .refine((days) => new Set(days).size === days.length, { error: 'a day is listed twice' }),
  /** Local time, 24-hour `HH:MM`. */
  time: z.string().regex(SESSION_TIME, 'expected a time as HH:MM'),
});
export type Sessions = z.infer<typeof sessionsSchema>;

export const progressSchema = z.object({
  steps: z
    .record(z.string().min(1).max(60), stepProgressSchema)
    .refine((v) => Object.keys(v).length <= MAX_PROGRESS_STEPS, {
      error: `at most ${MAX_PROGRESS_STEPS} steps`,
    }),
  log: z
    .array(studyLogEntrySchema)
    .max(MAX_LOG_ENTRIES)
    .refine((log) => new Set(log.map((e) => e.weekOf)).size === log.length, {
      error: 'a week is logged twice',
    }),
  /**
   * The likely finish of the plan when the user first recorded progress (or last chose to
   * measure from the plan as it stands): what "ahead", "on track" and "behind" are measured
   * against. Null until then.
   */
  baselineFinish: isoDate.nullable(),
  /** The day the baseline was set; null when an older save did not keep it. */
  baselineSetOn: isoDate.nullable().default(null),
  /** The latest practice result per exam code. */
  practice: z
    .record(z.string().min(1).max(60), practiceResultSchema)
    .refine((v) => Object.keys(v).length <= MAX_PROGRESS_STEPS, {
      error: `at most ${MAX_PROGRESS_STEPS} exams`,
    })
    .default(() => ({})),
  /** The user's own readiness target (percent in every area); null = assumptions.readiness. */
  readinessTarget: z.number().int().min(50).max(100).nullable().default(null),
  /** Weeks (their Monday) the user is away: the plan skips them. */
  away: z
    .array(isoDate.refine(isMonday, 'expected the Monday the week starts on'))
    .max(MAX_LOG_ENTRIES)
    .default(() => []),
  /** Study days and time, for the week view and the calendar file. */
  sessions: sessionsSchema.default(() => defaultSessions()),
});
export type Progress = z.infer<typeof progressSchema>;

export { emptyProgress, MAX_LOG_ENTRIES, MAX_PROGRESS_STEPS } from '@/domain/progress-record';

export const profileSchema = z.object({
  currentRole: currentRoleSchema,
  yearsExperience: numberSchema(numberRules.yearsExperience),
  /**
   * Years that count toward the target role (software, data or cloud work); null = derived
   * from the current role (relevant-experience.ts). Older saves and files have none: null.
   */
  relevantYears: numberSchema(numberRules.relevantYears).nullable().default(null),
  certificationsHeld: z.array(heldCertificationSchema).max(50),
  python: pythonLevelSchema,
  azure: azureLevelSchema,
  aiml: aimlLevelSchema,
  targetRole: targetRoleSchema,
  hoursPerWeek: numberSchema(numberRules.hoursPerWeek),
  startDate: isoDate.refine(isStartDate, startDateRule.message),
  region: regionIdSchema,
  currentSalaryUsd: numberSchema(numberRules.currentSalaryUsd).nullable(),
  /** Confidence per skills-area id of the core exam; missing = "some". */
  areaConfidence: z
    .record(z.string().max(40), confidenceSchema)
    .refine((v) => Object.keys(v).length <= MAX_CONFIDENCE_AREAS, {
      error: `at most ${MAX_CONFIDENCE_AREAS} skills areas`,
    }),
  /** Progress through the plan; older saves, files and links have none. */
  progress: progressSchema.default(() => emptyProgress()),
});
export type Profile = z.infer<typeof profileSchema>;

export { defaultProfile } from '@/domain/default-profile';

/**
 * The user's edits to the salary assumptions (fractions: growth 0.03 = 3%, hub premium 0.15 =
 * 15%). One schema for every boundary that reads them: stored state, plan files, share links.
 */
export const salaryOverridesSchema = z.object({
  growthRate: z.number().min(-0.5).max(0.5),
  jobSearchLagMinMonths: z.number().int().min(0).max(120),
  jobSearchLagMaxMonths: z.number().int().min(0).max(120),
  hourlyValueUsd: z.number().min(0).max(10_000),
  retakeAllowance: z.number().min(0).max(3),
  hubPremiumMin: z.number().min(0).max(2),
  hubPremiumMax: z.number().min(0).max(2),
});
export type SalaryOverrides = z.infer<typeof salaryOverridesSchema>;

/** Result of parsing outside input: a value or a message a person can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Formats zod issues as `path.to[3].field: message` lines. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
        .join('');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('\n');
}
