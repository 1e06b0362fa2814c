/** data/catalogue.json's checkedOn, set by the build (vite.config.ts). */
declare const __CATALOGUE_CHECKED_ON__: string;
/**
 * True only in the browser tests' second build (tests/e2e/global-setup.ts), which plays the
 * next release: its store version is one ahead (src/store/store-version.ts).
 */
declare const __NEXT_RELEASE_DRILL__: boolean;
