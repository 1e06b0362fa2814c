import { formatDate, weightText } from '@/lib/format';
import { SourceLink } from '@/ui/source-link';
import type { Certification } from '@/domain/schema';

/** The skills outline with the share of the exam each area carries. */
export function CertSkills({ cert }: { cert: Certification }) {
  const { skills } = cert;
  return (
    <section aria-labelledby="cert-skills-heading">
      <h2 id="cert-skills-heading">Skills measured</h2>
      {skills === null ? (
        <p className="muted">
          The catalogue has no skills outline for this exam; the vendor&rsquo;s exam page lists the
          current one.
        </p>
      ) : (
        <>
          <div className="table-scroll">
            <table>
              <caption>
                {skills.outlineDate === null
                  ? 'Skills outline (undated)'
                  : `Skills outline of ${formatDate(skills.outlineDate)}`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Skills area</th>
                  <th scope="col" className="numeric">
                    Share of the exam
                  </th>
                </tr>
              </thead>
              <tbody>
                {skills.areas.map((area) => (
                  <tr key={area.id}>
                    <th scope="row">{area.name}</th>
                    <td className="numeric">{weightText(area.weight, skills.approximate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="cert-source-line">
            Source: <SourceLink sourceId={skills.source} />
          </p>
        </>
      )}
    </section>
  );
}
