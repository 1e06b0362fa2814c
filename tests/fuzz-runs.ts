/**
 * How many cases a property or fuzz test tries. `npm test` tries a few hundred of each (a quick
 * check on every run); `npm run test:fuzz` (CERTPATH_FUZZ=full, which CI runs) tries the full
 * count each test names.
 */
export function fuzzRuns(full: number): number {
  if (env.CERTPATH_FUZZ === 'full') return full;
  return Math.min(full, QUICK_RUNS);
}

const QUICK_RUNS = 200;

// Tests run in Node; the app's types have no `process`.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env;
