/** Colour-blind-safe colour plus a dash pattern per path, so no line relies on colour alone. */
export const SERIES_STYLES = [
  { color: 'var(--series-1)', dash: undefined },
  { color: 'var(--series-2)', dash: '10 5' },
  { color: 'var(--series-3)', dash: '2 4' },
  { color: 'var(--series-4)', dash: '14 4 3 4' },
] as const;
export const BASELINE_STYLE = { color: 'var(--series-baseline)', dash: '5 5' } as const;

/** The most paths one chart draws or one comparison shows: one per series token. */
export const MAX_SALARY_PATHS = SERIES_STYLES.length;
