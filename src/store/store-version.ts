/** Bump with a new step in `migrate` (migrations.ts) whenever the persisted shape changes. */
const CURRENT = 6;

/**
 * The version this build writes. The browser tests' second build plays the next release
 * (tests/e2e/updates.spec.ts: two builds on one origin), so its version is one ahead.
 */
export const STORE_VERSION = __NEXT_RELEASE_DRILL__ ? CURRENT + 1 : CURRENT;
