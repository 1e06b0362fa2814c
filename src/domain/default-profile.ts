import { emptyProgress } from '@/domain/progress-record';
import type { Profile } from '@/domain/schema';

/**
 * The default profile for a given day (the UI passes today). Kept apart from schema.ts so the
 * first screen can build a default without loading zod.
 */
export function defaultProfile(today: string): Profile {
  return {
    currentRole: 'software-developer',
    yearsExperience: 4,
    relevantYears: null,
    certificationsHeld: [],
    python: 'basic',
    azure: 'some',
    aiml: 'basic',
    targetRole: 'azure-ai-engineer',
    hoursPerWeek: 10,
    startDate: today,
    region: 'us-other',
    currentSalaryUsd: null,
    areaConfidence: {},
    progress: emptyProgress(),
  };
}
