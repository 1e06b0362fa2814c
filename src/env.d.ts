/** data/catalogue.json's checkedOn, set by the build (vite.config.ts). */
declare const __CATALOGUE_CHECKED_ON__: string;
