import type { ReactNode } from 'react';
import type { Certification } from '@/domain/schema';
import { formatUsd, passingScoreLabel, validityLabel } from '@/lib/format';
import './exam-facts.css';

/**
 * An exam's facts as one list, worded the same wherever they appear (the catalogue's exam
 * page, the roadmap's details panel): price, duration, passing score and validity with its
 * renewal rule. `before` and `after` add rows (`<dt>`/`<dd>` pairs) for the page's own facts.
 */
export function ExamFacts({
  cert,
  before,
  after,
}: {
  cert: Certification;
  before?: ReactNode;
  after?: ReactNode;
}) {
  const { exam, validity } = cert;
  return (
    <dl className="exam-facts">
      {before}
      <dt>Price</dt>
      <dd>{formatUsd(exam.priceUsd)}</dd>
      <dt>Duration</dt>
      <dd>{exam.durationMinutes} minutes</dd>
      <dt>Passing score</dt>
      <dd>{passingScoreLabel(exam)}</dd>
      <dt>Validity</dt>
      <dd>
        {validityLabel(validity.months)}
        <span className="exam-facts-note">{validity.renewal}</span>
      </dd>
      {after}
    </dl>
  );
}
