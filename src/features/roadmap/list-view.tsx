import { formatDate, formatDateBetween, formatHours, formatWeeks } from '@/lib/format';
import { StatusBadge } from '@/features/roadmap/status-badge';
import { certName, retiredText } from '@/features/roadmap/step-info';
import type { StepInfo } from '@/features/roadmap/step-info';
import './list-view.css';

interface ListViewProps {
  infos: StepInfo[];
  selectedCode: string | null;
  onOpen: (code: string) => void;
}

/** The roadmap as an ordered list: the graph's content for phones and screen readers. */
export function ListView({ infos, selectedCode, onOpen }: ListViewProps) {
  return (
    <section className="list-view" aria-labelledby="list-view-title">
      <h2 id="list-view-title" className="visually-hidden">
        Roadmap steps in order
      </h2>
      <ol className="list-view-steps" aria-labelledby="list-view-title">
        {infos.map((info) => (
          <ListItem
            key={info.step.code}
            info={info}
            open={info.step.code === selectedCode}
            onOpen={onOpen}
          />
        ))}
      </ol>
    </section>
  );
}

function ListItem({
  info,
  open,
  onOpen,
}: {
  info: StepInfo;
  open: boolean;
  onOpen: (code: string) => void;
}) {
  const { step, scheduled } = info;
  const name = certName(info);
  return (
    <li className={`list-step card list-step--${step.status}`}>
      <div className="list-step-head">
        <h3>
          {step.code} <span className="list-step-name">{name}</span>
        </h3>
        <StatusBadge status={step.status} />
        {info.retired && <span className="list-step-retired">{retiredText(info)}</span>}
      </div>
      {info.progress && <p className="list-step-progress">{info.progress}</p>}
      {step.replaces && <p className="list-step-replaces">Replaces {step.replaces}</p>}
      <p>{step.reason}</p>
      {scheduled && (
        <dl className="list-step-facts">
          <div>
            <dt>Hours</dt>
            <dd>{formatHours(scheduled.hours)}</dd>
          </div>
          <div>
            <dt>Weeks</dt>
            <dd>
              {formatWeeks(scheduled.weeksRange)} ({scheduled.weeks} likely)
            </dd>
          </div>
          <div>
            <dt>Start</dt>
            <dd>{formatDate(scheduled.startDate)}</dd>
          </div>
          <div>
            <dt>Exam</dt>
            <dd>
              {formatDate(scheduled.examDate)}
              {scheduled.examDates.earliest !== scheduled.examDates.latest &&
                ` (${formatDateBetween(scheduled.examDates)})`}
            </dd>
          </div>
        </dl>
      )}
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? 'roadmap-details' : undefined}
        onClick={() => onOpen(step.code)}
      >
        Details{' '}
        <span className="visually-hidden">
          of {step.code} {name}
        </span>
      </button>
    </li>
  );
}
