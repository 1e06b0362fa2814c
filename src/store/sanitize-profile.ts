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
import { asRecord, fieldsOf } from '@/domain/records';

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
        : { earnedOn: null, ...fieldsOf(item) };
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
  const raw = fieldsOf(value);
  if (raw !== value) problems.push(`${at}: expected an object`);
  const progress = emptyProgress();
  if (raw.steps !== undefined && asRecord(raw.steps) === null)
    problems.push(`${at}.steps: expected the exams' states`);
  for (const [code, step] of Object.entries(fieldsOf(raw.steps))) {
    const parsed = stepProgressSchema.safeParse(upgradeStep(step));
    if (!parsed.success) problems.push(`${at}.steps.${code}: ${firstIssue(parsed.error)}`);
    else if (code.length < 1 || code.length > 60)
      problems.push(`${at}.steps: an exam code of ${code.length} characters`);
    else if (Object.keys(progress.steps).length >= MAX_PROGRESS_STEPS)
      problems.push(`${at}.steps.${code}: one step too many`);
    else progress.steps[code] = parsed.data;
  }
  if (raw.log !== undefined && !Array.isArray(raw.log))
    problems.push(`${at}.log: expected a list of check-ins`);
  const log = new Map<string, number>();
  for (const [i, item] of (Array.isArray(raw.log) ? raw.log : []).entries()) {
    const entry = fieldsOf(item);
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
  for (const [code, result] of Object.entries(fieldsOf(raw.practice))) {
    const parsed = practiceResultSchema.safeParse(result);
    const room = Object.keys(progress.practice).length < MAX_PROGRESS_STEPS;
    if (parsed.success && code.length >= 1 && code.length <= 60 && room)
      progress.practice[code] = parsed.data;
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
  // Built from parts that each passed their schema, so this holds; a part that somehow does
  // not costs the progress, never the load (the store would wait for it forever).
  const whole = progressSchema.safeParse(progress);
  if (whole.success) return whole.data;
  problems.push(`${at}: ${firstIssue(whole.error)}`);
  return emptyProgress();
}

/**
 * Keeps every valid field of a stored profile and falls back to the default for the rest.
 * Fields that were there but invalid are named in `problems` (missing ones are not: older
 * versions simply did not have them).
 */
export function sanitizeProfile(value: unknown, today: string, problems: string[] = []): Profile {
  const raw = fieldsOf(value);
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
    Object.entries(fieldsOf(raw.areaConfidence))
      .filter(([id, level]) => id.length <= 40 && confidenceSchema.safeParse(level).success)
      .slice(0, MAX_CONFIDENCE_AREAS),
  );
  if (raw.progress !== undefined) out.progress = readProgress(raw.progress, problems);
  // Each field passed its own schema; should the whole not, the defaults stand (never a throw:
  // the store would wait for its saved input forever).
  const whole = profileSchema.safeParse(out);
  if (whole.success) return whole.data;
  problems.push(`profile: ${firstIssue(whole.error)}`);
  return profile;
}
