import { formatDate, formatHours, formatUsd } from '@/components/format';
import type { StudyPlan } from '@/domain/study-plan';

/** The plan at a glance: time, weeks, finish date and exam fees. */
export function TotalsCards({ totals }: { totals: StudyPlan['totals'] }) {
  const items = [
    { label: 'Study time', value: formatHours(totals.hours) },
    { label: 'Weeks', value: String(totals.weeks) },
    { label: 'Finish', value: formatDate(totals.finishDate) },
    { label: 'Exam fees', value: formatUsd(totals.feesUsd) },
  ];
  return (
    <dl className="totals-cards" aria-label="Plan totals">
      {items.map((item) => (
        <div key={item.label} className="totals-card card">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
