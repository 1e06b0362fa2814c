import { useMemo } from 'react';
import type { Catalog } from '@/domain/catalog-model';
import { buildPlan } from '@/domain/plan';
import { isTracking } from '@/domain/progress';
import type { Profile } from '@/domain/schema';
import type { StudyPlan } from '@/domain/study-plan';

/**
 * The finish that becomes the baseline if the user records something now: the plan as it is
 * then, dated from today (recording anything plans what is left from today), so it starts on
 * track. Once tracking, the plan on screen is already that plan.
 */
export function useBaseline(
  profile: Profile,
  studyPlan: StudyPlan,
  catalog: Catalog,
  today: string,
): string {
  const finish = studyPlan.totals.finish.likely;
  return useMemo(
    () =>
      isTracking(profile.progress)
        ? finish
        : buildPlan(
            { ...profile, startDate: profile.startDate < today ? today : profile.startDate },
            catalog,
            catalog.assumptions,
            today,
          ).studyPlan.totals.finish.likely,
    [finish, profile, catalog, today],
  );
}
