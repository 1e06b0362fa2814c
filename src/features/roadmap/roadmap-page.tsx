import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { nextAction } from '@/domain/next-action';
import { formatDate, formatDateBetween } from '@/lib/format';
import { lazyWithPreload } from '@/lib/lazy-with-preload';
import { Page } from '@/ui/page';
import { frameOf } from '@/routes/routes';
import { PlanActions } from '@/shared/plans/plan-actions';
import { useAppStore } from '@/store/app-store';
import { usePlan } from '@/store/use-plan';
import { DetailsPanel } from '@/features/roadmap/details-panel';
import { ListView } from '@/features/roadmap/list-view';
import { ProgressPanel } from '@/features/roadmap/progress-panel';
import { Notices } from '@/features/roadmap/notices';
import { RoadmapToolbar } from '@/features/roadmap/roadmap-toolbar';
import { stepInfos } from '@/features/roadmap/step-info';
import { StudyPlan } from '@/features/roadmap/study-plan';
import { TotalsCards } from '@/features/roadmap/totals-cards';
import { WeekView } from '@/features/roadmap/week-view';
import type { RoadmapGraphProps } from '@/features/roadmap/roadmap-graph';
import { NARROW_QUERY } from '@/lib/use-media-query';
import { useViewMode } from '@/features/roadmap/use-view-mode';
import './roadmap-page.css';

/** The heading and lead the build prerendered this page with (src/routes/routes.json). */
const frame = frameOf('/roadmap');

// React Flow is the heaviest part of the route: phones that start on the list never load it.
const RoadmapGraph = lazyWithPreload<RoadmapGraphProps>(() =>
  import('@/features/roadmap/roadmap-graph').then((m) => ({ default: m.RoadmapGraph })),
);

// Needs React Flow and html-to-image: loads with the graph, not before.
const RoadmapImageButton = lazy(() => import('@/features/roadmap/roadmap-image-button'));

/**
 * What the page's first render needs beyond its own code (the router waits for it). A wide
 * screen opens on the graph, so React Flow comes first and the page arrives whole: a loading
 * card the graph then replaced would push the study plan down the screen. A failed download
 * shows in the page, as before.
 */
export function prepare(): Promise<unknown> {
  const wide = typeof window !== 'undefined' && window.matchMedia?.(NARROW_QUERY).matches === false;
  return wide ? RoadmapGraph.preload().catch(() => {}) : Promise.resolve();
}

/** /roadmap: the personalised graph or list, step details, totals and the study plan. */
export default function RoadmapPage() {
  const { catalog, profile, plan, today } = usePlan();
  const { roadmap, studyPlan } = plan;
  const showAll = useAppStore((s) => s.showAllCerts);
  const setShowAll = useAppStore((s) => s.setShowAllCerts);
  const [view, setView] = useViewMode();
  const [selected, setSelected] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const infos = useMemo(
    () => stepInfos(roadmap, studyPlan, catalog, showAll, today, profile.progress.steps),
    [roadmap, studyPlan, catalog, showAll, today, profile.progress.steps],
  );
  const selectedInfo = infos.find((i) => i.step.code === selected);

  const open = useCallback((code: string) => {
    if (document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
    setSelected(code);
  }, []);
  const close = useCallback(() => setSelected(null), []);
  // After closing, focus goes back to what opened the details (a list button or graph node).
  useEffect(() => {
    if (selected !== null || !returnFocus.current) return;
    if (returnFocus.current.isConnected) returnFocus.current.focus();
    returnFocus.current = null;
  }, [selected]);

  const role = catalog.roles.find((r) => r.id === profile.targetRole);
  const next = useMemo(
    () => nextAction(studyPlan, profile.progress, today),
    [studyPlan, profile.progress, today],
  );
  const examCount = studyPlan.steps.length;
  const lead =
    examCount === 0
      ? `You already hold everything ${role?.name ?? 'this role'} calls for.`
      : `Your path to ${role?.name ?? 'your target role'}: ${examCount} ${examCount === 1 ? 'exam' : 'exams'}, likely finishing ${formatDate(studyPlan.totals.finish.likely)} (${formatDateBetween(studyPlan.totals.finish)}). Next: ${next.text}${next.paceText ? `, ${next.paceText}` : ''}.`;

  return (
    <Page
      title={frame.title}
      lead={lead}
      actions={
        <Link className="button" to="/plan">
          Edit your background
        </Link>
      }
    >
      <div className="roadmap-page">
        <PlanActions />
        <Notices notices={roadmap.notices} />
        <TotalsCards totals={studyPlan.totals} />
        <RoadmapToolbar
          view={view}
          onViewChange={setView}
          showAll={showAll}
          onShowAllChange={setShowAll}
        />
        {/* Beside the list on wide screens; below the graph, which needs the full width. */}
        <div
          className={`roadmap-body${selectedInfo && view === 'list' ? ' roadmap-body--aside' : ''}`}
        >
          <div className="roadmap-view">
            {view === 'graph' ? (
              <>
                <Suspense fallback={<p className="card">Loading the graph…</p>}>
                  <RoadmapGraph
                    infos={infos}
                    edges={roadmap.edges}
                    selectedCode={selected}
                    onSelect={open}
                  >
                    <Suspense fallback={null}>
                      <RoadmapImageButton />
                    </Suspense>
                  </RoadmapGraph>
                </Suspense>
                {/* Paper gets the list, not the canvas (print styles reveal it). */}
                <div className="roadmap-print-list" hidden>
                  <ListView infos={infos} selectedCode={null} onOpen={open} />
                </div>
              </>
            ) : (
              <ListView infos={infos} selectedCode={selected} onOpen={open} />
            )}
          </div>
          {selectedInfo && (
            <div id="roadmap-details" className="roadmap-details">
              <DetailsPanel info={selectedInfo} coreAreas={studyPlan.coreAreas} onClose={close} />
            </div>
          )}
        </div>
        <ProgressPanel profile={profile} studyPlan={studyPlan} catalog={catalog} today={today} />
        <StudyPlan studyPlan={studyPlan} catalog={catalog} progress={profile.progress.steps} />
        <WeekView profile={profile} studyPlan={studyPlan} catalog={catalog} today={today} />
      </div>
    </Page>
  );
}
