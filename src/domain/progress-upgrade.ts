// Progress as older versions recorded it, brought to today's shape before it is validated
// (stored data in src/store/sanitize-profile.ts, plan files in plan-file.ts).
import { asRecord } from '@/domain/records';

/**
 * One step's progress. Store v5 and plan file v4 kept a booked retake's failed attempts as
 * `attempts` alone; they become its `retake`, the failures' dates unknown.
 */
export function upgradeStep(value: unknown): unknown {
  const step = asRecord(value);
  if (!step || step.state !== 'booked' || step.attempts === undefined || 'retake' in step)
    return value;
  const { attempts, ...rest } = step;
  return { ...rest, retake: { attempts, failedOn: null, firstFailedOn: null } };
}

/** Every step of a progress record upgraded (anything else is left as it is). */
export function upgradeProgress(value: unknown): unknown {
  const progress = asRecord(value);
  const steps = asRecord(progress?.steps);
  if (!progress || !steps) return value;
  return {
    ...progress,
    steps: Object.fromEntries(Object.entries(steps).map(([code, s]) => [code, upgradeStep(s)])),
  };
}
