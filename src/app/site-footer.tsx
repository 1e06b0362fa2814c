import { Suspense } from 'react';
import { Link } from 'react-router';
import { lazyWithPreload } from '@/components/lazy-with-preload';

const DataAsOf = lazyWithPreload(() => import('@/app/data-as-of'));

/** Downloads the footer's data date, so the first render shows it (see main.tsx). */
export const preloadFooter = () => DataAsOf.preload();

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
