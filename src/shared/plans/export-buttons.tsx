import { downloadFile, fileSlug } from '@/lib/download';
import { currentPlanName } from '@/shared/plans/plan-name';
import { buildPlan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import { useAppStore } from '@/store/app-store';
import { nowStamp, todayIso } from '@/store/today';

interface ExportButtonsProps {
  onDone: (message: string) => void;
}

/** A short, stable key for a text (FNV-1a, base 36): names a shared plan in calendar UIDs. */
function contentKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Downloads of the plan on screen: the plan as JSON (imports back) and the study calendar (.ics). */
export function ExportButtons({ onDone }: ExportButtonsProps) {
  const downloadPlan = async () => {
    const { planFileJson } = await import('@/domain/plan-file');
    const s = useAppStore.getState();
    const name = currentPlanName(s);
    const salary = { horizonYears: s.salary.horizonYears, overrides: s.salary.overrides };
    downloadFile(
      `certpath-${fileSlug(name)}.json`,
      planFileJson({ name, profile: s.profile, salary }, nowStamp()),
      'application/json',
    );
    onDone(
      `Downloaded “${name}” as a plan file. Import it here or in another browser to get the same plan back.`,
    );
  };

  const downloadCalendar = async () => {
    const { studyCalendar } = await import('@/domain/ics');
    const s = useAppStore.getState();
    const catalog = realCatalog();
    const { studyPlan } = buildPlan(s.profile, catalog, catalog.assumptions, todayIso());
    const { progress } = s.profile;
    const text = studyCalendar(studyPlan, {
      stamp: nowStamp(),
      // The calendar updates the events of an earlier file of the same plan (a shared plan is
      // known by what it opened with).
      planId: s.sharedPlan
        ? `shared-${contentKey(JSON.stringify(s.sharedPlan.opened))}`
        : (s.activePlanId ?? 'plan'),
      sessions: progress.sessions,
      limits: catalog.assumptions.sessions,
      away: new Set(progress.away),
      certName: (code) => catalog.byCode.get(code)?.name ?? code,
      passed: Object.entries(progress.steps).flatMap(([code, step]) =>
        step.state === 'passed' ? [{ code, date: step.date }] : [],
      ),
    });
    downloadFile(`certpath-${fileSlug(currentPlanName(s))}.ics`, text, 'text/calendar');
    onDone(
      'Downloaded the study calendar. Open the .ics file to add your study sessions (on your study days, away weeks left out), exam dates and renewals to your calendar.',
    );
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void downloadPlan()}>
        Download plan (.json)
      </button>
      <button type="button" className="button" onClick={() => void downloadCalendar()}>
        Study calendar (.ics)
      </button>
    </>
  );
}
