/**
 * Salary overrides as older versions wrote them (stored state v2, plan files v1, share links
 * v1) → today's keys. A single job-search lag becomes a range of one value; the senior step-up
 * year is gone (levels now follow relevant experience, from data). Unknown keys pass through,
 * so the caller's schema names them.
 */
export function upgradeOverrides(raw: Record<string, unknown>): Record<string, unknown> {
  const { jobSearchLagMonths, promotionYears: _dropped, ...rest } = raw;
  if (jobSearchLagMonths === undefined) return rest;
  return {
    jobSearchLagMinMonths: jobSearchLagMonths,
    jobSearchLagMaxMonths: jobSearchLagMonths,
    ...rest,
  };
}
