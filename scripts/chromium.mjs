// Debian's Chromium and the flags every tool here launches it with (Playwright tests,
// screenshots, Lighthouse). Nothing downloads a browser; CHROMIUM_PATH points elsewhere if needed.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
