import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** The day every browser test lives on, so plans and dates are stable. */
export const TODAY = new Date('2026-11-27T10:00:00');

interface Guard {
  problems: string[];
}

/**
 * A page with a fixed clock that fails the test on any console error, page error or request
 * leaving the app's origin (Certpath is private: nothing may leave the browser).
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const guard: Guard = { problems: [] };
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      // An unknown address is answered with the not-found page and a real 404, which the
      // browser logs; that one is the point, not a problem.
      let notFoundPages = 0;
      page.on('response', (res) => {
        if (res.status() === 404 && res.request().resourceType() === 'document') notFoundPages++;
      });
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        if (notFoundPages > 0 && /status of 404/.test(msg.text())) {
          notFoundPages--;
          return;
        }
        guard.problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => guard.problems.push(`page error: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) guard.problems.push(`request left the origin: ${url}`);
      });
      await page.clock.setFixedTime(TODAY);
      await use(guard);
      expect(guard.problems, 'no console errors, page errors or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe (WCAG 2.1 AA rules) on the page and expects no violations. */
export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < 700;
