// Stored profiles read field by field (and progress entry by entry): whatever is valid is kept,
// whatever is not falls back to its default and is named in `problems`, so one bad value never
// costs the user the rest (the store keeps the original aside when anything is repaired).
import { weekOf } from '@/domain/dates';
import { upgradeStep } from '@/domain/progress-upgrade';
import {
  confidenceSchema,
  defaultProfile,
  heldCertificationSchema,
  isoDate,
  MAX_CONFIDENCE_AREAS,
  MAX_LOG_ENTRIES,
  MAX_PROGRESS_STEPS,
  practiceResultSchema,
  profileSchema,
  progressSchema,
  sessionsSchema,
  stepProgressSchema,
} from '@/domain/schema';
import type { HeldCertification, Profile, Progress } from '@/domain/schema';
import { emptyProgress } from '@/domain/progress-record';

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const firstIssue = (error: { issues: { message: string }[] }) => error.issues[0]?.message ?? '';

function heldList(value: unknown): HeldCertification[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: HeldCertification[] = [];
  for (const item of value) {
    // Before version 1 a held certification was just its code.
    const candidate =
      typeof item === 'string'
        ? { code: item, earnedOn: null }
        : { earnedOn: null, ...record(item) };
    const parsed = heldCertificationSchema.safeParse(candidate);
    if (parsed.success && !seen.has(parsed.data.code)) {
      seen.add(parsed.data.code);
      out.push(parsed.data);
    }
  }
  return out.slice(0, 50);
}

/** Hours from 0 to 100 for a week; anything else is not a check-in. */
const hoursOf = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;

/** Valid weeks of a list as their Mondays, once each, in date order. */
function weeksOf(list: unknown[], where: string, problems: string[]): string[] {
  const weeks = new Set<string>();
  for (const [i, day] of list.entries()) {
    if (isoDate.safeParse(day).success) weeks.add(weekOf(day as string));
    else problems.push(`${where}[${i}]: expected a date as YYYY-MM-DD`);
  }
  return [...weeks].sort();
}

/**
 * Stored progress, part by part and entry by entry: a bad check-in, step or practice result
 * is left out (and named) without the rest. Check-ins and away weeks are kept by their
 * week's Monday; a second check-in for the same week replaces the first, as in the app.
 */
export function readProgress(value: unknown, problems: string[]): Progress {
  const at = 'profile.progress';
  const raw = record(value);
  if (raw !== value) problems.push(`${at}: expected an object`);
  const progress = emptyProgress();
  for (const [code, step] of Object.entries(record(raw.steps))) {
    const parsed = stepProgressSchema.safeParse(upgradeStep(step));
    if (!parsed.success) problems.push(`${at}.steps.${code}: ${firstIssue(parsed.error)}`);
    else if (code.length > 60 || Object.keys(progress.steps).length >= MAX_PROGRESS_STEPS)
      problems.push(`${at}.steps.${code.slice(0, 60)}: one step too many`);
    else progress.steps[code] = parsed.data;
  }
  const log = new Map<string, number>();
  for (const [i, item] of (Array.isArray(raw.log) ? raw.log : []).entries()) {
    const entry = record(item);
    const hours = hoursOf(entry.hours);
    if (!isoDate.safeParse(entry.weekOf).success || hours === null) {
      problems.push(`${at}.log[${i}]: expected a week (YYYY-MM-DD) and hours from 0 to 100`);
      continue;
    }
    const week = weekOf(entry.weekOf as string);
    if (log.has(week)) problems.push(`${at}.log[${i}]: a second check-in for the same week`);
    log.set(week, hours);
  }
  progress.log = [...log]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(-MAX_LOG_ENTRIES)
    .map(([weekOf, hours]) => ({ weekOf, hours }));
  for (const key of ['baselineFinish', 'baselineSetOn'] as const) {
    if (raw[key] === undefined || raw[key] === null) continue;
    if (isoDate.safeParse(raw[key]).success) progress[key] = raw[key] as string;
    else problems.push(`${at}.${key}: expected a date as YYYY-MM-DD`);
  }
  for (const [code, result] of Object.entries(record(raw.practice))) {
    const parsed = practiceResultSchema.safeParse(result);
    if (parsed.success && code.length <= 60) progress.practice[code] = parsed.data;
    else problems.push(`${at}.practice.${code.slice(0, 60)}: an unreadable practice result`);
  }
  const target = progressSchema.shape.readinessTarget.safeParse(raw.readinessTarget);
  if (target.success) progress.readinessTarget = target.data;
  else problems.push(`${at}.readinessTarget: ${firstIssue(target.error)}`);
  if (Array.isArray(raw.away))
    progress.away = weeksOf(raw.away, `${at}.away`, problems).slice(-MAX_LOG_ENTRIES);
  else if (raw.away !== undefined) problems.push(`${at}.away: expected a list of weeks`);
  if (raw.sessions !== undefined) {
    const sessions = sessionsSchema.safeParse(raw.sessions);
    if (sessions.success) progress.sessions = sessions.data;
    else problems.push(`${at}.sessions: ${firstIssue(sessions.error)}`);
  }
  return progressSchema.parse(progress);
}

/**
 * Keeps every valid field of a stored profile and falls back to the default for the rest.
 * Fields that were there but invalid are named in `problems` (missing ones are not: older
 * versions simply did not have them).
 */
export function sanitizeProfile(value: unknown, today: string, problems: string[] = []): Profile {
  const raw = record(value);
  const profile = defaultProfile(today);
  const out: Record<string, unknown> = { ...profile };
  const byPart = new Set<string>(['certificationsHeld', 'areaConfidence', 'progress']);
  for (const key of Object.keys(profileSchema.shape) as (keyof Profile)[]) {
    if (byPart.has(key)) continue;
    const parsed = profileSchema.shape[key].safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
    else if (raw[key] !== undefined) problems.push(`profile.${key}: ${firstIssue(parsed.error)}`);
  }
  out.certificationsHeld = heldList(raw.certificationsHeld);
  if (
    Array.isArray(raw.certificationsHeld) &&
    (out.certificationsHeld as unknown[]).length < raw.certificationsHeld.length
  ) {
    problems.push('profile.certificationsHeld: some entries were unreadable or repeated');
  }
  out.areaConfidence = Object.fromEntries(
    Object.entries(record(raw.areaConfidence))
      .filter(([id, level]) => id.length <= 40 && confidenceSchema.safeParse(level).success)
      .slice(0, MAX_CONFIDENCE_AREAS),
  );
  if (raw.progress !== undefined) out.progress = readProgress(raw.progress, problems);
  return profileSchema.parse(out);
}
