import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { SourceLink } from '@/ui/source-link';
import type { Catalog } from '@/domain/catalog-model';
import { certStatusAt } from '@/domain/catalog-model';
import { useHydrated } from '@/lib/use-hydrated';

const CodeLink = ({ code }: { code: string }) => <Link to={`/certs/${code}`}>{code}</Link>;

/**
 * How the path changed: the article's path as it named it, then each of its exams that Microsoft
 * replaced and when, then the other retirements that touch these roles.
 */
export function Retirements({ catalog, today }: { catalog: Catalog; today: string }) {
  const { track } = catalog;
  const articlePath = [track.cloudBasics, track.aiBasics, track.core];
  const retiring = catalog.certifications
    .filter((c) => c.vendor === 'microsoft' && c.status.retiresOn !== null)
    .sort(
      (a, b) =>
        a.status.retiresOn!.localeCompare(b.status.retiresOn!) || a.code.localeCompare(b.code),
    );
  // Whether a date has passed depends on the day the page is read: not said in the build's HTML.
  const dated = useHydrated();
  const onPath = retiring.filter((c) => articlePath.includes(c.code));
  const others = retiring.filter((c) => !articlePath.includes(c.code));
  const line = (cert: (typeof retiring)[number]) => {
    const retired = certStatusAt(cert, today) === 'retired';
    const successor = cert.status.successor;
    let verb = retired ? 'retired on' : 'retires on';
    if (!dated) verb = 'retirement:';
    return (
      <li key={cert.code}>
        <CodeLink code={cert.code} /> {verb} {formatDate(cert.status.retiresOn!)}
        {successor !== null && (
          <>
            {' '}
            → <CodeLink code={successor} />
          </>
        )}
      </li>
    );
  };

  return (
    <section className="card" aria-labelledby="home-retirements">
      <h2 id="home-retirements">How the path changed</h2>
      <p>
        The career-path article the path comes from (
        <SourceLink sourceId={track.source} catalog={catalog} />) names{' '}
        {[...articlePath, track.specialisations.join(' or ')].join(' → ')}. Since then:
      </p>
      <ul className="retirements">{onPath.map(line)}</ul>
      {others.length > 0 && (
        <>
          <p>Other retirements that touch these roles:</p>
          <ul className="retirements">{others.map(line)}</ul>
        </>
      )}
      <p className="muted">
        A plan made after a retirement date routes through the successor and says so on the step; a
        plan dated before it keeps the original exam.
      </p>
    </section>
  );
}
