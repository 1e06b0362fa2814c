import { Link } from 'react-router';
import { formatDate } from '@/components/format';
import type { Catalog } from '@/domain/catalog-model';
import { certStatusAt } from '@/domain/catalog-model';

/** Microsoft's retirements with their successors, read from the catalogue. */
export function Retirements({ catalog, today }: { catalog: Catalog; today: string }) {
  const retiring = catalog.certifications
    .filter((c) => c.vendor === 'microsoft' && c.status.retiresOn !== null)
    .sort(
      (a, b) =>
        a.status.retiresOn!.localeCompare(b.status.retiresOn!) || a.code.localeCompare(b.code),
    );
  if (retiring.length === 0) return null;
  const years = [...new Set(retiring.map((c) => c.status.retiresOn!.slice(0, 4)))].join(' and ');

  return (
    <section className="card" aria-labelledby="home-retirements">
      <h2 id="home-retirements">Exams retired in {years}</h2>
      <p>
        A plan made after a retirement date routes through the successor and says so on the step; a
        plan dated before it keeps the original exam.
      </p>
      <ul className="retirements">
        {retiring.map((cert) => {
          const retired = certStatusAt(cert, today) === 'retired';
          const successor = cert.status.successor;
          return (
            <li key={cert.code}>
              <Link to={`/certs/${cert.code}`}>{cert.code}</Link>{' '}
              {retired ? 'retired on' : 'retires on'} {formatDate(cert.status.retiresOn!)}
              {successor !== null && (
                <>
                  {' '}
                  · successor <Link to={`/certs/${successor}`}>{successor}</Link>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
