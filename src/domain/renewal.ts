import { addDays, addMonths } from '@/domain/dates';
import type { Certification } from '@/domain/schema';

/**
 * Validity and renewal of a certification, read from its data (never from its level: an AWS
 * foundational certification lasts three years, a Microsoft fundamentals one never expires).
 */

/** Expiry of a certification earned on a day; null when it never expires or the day is unknown. */
export function expiryOf(cert: Certification, earnedOn: string | null): string | null {
  if (earnedOn === null || cert.validity.months === null) return null;
  return addMonths(earnedOn, cert.validity.months);
}

/** Whether the certification expires at all (a held one without a date still does). */
export const expires = (cert: Certification): boolean => cert.validity.months !== null;

/** The first day the renewal window is open, or null when the vendor offers no window. */
export function renewalOpensOn(cert: Certification, expiresOn: string): string | null {
  const window = cert.validity.renewalWindow;
  if (window === null) return null;
  return 'months' in window
    ? addMonths(expiresOn, -window.months)
    : addDays(expiresOn, -window.days);
}

/**
 * The last day renewals are possible at all: the vendor's end of renewals, and at the latest the
 * exam's retirement (a retired certification stays valid until it expires but cannot be
 * renewed). Null: no end is known.
 */
export function renewalEndsOn(cert: Certification): string | null {
  const ends = [cert.status.renewalEndsOn, cert.status.retiresOn].filter(
    (d): d is string => d !== null,
  );
  return ends.length === 0 ? null : ends.reduce((a, b) => (a < b ? a : b));
}

/**
 * Whether a certification expiring on `expiresOn` can still be renewed on some day from
 * `today` on: the window must open before the certification lapses and before renewals end.
 * An unknown expiry is judged as if the window were open today.
 */
export function renewableAt(cert: Certification, expiresOn: string | null, today: string): boolean {
  if (cert.validity.renewalWindow === null) return false;
  const opens = expiresOn === null ? today : (renewalOpensOn(cert, expiresOn) ?? today);
  const first = opens > today ? opens : today;
  if (expiresOn !== null && first >= expiresOn) return false;
  const end = renewalEndsOn(cert);
  return end === null || first <= end;
}

/** One sentence on a certification's renewal in a plan, from its data and `renewable`. */
export function renewalSentence(
  cert: Certification,
  windowOpensOn: string | null,
  renewable: boolean,
  spell: (iso: string) => string,
): string {
  if (!renewable) {
    const next = cert.status.successor;
    if (cert.validity.renewalWindow === null && next === null)
      return 'Renew it by passing the exam again before it expires.';
    return next ? `Cannot be renewed: plan for its successor, ${next}.` : 'Cannot be renewed.';
  }
  const by = cert.validity.renewalWindow?.by;
  if (windowOpensOn === null || by === undefined)
    return 'Renew it by passing the exam again before it expires.';
  return by === 'free-assessment'
    ? `The free online renewal assessment opens ${spell(windowOpensOn)}.`
    : `Recertification (sitting the current exam) opens ${spell(windowOpensOn)}.`;
}
