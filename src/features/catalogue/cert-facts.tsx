import { formatHours, formatUsd, passingScoreLabel, validityLabel } from '@/components/format';
import { SourceLink } from '@/components/source-link';
import type { Certification } from '@/domain/schema';
import { levelLabels, vendorLabels } from '@/features/catalogue/catalogue-view';

/** The exam's key facts: vendor, level, price, time, passing score, validity, study time. */
export function CertFacts({ cert }: { cert: Certification }) {
  const { exam, validity } = cert;
  return (
    <section className="card cert-facts" aria-labelledby="cert-facts-heading">
      <h2 id="cert-facts-heading">Exam facts</h2>
      <dl>
        <dt>Vendor</dt>
        <dd>{vendorLabels[cert.vendor]}</dd>
        <dt>Level</dt>
        <dd>{levelLabels[cert.level]}</dd>
        <dt>Exam</dt>
        <dd className="cert-facts-plain">{cert.examTitle}</dd>
        <dt>Price</dt>
        <dd>{formatUsd(exam.priceUsd)}</dd>
        <dt>Duration</dt>
        <dd>{exam.durationMinutes} minutes</dd>
        <dt>Passing score</dt>
        <dd>{passingScoreLabel(exam)}</dd>
        <dt>Validity</dt>
        <dd>
          {validityLabel(validity.months)}
          <span className="cert-facts-note">{validity.renewal}</span>
        </dd>
        <dt>Typical study time</dt>
        <dd>{formatHours(cert.studyHours)}</dd>
      </dl>
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
