import { lazy, Suspense } from 'react';
import { Link } from 'react-router';

const DataAsOf = lazy(() => import('@/app/data-as-of'));

/** Where the numbers come from, on every page. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          <Suspense fallback="Data from cited sources">
            <DataAsOf />
          </Suspense>{' '}
          · figures are ranges from cited sources · verify exam facts on the vendor&rsquo;s site.
        </p>
        <p>
          <Link to="/certs">Certifications and their sources</Link>
          <span aria-hidden="true"> · </span>
          <span>Private: nothing you type leaves this browser.</span>
        </p>
      </div>
    </footer>
  );
}
