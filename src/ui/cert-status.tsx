import { Link } from 'react-router';
import { certStatusAt } from '@/domain/catalog-model';
import type { Certification } from '@/domain/schema';
import { formatDate } from '@/lib/format';
import { useHydrated } from '@/lib/use-hydrated';
import './cert-status.css';

interface CertStatusProps {
  cert: Certification;
  /** The day the status is judged on (the user's today or the plan's date). */
  date: string;
  /** Link the successor's code to its catalogue page. */
  linkSuccessor?: boolean;
}

/** "Active", "Retiring on 31 Jul 2026 → AI-200" or "Retired on 30 Jun 2026 → AI-103", in words. */
export function CertStatus({ cert, date, linkSuccessor = true }: CertStatusProps) {
  const { retiresOn, successor } = cert.status;
  // Whether a dated exam is retiring or retired depends on the day: the build's HTML (shown
  // until the app starts, and with JavaScript off) says only when it retires.
  const undated = !useHydrated() && retiresOn !== null;
  const status = undated ? 'retiring' : certStatusAt(cert, date);
  const word = undated
    ? 'Retires on'
    : status === 'active'
      ? 'Active'
      : status === 'retiring'
        ? 'Retiring on'
        : 'Retired on';
  return (
    <span className={`cert-status cert-status--${status}`}>
      <span className="cert-status-mark" aria-hidden="true" />
      {word}
      {retiresOn !== null && (
        <>
          {' '}
          <span className="cert-status-date">{formatDate(retiresOn)}</span>
        </>
      )}
      {status !== 'active' && successor !== null && (
        <>
          {' '}
          <span className="cert-status-successor">
            <span aria-hidden="true">→</span>
            <span className="visually-hidden">, replaced by</span>{' '}
            {linkSuccessor ? <Link to={`/certs/${successor}`}>{successor}</Link> : successor}
          </span>
        </>
      )}
    </span>
  );
}
