import { Link } from 'react-router';
import { CertStatus } from '@/ui/cert-status';
import type { Catalog } from '@/domain/catalog-model';
import { resolveCode } from '@/domain/catalog-model';

/** The article's path as it stands on `today`: each step resolved to the exam current then. */
export function SeedPath({ catalog, today }: { catalog: Catalog; today: string }) {
  const { track } = catalog;
  const steps = [
    { codes: [track.cloudBasics], role: 'Optional, if you are new to the cloud' },
    { codes: [track.aiBasics], role: 'Optional, for basic AI concepts' },
    { codes: [track.core], role: 'The core exam of the Azure AI Engineer' },
    { codes: track.specialisations, role: 'Specialise: architecture or DevOps' },
  ].map((step) => ({ ...step, codes: step.codes.map((c) => resolveCode(catalog, c, today)) }));
  return (
    <section aria-labelledby="home-path">
      <h2 id="home-path">The path today</h2>
      <p className="muted">
        {steps.map((s) => s.codes.join(' or ')).join(' → ')}. Most experienced developers skip the
        two fundamentals exams; your plan decides for you and says why.
      </p>
      <ol className="seed-path">
        {steps.map((step) => (
          <li key={step.codes.join()} className="seed-step card">
            <p className="seed-step-role">{step.role}</p>
            {step.codes.map((code, i) => {
              const cert = catalog.byCode.get(code);
              return (
                <div key={code} className="seed-step-cert">
                  {i > 0 && <p className="seed-step-or">or</p>}
                  <h3>
                    <Link to={`/certs/${code}`}>{code}</Link>
                    {cert && <span className="seed-step-name">{cert.name}</span>}
                  </h3>
                  {cert && <CertStatus cert={cert} date={today} />}
                </div>
              );
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
