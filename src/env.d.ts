/** The day of the build (YYYY-MM-DD, vite.config.ts): "today" in the HTML it writes. */
declare const __BUILD_DAY__: string;
/** data/catalogue.json's checkedOn, set by the build (vite.config.ts). */
declare const __CATALOGUE_CHECKED_ON__: string;
/**
 * True only in the browser tests' second build (tests/e2e/global-setup.ts), which plays the
 * next release: its store version is one ahead (src/store/store-version.ts).
 */
declare const __NEXT_RELEASE_DRILL__: boolean;

interface Window {
  /** Set by src/main.tsx when the app's code has run (read by src/load-check.ts). */
  certpathStarted?: boolean;
}
