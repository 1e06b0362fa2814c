import { Link, useLocation } from 'react-router';
import { Page } from '@/ui/page';
import { useHydrated } from '@/lib/use-hydrated';
import { realCatalog } from '@/domain/real-catalog';
import { suggestRoutes } from '@/app/route-suggestions';

/** Any unknown address: says so, suggests close pages, and offers the main ones. */
export default function NotFoundPage() {
  const { pathname } = useLocation();
  // Written once as 404.html, which the host serves for every unknown address.
  const prerendering = !useHydrated();
  const codes = realCatalog().certifications.map((c) => c.code);
  const suggestions = prerendering ? [] : suggestRoutes(pathname, codes);

  return (
    <Page
      title="Page not found"
      lead={
        <p>
          There is no page at {prerendering ? 'this address' : <code>{pathname}</code>}. The address
          may have a typo, or the page may have moved.
        </p>
      }
    >
      {suggestions.length > 0 && (
        <section className="card" aria-labelledby="not-found-suggestions">
          <h2 id="not-found-suggestions">Did you mean</h2>
          <ul>
            {suggestions.map((s) => (
              <li key={s.to}>
                <Link to={s.to}>{s.label}</Link> <span className="muted">({s.to})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="not-found-places">
        <h2 id="not-found-places">Places to start</h2>
        <ul>
          <li>
            <Link to="/">Home</Link>: what Certpath does
          </li>
          <li>
            <Link to="/plan">Your plan</Link>: enter your background and get a roadmap
          </li>
          <li>
            <Link to="/certs">Certification catalogue</Link>: every exam, its status and sources
          </li>
        </ul>
      </section>
    </Page>
  );
}
