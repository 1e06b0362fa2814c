import { checkData, prerenderPaths, renderPage } from '@/prerender';
import { realCatalog } from '@/domain/real-catalog';
import { routes } from '@/routes/routes';

// The build writes these pages' HTML (scripts/prerender-plugin.ts); it is on screen until the
// app has hydrated it, for every visitor and on every day after the build.
describe('prerendered pages', () => {
  const titleOf = (path: string) => prerenderPaths().find((p) => p.path === path)?.title;

  it('accepts the bundled data (the build refuses to finish otherwise)', () => {
    expect(checkData()).toBeNull();
  });

  it('covers every route of the manifest, every exam and the not-found page included', () => {
    const paths = prerenderPaths().map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/plan', '/roadmap', '/salary', '/compare', '/certs', '/404']),
    );
    for (const cert of realCatalog().certifications) expect(paths).toContain(`/certs/${cert.code}`);
    expect(new Set(prerenderPaths().map((p) => p.module))).toEqual(
      new Set(routes.map((r) => r.module)),
    );
  });

  it('writes the landing page in full, the path as of the build day included', async () => {
    const html = await renderPage('/');
    expect(titleOf('/')).toBe('Plan your path to Azure AI Engineer');
    expect(html).toContain('<h1>Plan your path to Azure AI Engineer</h1>');
    expect(html).toContain('Start your plan');
    expect(html).toContain('The path today');
    // Whether a retirement date has passed waits for the day the page is read.
    expect(html).toContain('retirement:');
    expect(html).not.toMatch(/retire[sd] on/);
    expect(html).toMatch(/aria-current="page"[^>]*href="\/"/);
  });

  it.each([
    ['/roadmap', 'Your roadmap'],
    ['/salary', 'Is it worth it?'],
    ['/plan', 'Your background'],
    ['/compare', 'Compare paths'],
  ])('shows %s as its frame: never a default plan dated on the build day', async (path, h1) => {
    const html = await renderPage(path);
    expect(titleOf(path)).toBe(h1);
    expect(html).toContain(`<h1>${h1}</h1>`);
    expect(html).toContain('Loading your plan…');
    expect(html).not.toMatch(/AZ-900|\$\d/);
  });

  it('writes controls disabled until hydrated: nothing chosen before the app runs is lost', async () => {
    const html = await renderPage('/certs');
    expect(html).toMatch(/<select id="theme-select"[^>]*disabled=""/);
    // Every control of the page sits in its fieldset, disabled as a whole.
    expect(html).toMatch(/<fieldset class="page-controls" disabled="" role="presentation">/);
    const page = html.slice(html.indexOf('<fieldset class="page-controls"'));
    expect(page.match(/<(button|input|select)\b/g)?.length).toBeGreaterThan(3);
  });

  it('never says whether an exam has retired: that depends on the day it is read', async () => {
    for (const path of ['/certs', '/certs/AI-102', '/certs/AI-900']) {
      const html = await renderPage(path);
      expect(html).not.toMatch(/Retired on|Retiring on|Renewals ended/);
    }
    expect(await renderPage('/certs/AI-102')).toContain('Retires on');
  });

  it('writes an exam page with its facts, titled by the exam', async () => {
    const html = await renderPage('/certs/AI-102');
    expect(titleOf('/certs/AI-102')).toMatch(/^AI-102: /);
    expect(html).toContain(`<h1>${titleOf('/certs/AI-102')}</h1>`);
    expect(html).toContain('Azure AI Engineer');
  });

  it('writes the not-found page without naming an address it cannot know', async () => {
    const html = await renderPage('/404');
    expect(titleOf('/404')).toBe('Page not found');
    expect(html.replace(/<!-- -->/g, '')).toContain('There is no page at this address');
  });
});
