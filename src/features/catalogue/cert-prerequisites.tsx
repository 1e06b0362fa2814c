import { Fragment } from 'react';
import { Link } from 'react-router';
import { SourceLink } from '@/ui/source-link';
import type { Catalog } from '@/domain/catalog-model';
import type { Certification } from '@/domain/schema';
import { nextStepsAfter } from '@/features/catalogue/find-cert';

function CertLink({ catalog, code }: { catalog: Catalog; code: string }) {
  const name = catalog.byCode.get(code)?.name;
  return (
    <>
      <Link to={`/certs/${code}`}>{code}</Link>
      {name && <span className="muted"> ({name})</span>}
    </>
  );
}

/** Official prerequisites (all groups, any code within a group), advised earlier steps and what follows. */
export function CertPrerequisites({ catalog, cert }: { catalog: Catalog; cert: Certification }) {
  const { groups, source } = cert.prerequisites;
  const next = nextStepsAfter(catalog, cert.code);
  return (
    <section aria-labelledby="cert-prereq-heading">
      <h2 id="cert-prereq-heading">Before and after this exam</h2>
      <h3>Official prerequisites</h3>
      {groups.length === 0 ? (
        <p>None: anyone can sit this exam.</p>
      ) : (
        <ul>
          {groups.map((group) => (
            <li key={group.join()}>
              You must hold{' '}
              {group.map((code, i) => (
                <Fragment key={code}>
                  {i > 0 && ' or '}
                  <CertLink catalog={catalog} code={code} />
                </Fragment>
              ))}
            </li>
          ))}
        </ul>
      )}
      <p className="cert-source-line">
        Source: <SourceLink sourceId={source} />
      </p>
      <h3>Advised earlier steps</h3>
      {cert.advisedAfter.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {cert.advisedAfter.map((code) => (
            <li key={code}>
              <CertLink catalog={catalog} code={code} /> (advised, not required)
            </li>
          ))}
        </ul>
      )}
      {next.length > 0 && (
        <>
          <h3>Where it leads</h3>
          <ul>
            {next.map((c) => (
              <li key={c.code}>
                <CertLink catalog={catalog} code={c.code} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
