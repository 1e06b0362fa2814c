import { Link } from 'react-router';
// spellDate, not lib/format's formatDate: the date is the build's own, valid by the catalogue's
// schema, and the first screen then needs neither formatting nor date checking.
import { spellDate } from '@/domain/dates';
import { BrowserOnly } from '@/ui/browser-only';
import { isCatalogueStale, STALE_AFTER_MONTHS } from '@/domain/catalog-model';
import { todayIso } from '@/store/today';

/** Says so, on every page, when the catalogue's last check is more than six months old. */
function StaleWarning() {
  if (!isCatalogueStale(__CATALOGUE_CHECKED_ON__, todayIso())) return null;
  return (
    <p className="callout callout-warning site-footer-stale" role="note">
      <strong>The catalogue may be out of date.</strong> It was last checked on{' '}
      {spellDate(__CATALOGUE_CHECKED_ON__)}, more than {STALE_AFTER_MONTHS} months ago: exam prices,
      outlines and retirements may have changed. Check the vendor&rsquo;s page before you book.
    </p>
  );
}

/** Where the numbers come from, and how fresh they are, on every page. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        {/* Whether the check is old depends on today: never in the build's HTML. */}
        <BrowserOnly fallback={null}>
          <StaleWarning />
        </BrowserOnly>
        <p>
          Catalogue checked on {spellDate(__CATALOGUE_CHECKED_ON__)} · every figure has its source:
          a dated page, or a Certpath estimate with its reasoning.
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
