import { SourceLink } from '@/ui/source-link';
import type { Certification, LinkKind } from '@/domain/schema';

/** What each of the vendor's pages is for, in the order someone preparing uses them. */
export const LINK_LABELS: Record<LinkKind, string> = {
  studyGuide: 'Study guide (skills measured)',
  certification: 'Certification page',
  course: 'Course or learning path',
  practice: 'Free practice assessment',
  sandbox: 'Exam sandbox (try the exam’s interface)',
  booking: 'Book the exam',
};

/** The vendor's own pages for preparing and booking, each named, dated and linked. */
export function CertLinks({ cert }: { cert: Certification }) {
  const entries = (Object.keys(LINK_LABELS) as LinkKind[]).flatMap((kind) => {
    const id = cert.links[kind];
    return id ? [[kind, id] as const] : [];
  });
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="cert-links-heading">
      <h2 id="cert-links-heading">Prepare and book</h2>
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
    </section>
  );
}
