import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/**
 * The browser tests serve two builds on one origin (scripts/serve-dist.mjs): dist/, and
 * dist-next/, a second build standing in for the next release (its store version is one ahead:
 * src/store/store-version.ts). The second is made here whenever it is missing or older than
 * dist/; it takes a few seconds.
 */
export default function globalSetup() {
  if (!existsSync('dist/index.html'))
    throw new Error('No build in dist/: run npm run build first.');
  const stale =
    !existsSync('dist-next/index.html') ||
    statSync('dist-next/index.html').mtimeMs < statSync('dist/index.html').mtimeMs;
  if (!stale) return;
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', 'dist-next', '--emptyOutDir', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
      env: { ...process.env, CERTPATH_NEXT_RELEASE_DRILL: '1' },
    },
  );
}
