// What the plan says about a booking it cannot keep as it is (a living plan): one before the
// step can start or whose day has passed, a retake inside the vendor's waiting period, or one
// that leaves fewer weeks than the hours take. Read by schedule.ts for each placed step.
import { spellDate } from '@/domain/dates';
import type { PlanContext } from '@/domain/plan-context';
import { retakeSentence } from '@/domain/retake';
import type { RetakeRule } from '@/domain/retake';
import type { Notice } from '@/domain/roadmap';
import type { ScheduledStep } from '@/domain/schedule';
import type { Certification, Retake, StepProgress } from '@/domain/schema';

interface Placed {
  code: string;
  cert: Certification;
  progress: StepProgress | null;
  scheduled: ScheduledStep;
  /** The exam day the hours give at the user's hours a week, booking or not. */
  ownExamDate: string;
  retake: Retake | null;
  rule: RetakeRule | null;
}

/** The notices a step's booking calls for (none when the plan keeps it as booked). */
export function bookingNotices(ctx: PlanContext, placed: Placed): Notice[] {
  const { code, cert, progress, scheduled, retake, rule } = placed;
  if (progress?.state !== 'booked') return [];
  const perWeek = ctx.profile.hoursPerWeek;
  const { examDate, startDate, weeks, plannedHours, hoursPerWeek: pace } = scheduled;
  if (scheduled.booked)
    return pace > perWeek
      ? [
          {
            kind: 'booked-too-soon',
            code,
            message: `You booked ${code} for ${spellDate(examDate)}: that leaves ${weeks === 1 ? 'one study week' : `${weeks} study weeks`} for the ${plannedHours} hours still needed, about ${pace} hours a week against your ${perWeek}. At ${perWeek} hours a week you would be ready around ${spellDate(placed.ownExamDate)}: move the booking, or plan more hours a week.`,
          },
        ]
      : [];
  const booked = spellDate(progress.date);
  const message =
    progress.date < ctx.today
      ? `Your ${code} exam was booked for ${booked}, which has passed: record it as passed or failed. Until then the plan dates it ${spellDate(examDate)}.`
      : retake && rule?.from && progress.date < rule.from
        ? `You booked the ${code} retake for ${booked}, but ${retakeSentence(cert, retake, rule)} The plan dates it ${spellDate(examDate)}; move the booking.`
        : `You booked ${code} for ${booked}, before this step can start (${spellDate(startDate)}, after the exams before it). The plan dates it ${spellDate(examDate)} instead; move the booking, or record the earlier exams as passed.`;
  return [{ kind: 'booked-too-early', code, message }];
}
