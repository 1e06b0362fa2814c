import { formatDate, formatDateBetween, formatHours, formatUsd, formatWeeks } from '@/lib/format';
import type { StudyPlan } from '@/domain/study-plan';

/** The plan at a glance: time, weeks, finish date (each a range with its likely value) and fees. */
export function TotalsCards({ totals }: { totals: StudyPlan['totals'] }) {
  const items = [
    { label: 'Study time', value: formatHours(totals.hours), note: null },
    {
      label: 'Weeks',
      value: formatWeeks(totals.weeksRange),
      note: `${totals.weeks} likely`,
    },
    {
      label: 'Finish',
      value: formatDate(totals.finish.likely),
      note:
        totals.finish.earliest === totals.finish.latest
          ? null
          : `likely; ${formatDateBetween(totals.finish)}`,
    },
    { label: 'Exam fees', value: formatUsd(totals.feesUsd), note: null },
  ];
  return (
    <dl className="totals-cards" aria-label="Plan totals">
      {items.map((item) => (
        <div key={item.label} className="totals-card card">
          <dt>{item.label}</dt>
          <dd>
            {item.value}
            {item.note && <small className="totals-card-note">{item.note}</small>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
