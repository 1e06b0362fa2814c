import { Link } from 'react-router';
import { Page } from '@/ui/page';
import type { Catalog } from '@/domain/catalog-model';
import { suggestCerts } from '@/features/catalogue/find-cert';

/** /certs/<unknown>: says so and links to the closest codes and the catalogue. */
export function UnknownCert({ catalog, code }: { catalog: Catalog; code: string }) {
  const suggestions = suggestCerts(catalog, code);
  return (
    <Page
      title="Certification not found"
      lead={
        <p>
          The catalogue has no exam with the code <code>{code}</code>.
        </p>
      }
    >
      {suggestions.length > 0 && (
        <section className="card" aria-labelledby="cert-suggestions">
          <h2 id="cert-suggestions">Did you mean</h2>
          <ul>
            {suggestions.map((c) => (
              <li key={c.code}>
                <Link to={`/certs/${c.code}`}>{c.code}</Link> {c.name}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link to="/certs">Browse all {catalog.certifications.length} certifications</Link>
      </p>
    </Page>
  );
}
