import { useId } from 'react';
import { realCatalog } from '@/domain/real-catalog';
import { formatDate } from '@/lib/format';
import { SourceLink } from '@/ui/source-link';
import type { Certification, LinkKind } from '@/domain/schema';
import './cert-links.css';

/** What each of the vendor's pages is for, in the order someone preparing uses them. */
export const LINK_LABELS: Record<LinkKind, string> = {
  studyGuide: 'Study guide (skills measured)',
  certification: 'Certification page',
  course: 'Course or learning path',
  practice: 'Free practice assessment',
  sandbox: 'Exam sandbox (try the exam’s interface)',
  booking: 'Book the exam',
};

/**
 * The vendor's own pages for preparing and booking, each named, dated and linked: on the
 * exam's catalogue page, and as "what to do next" for a step of the roadmap.
 */
export function CertLinks({
  cert,
  title = 'Prepare and book',
  level = 2,
}: {
  cert: Certification;
  title?: string;
  level?: 2 | 3;
}) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  const entries = (Object.keys(LINK_LABELS) as LinkKind[]).flatMap((kind) => {
    const id = cert.links[kind];
    return id ? [[kind, id] as const] : [];
  });
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      <dl className="cert-links">
        {entries.map(([kind, id]) => (
          <div key={kind}>
            <dt>{LINK_LABELS[kind]}</dt>
            <dd>
              <SourceLink sourceId={id} show="title" />
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted cert-links-asof">
        Each page with its own date; an undated page is as listed in Certpath’s catalogue of{' '}
        {formatDate(realCatalog().meta.checkedOn)}.
      </p>
    </section>
  );
}
