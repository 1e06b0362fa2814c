import type { Assumptions, Profile } from '@/domain/schema';

type ExperienceProfile = Pick<Profile, 'currentRole' | 'yearsExperience' | 'relevantYears'>;

/** Whether the user's current work adds relevant experience while they study (data: assumptions). */
export function currentWorkCounts(
  profile: Pick<Profile, 'currentRole'>,
  assumptions: Pick<Assumptions, 'relevantExperience'>,
): boolean {
  return assumptions.relevantExperience.counts[profile.currentRole] ?? false;
}

/**
 * Years that count toward an AI engineering role: the user's own figure, else all their years
 * when their current work counts (software, data, cloud) and none when it does not (a student,
 * a career changer). Never more than their years of experience.
 */
export function relevantYearsOf(
  profile: ExperienceProfile,
  assumptions: Pick<Assumptions, 'relevantExperience'>,
): number {
  const derived = currentWorkCounts(profile, assumptions) ? profile.yearsExperience : 0;
  return Math.min(profile.relevantYears ?? derived, profile.yearsExperience);
}
