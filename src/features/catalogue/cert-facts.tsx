import { formatHours } from '@/lib/format';
import { ExamFacts } from '@/ui/exam-facts';
import { SourceLink } from '@/ui/source-link';
import type { Certification } from '@/domain/schema';
import { levelLabels, vendorLabels } from '@/features/catalogue/catalogue-view';

/** The exam's key facts: vendor, level, price, time, passing score, validity, study time. */
export function CertFacts({ cert }: { cert: Certification }) {
  const { exam, validity } = cert;
  return (
    <section className="card cert-facts" aria-labelledby="cert-facts-heading">
      <h2 id="cert-facts-heading">Exam facts</h2>
      <ExamFacts
        cert={cert}
        before={
          <>
            <dt>Vendor</dt>
            <dd>{vendorLabels[cert.vendor]}</dd>
            <dt>Level</dt>
            <dd>{levelLabels[cert.level]}</dd>
            <dt>Exam</dt>
            <dd className="cert-facts-plain">{cert.examTitle}</dd>
          </>
        }
        after={
          <>
            <dt>Typical study time</dt>
            <dd>{formatHours(cert.studyHours)}</dd>
          </>
        }
      />
      <ul className="cert-facts-sources">
        <li>
          Exam facts: <SourceLink sourceId={exam.source} />
        </li>
        <li>
          Validity: <SourceLink sourceId={validity.source} />
        </li>
        <li>
          Study time: <SourceLink sourceId={cert.studyHours.source} />
        </li>
      </ul>
    </section>
  );
}
