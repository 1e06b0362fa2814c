import { Link } from 'react-router';
import { CertStatus } from '@/components/cert-status';
import type { Catalog } from '@/domain/catalog-model';

// The classic path from the career article Certpath grew from; facts come from the catalogue.
const steps: { codes: string[]; role: string }[] = [
  { codes: ['AZ-900'], role: 'Optional, if you are new to the cloud' },
  { codes: ['AI-900'], role: 'Optional, for basic AI concepts' },
  { codes: ['AI-102'], role: 'The core exam of the Azure AI Engineer' },
  { codes: ['AZ-305', 'AZ-400'], role: 'Specialise: architecture or DevOps' },
];

/** The seed path with each exam's status today, so retirements show where they bite. */
export function SeedPath({ catalog, today }: { catalog: Catalog; today: string }) {
  return (
    <section aria-labelledby="home-path">
      <h2 id="home-path">The classic path, as it stands today</h2>
      <p className="muted">
        Most experienced developers skip the two fundamentals exams. Your plan decides for you and
        says why.
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
