import { Link } from 'react-router';
import { formatDate } from '@/components/format';
import { loadRealCatalog } from '@/domain/real-catalog';

/** Where the numbers come from, on every page. */
export function SiteFooter() {
  const catalog = loadRealCatalog();
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          {catalog.ok ? (
            <>Data as of {formatDate(catalog.value.asOf)}</>
          ) : (
            <>The catalogue data could not be read</>
          )}{' '}
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
