/** Bump with a new step in `migrate` (migrations.ts) whenever the persisted shape changes. */
export const STORE_VERSION = 3;
