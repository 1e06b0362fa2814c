import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { Page } from '@/ui/page';
import { lazyWithPreload } from '@/lib/lazy-with-preload';
import { useHydrated } from '@/lib/use-hydrated';
import { useAppStore } from '@/store/app-store';
import { QuestionCards } from '@/features/home/question-cards';
import './home.css';

// The catalogue is most of this part's code: it stays out of the first screen's budget, and
// arrives with the page (the router awaits `prepare`; the HTML preloads it).
const PathToday = lazyWithPreload(() => import('@/features/home/path-today'));

/** What the page's first render needs beyond its own code: the path as it stands today. */
export const prepare = () => PathToday.preload();

const pathLoading = <p className="muted">Loading the certification path…</p>;

// Saved plans with their next action: loads the engine, so only for a user who has saved some.
const YourPlans = lazy(() => import('@/features/home/your-plans'));

/** The number of saved plans once the page runs (the build's HTML is the same for everyone). */
function useSavedCount(): number {
  const hydrated = useHydrated();
  const count = useAppStore((s) => s.savedPlans.length);
  return hydrated ? count : 0;
}

/** The landing page: what Certpath does, the classic path as it stands today, and where to start. */
export default function HomePage() {
  const saved = useSavedCount();
  return (
    <Page
      title="Plan your path to Azure AI Engineer"
      lead={
        <p>
          Certpath turns your background into a certification roadmap, a dated study plan and an
          honest salary projection, with every number sourced and every assumption editable.
        </p>
      }
    >
      <div className="home-cta">
        <Link className="button button-primary" to="/plan">
          Start your plan
        </Link>
        <Link className="button" to="/roadmap?example=developer">
          See an example roadmap
        </Link>
        {saved > 0 ? (
          // The list sits below the first screen, so it never pushes the page down as it arrives.
          <a className="button button-quiet" href="#your-plans">
            Continue a saved plan
          </a>
        ) : (
          <Link className="button button-quiet" to="/compare">
            Open a saved plan
          </Link>
        )}
      </div>
      <p className="home-examples muted">
        More examples, far from the usual reader:{' '}
        <Link to="/salary?example=student">a student</Link> ·{' '}
        <Link to="/salary?example=career-changer">someone changing careers from outside tech</Link>.
        An example never changes your own plan.
      </p>

      <QuestionCards />
      <Suspense fallback={pathLoading}>
        <PathToday />
      </Suspense>
      {saved > 0 && (
        <Suspense fallback={null}>
          <YourPlans />
        </Suspense>
      )}

      <section className="callout callout-info home-private" aria-labelledby="home-private">
        <h2 id="home-private">Private by design</h2>
        <p>
          Nothing you type leaves your browser: there is no account and no server. Your plan is
          saved in this browser only, and you decide when to share it as a link or export it.
        </p>
      </section>
    </Page>
  );
}
