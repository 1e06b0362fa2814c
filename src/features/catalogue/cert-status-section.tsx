import { Link } from 'react-router';
import { useHydrated } from '@/lib/use-hydrated';
import { CertStatus } from '@/ui/cert-status';
import { formatDate } from '@/lib/format';
import { SourceLink } from '@/ui/source-link';
import type { Catalog } from '@/domain/catalog-model';
import type { Certification } from '@/domain/schema';
import { predecessorsOf } from '@/features/catalogue/find-cert';

/** Active, retiring or retired today; successor and predecessor; who the exam suits. */
export function CertStatusSection({
  catalog,
  cert,
  today,
}: {
  catalog: Catalog;
  cert: Certification;
  today: string;
}) {
  const predecessors = predecessorsOf(catalog, cert.code);
  const { renewalEndsOn, note, source } = cert.status;
  // The build's HTML cannot know whether that day has passed.
  const prerendering = !useHydrated();
  return (
    <section aria-labelledby="cert-status-heading">
      <h2 id="cert-status-heading">Status</h2>
      <p className="cert-status-line">
        <CertStatus cert={cert} date={today} />
      </p>
      {note !== '' && <p>{note}</p>}
      {renewalEndsOn !== null && (
        <p>
          <strong>
            {prerendering
              ? `Renewals end on ${formatDate(renewalEndsOn)}.`
              : `Renewals ${renewalEndsOn <= today ? 'ended' : 'end'} on ${formatDate(renewalEndsOn)}.`}
          </strong>
        </p>
      )}
      {predecessors.length > 0 && (
        <p>
          Replaces{' '}
          {predecessors.map((p, i) => (
            <span key={p.code}>
              {i > 0 && ', '}
              <Link to={`/certs/${p.code}`}>{p.code}</Link> ({p.name})
            </span>
          ))}
          .
        </p>
      )}
      {source !== null && (
        <p className="cert-source-line">
          Source: <SourceLink sourceId={source} />
        </p>
      )}
      <h3>Best for</h3>
      <p>{cert.bestFor}</p>
    </section>
  );
}
