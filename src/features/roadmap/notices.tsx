import type { Notice, NoticeKind } from '@/domain/roadmap';

const titles: Record<NoticeKind, string> = {
  'held-retired': 'Retired exam',
  'renewal-impossible': 'Cannot be renewed',
  'retires-during-plan': 'Retires during your plan',
  'held-expired': 'Expired certification',
  'assumed-prerequisite': 'An assumption about prerequisites',
  'booked-too-early': 'A booking the plan cannot keep',
  'booked-too-soon': 'A booking that needs more hours a week',
};

/** The engine's warnings about retirements and renewals, as callouts. */
export function Notices({ notices }: { notices: Notice[] }) {
  if (notices.length === 0) return null;
  return (
    <section className="roadmap-notices" aria-labelledby="roadmap-notices-title">
      <h2 id="roadmap-notices-title" className="visually-hidden">
        Things to know
      </h2>
      <ul>
        {notices.map((n) => (
          <li key={`${n.kind}:${n.code}`} className="callout callout-warning">
            <strong>
              {titles[n.kind]} ({n.code}):
            </strong>{' '}
            {n.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
