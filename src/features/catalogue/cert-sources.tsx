import { SourceLink } from '@/ui/source-link';
import type { Certification } from '@/domain/schema';

/** Every page the certification's facts come from, with its as-of date. */
export function CertSources({ cert }: { cert: Certification }) {
  return (
    <section aria-labelledby="cert-sources-heading">
      <h2 id="cert-sources-heading">Sources</h2>
      <ul className="cert-sources">
        {cert.sources.map((id) => (
          <li key={id}>
            <SourceLink sourceId={id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
