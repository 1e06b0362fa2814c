/**
 * The user's calendar day as `YYYY-MM-DD`. The only place the app reads the clock:
 * the engine takes `today` as an input so every rule is testable at any date.
 */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  // Local date, not UTC: at 23:30 in Seattle "today" is still the user's today.
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The current instant as an ISO timestamp: when a saved plan was changed (newest wins across tabs). */
export function nowStamp(): string {
  return new Date().toISOString();
}
