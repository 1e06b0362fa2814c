/** The newest asOf in data/sources.json, set by vite.config.ts at build time ("Data as of"). */
declare const __DATA_AS_OF__: string;
