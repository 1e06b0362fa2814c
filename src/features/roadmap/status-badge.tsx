import type { StepStatus } from '@/domain/roadmap';
import './status-badge.css';

const labels: Record<StepStatus, string> = {
  held: 'Held',
  required: 'Required',
  recommended: 'Recommended',
  optional: 'Optional',
  'not-needed': 'Not needed',
};

/** The words a status is shown with (badges, legends, list views). */
export function statusLabel(status: StepStatus): string {
  return labels[status];
}

// A distinct shape per status so the badge reads without colour (and in print).
function StatusIcon({ status }: { status: StepStatus }) {
  const common = {
    width: 14,
    height: 14,
    viewBox: '0 0 16 16',
    'aria-hidden': true,
    focusable: false,
  };
  switch (status) {
    case 'held':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path
            d="M4.5 8.3l2.2 2.2 4.8-5"
            fill="none"
            stroke="var(--color-surface)"
            strokeWidth="2"
          />
        </svg>
      );
    case 'required':
      return (
        <svg {...common}>
          <path d="M8 1l7 7-7 7-7-7z" fill="currentColor" />
        </svg>
      );
    case 'recommended':
      return (
        <svg {...common}>
          <path
            d="M8 1.2l2.1 4.4 4.8.6-3.5 3.3.9 4.8L8 12l-4.3 2.3.9-4.8L1.1 6.2l4.8-.6z"
            fill="currentColor"
          />
        </svg>
      );
    case 'optional':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
    case 'not-needed':
      return (
        <svg {...common}>
          <path d="M3 8h10" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      );
  }
}

/** A step's status as icon + word, tinted with the status colour. */
export function StatusBadge({ status }: { status: StepStatus }) {
  return (
    <span className={`status-badge status-badge--${status}`}>
      <StatusIcon status={status} />
      {labels[status]}
    </span>
  );
}
