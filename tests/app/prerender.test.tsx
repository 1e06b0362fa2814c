import { checkData, disableControls, prerenderPaths, renderPage } from '@/prerender';
import { realCatalog } from '@/domain/real-catalog';

// The build writes these pages' HTML (scripts/prerender-plugin.ts); it is on screen until the
// app has started, for every visitor and on every day after the build.
describe('prerendered pages', () => {
  it('accepts the bundled data (the build refuses to finish otherwise)', () => {
    expect(checkData()).toBeNull();
  });

  it('covers every page with an address of its own, every exam included', () => {
    const paths = prerenderPaths().map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/plan', '/roadmap', '/salary', '/compare', '/certs']),
    );
    for (const cert of realCatalog().certifications) expect(paths).toContain(`/certs/${cert.code}`);
  });

  it('writes the landing page in full, except the path as it stands today', async () => {
    const { html, title } = await renderPage('/');
    expect(title).toBe('Plan your path to Azure AI Engineer');
    expect(html).toContain('Start your plan');
    expect(html).toContain('Loading the certification path…');
    expect(html).toMatch(/aria-current="page"[^>]*href="\/"/);
  });

  it.each([
    ['/roadmap', 'Your roadmap'],
    ['/salary', 'Is it worth it?'],
    ['/plan', 'Your background'],
  ])('shows %s as a skeleton: never a default plan dated on the build day', async (path, h1) => {
    const { html, title } = await renderPage(path);
    expect(title).toBe(h1);
    expect(html).toContain('Loading your plan…');
    expect(html).not.toMatch(/AZ-900|\$\d/);
  });

  it('writes form controls disabled: nothing chosen before the app starts is lost', async () => {
    const { html } = await renderPage('/certs');
    const controls = html.match(/<(button|input|select|textarea)\b[^>]*>/g) ?? [];
    expect(controls.length).toBeGreaterThan(3); // theme, filters, sort buttons
    for (const control of controls) expect(control).toContain('disabled=""');
    expect(disableControls('<p>a &lt;select&gt; in text</p>')).toBe(
      '<p>a &lt;select&gt; in text</p>',
    );
  });

  it('never says whether an exam has retired: that depends on the day it is read', async () => {
    for (const path of ['/certs', '/certs/AI-102', '/certs/AI-900']) {
      const { html } = await renderPage(path);
      expect(html).not.toMatch(/Retired on|Retiring on|Renewals ended/);
    }
    expect((await renderPage('/certs/AI-102')).html).toContain('Retires on');
  });

  it('writes an exam page with its facts', async () => {
    const { html, title } = await renderPage('/certs/AI-102');
    expect(title).toContain('AI-102');
    expect(html).toContain('Azure AI Engineer');
  });
});
