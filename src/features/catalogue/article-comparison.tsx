import { Link } from 'react-router';
import { CertStatus } from '@/ui/cert-status';
import { SourceLink } from '@/ui/source-link';
import type { Catalog } from '@/domain/catalog-model';
import { articleComparison, inCurrentTerms } from '@/features/catalogue/current-terms';
import { vendorLabels } from '@/features/catalogue/catalogue-view';

/** The seed article's comparison table, restated with today's exams. */
export function ArticleComparison({ catalog, today }: { catalog: Catalog; today: string }) {
  const rows = articleComparison
    .map((code) => catalog.byCode.get(code))
    .filter((c) => c !== undefined)
    .map((cert) => inCurrentTerms(catalog, cert, today));

  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">cert-pass.com&rsquo;s comparison, in current terms</h2>
      <p className="muted">
        The career-path article (<SourceLink sourceId={catalog.track.source} catalog={catalog} />)
        compared these five certifications. Where one has retired, the card points at what replaces
        it today.
      </p>
      <ul className="comparison">
        {rows.map(({ cert, now, isSuccessor }) => (
          <li key={cert.code} className="card comparison-card">
            <h3>
              <Link to={`/certs/${cert.code}`}>{cert.code}</Link>{' '}
              <span className="comparison-name">{cert.name}</span>
            </h3>
            <p className="comparison-vendor muted">{vendorLabels[cert.vendor]}</p>
            <CertStatus cert={cert} date={today} />
            <dl className="comparison-facts">
              <dt>Focus</dt>
              <dd>{cert.focus}</dd>
              <dt>Best for</dt>
              <dd>{cert.bestFor}</dd>
            </dl>
            {now && (
              <div className="comparison-now">
                <p>
                  <strong>
                    {isSuccessor
                      ? 'Successor:'
                      : 'No direct successor. Closest current credential:'}
                  </strong>{' '}
                  <Link to={`/certs/${now.code}`}>{now.code}</Link> {now.name}
                </p>
                <p className="muted">{now.focus}</p>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
