import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { nextAction } from '@/domain/next-action';
import { buildPlan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import { sameProfile } from '@/domain/storage-state';
import { formatDate } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { todayIso } from '@/store/today';

/** The most recently saved plans the landing page lists; the rest are on /compare. */
const SHOWN = 5;

/**
 * The landing page for a returning user: the saved plans, newest first, each with its next
 * action ("Continue: AI-103, week 4 of 12, on track") and a button that opens it.
 */
export default function YourPlans() {
  const savedPlans = useAppStore((s) => s.savedPlans);
  const activePlanId = useAppStore((s) => s.activePlanId);
  // The open plan as it is now (progress recorded since it was saved included), not its
  // saved copy; the user's own, while a shared plan is on show.
  const working = useAppStore((s) => s.sharedPlan?.own.profile ?? s.profile);
  const openPlan = useAppStore((s) => s.openPlan);
  const navigate = useNavigate();
  const today = todayIso();
  const rows = useMemo(() => {
    const catalog = realCatalog();
    return [...savedPlans]
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
      .slice(0, SHOWN)
      .map((saved) => {
        const open = saved.id === activePlanId;
        const profile = open ? working : saved.profile;
        const { studyPlan } = buildPlan(profile, catalog, catalog.assumptions, today);
        const next = nextAction(studyPlan, profile.progress, today);
        const role = catalog.roles.find((r) => r.id === profile.targetRole)?.name;
        const unsaved = open && !sameProfile(saved.profile, working);
        return { saved, open, unsaved, next, role, finish: studyPlan.totals.finish.likely };
      });
  }, [savedPlans, activePlanId, working, today]);

  const go = (id: string) => {
    if (id !== activePlanId) openPlan(id);
    void navigate('/roadmap');
  };

  return (
    <section
      className="card home-plans"
      id="your-plans"
      aria-labelledby="home-plans-title"
      tabIndex={-1}
    >
      <h2 id="home-plans-title">Your saved plans</h2>
      <ul className="home-plans-list">
        {rows.map(({ saved, open, unsaved, next, role, finish }) => (
          <li key={saved.id} className="home-plan">
            <div>
              <h3 className="home-plan-name">{saved.name}</h3>
              <p className="home-plan-next">
                <strong>
                  {next.code === null
                    ? next.text
                    : `${next.started ? 'Continue' : 'Next'}: ${next.text}`}
                  {next.paceText && `, ${next.paceText}`}
                </strong>
              </p>
              <p className="muted home-plan-facts">
                {open && (unsaved ? 'Open now, with changes not saved yet · ' : 'Open now · ')}
                {role} · likely finish {formatDate(finish)} · saved{' '}
                {formatDate(saved.updatedAt.slice(0, 10))}
              </p>
            </div>
            <button type="button" className="button" onClick={() => go(saved.id)}>
              Continue<span className="visually-hidden"> “{saved.name}”</span>
            </button>
          </li>
        ))}
      </ul>
      {savedPlans.length > SHOWN && (
        <p>
          <Link to="/compare">All {savedPlans.length} saved plans</Link>
        </p>
      )}
    </section>
  );
}
