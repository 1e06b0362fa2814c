import { Link } from 'react-router';
import { formatDate } from '@/components/format';

/** Where the numbers come from, on every page. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          Data as of {formatDate(__DATA_AS_OF__)} · figures are ranges from cited sources · verify
          exam facts on the vendor&rsquo;s site.
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
