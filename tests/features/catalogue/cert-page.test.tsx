import { screen, within } from '@testing-library/react';
import { renderCatalogue } from './render-catalogue';

const clock = vi.hoisted(() => ({ today: '2026-09-01' }));
vi.mock('@/store/today', () => ({ todayIso: () => clock.today }));

beforeEach(() => {
  clock.today = '2026-09-01';
});

/** The value next to a term in the exam facts list. */
function fact(term: string): string {
  const facts = screen.getByRole('region', { name: 'Exam facts' });
  const dt = within(facts).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

describe('certification page', () => {
  it('shows the facts of AI-102', async () => {
    renderCatalogue('/certs/AI-102');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'AI-102: Azure AI Engineer Associate' }),
    ).toBeInTheDocument();
    expect(fact('Vendor')).toBe('Microsoft');
    expect(fact('Level')).toBe('Associate');
    expect(fact('Price')).toBe('$165');
    expect(fact('Duration')).toBe('100 minutes');
    expect(fact('Passing score')).toBe('700 of 1000');
    expect(fact('Validity')).toMatch(/^1 year/);
    expect(fact('Typical study time')).toBe('80–120 hours');
  });

  it('after 30 Jun 2026 says AI-102 is retired, links its successor AI-103 and that renewals ended', async () => {
    renderCatalogue('/certs/AI-102');
    const status = await screen.findByRole('region', { name: 'Status' });
    expect(status).toHaveTextContent(/Retired on .*2026.*AI-103/);
    expect(within(status).getByRole('link', { name: 'AI-103' })).toHaveAttribute(
      'href',
      '/certs/AI-103',
    );
    expect(status).toHaveTextContent(/Renewals ended on .*2026/);
    expect(status).toHaveTextContent(/cannot renew/);
  });

  it('lists the skills outline with its weights', async () => {
    renderCatalogue('/certs/AI-102');
    const skills = await screen.findByRole('table', { name: /Skills outline of/ });
    const row = within(skills)
      .getByRole('rowheader', { name: 'Plan and manage an Azure AI solution' })
      .closest('tr')!;
    expect(within(row).getByRole('cell')).toHaveTextContent('20–25%');
    expect(within(skills).getAllByRole('rowheader')).toHaveLength(6);
  });

  it('on the successor AI-103 names the exam it replaces and links Microsoft Learn', async () => {
    renderCatalogue('/certs/AI-103');
    const status = await screen.findByRole('region', { name: 'Status' });
    expect(within(status).getByRole('link', { name: 'AI-102' })).toHaveAttribute(
      'href',
      '/certs/AI-102',
    );
    expect(status).toHaveTextContent(/Replaces AI-102/);
    const prepare = screen.getByRole('region', { name: 'Prepare and book' });
    expect(
      within(prepare).getByRole('link', { name: /Study guide for Exam AI-103/ }),
    ).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/en-us/credentials/certifications/resources/study-guides/ai-103',
    );
    expect(prepare).toHaveTextContent('Microsoft Learn, 16 Apr 2026');
    expect(within(prepare).getByRole('link', { name: /Exam sandbox/ })).toHaveAttribute(
      'href',
      'https://aka.ms/examdemo',
    );
  });

  it('warns when a credential’s facts rest on third-party pages', async () => {
    renderCatalogue('/certs/AB-100');
    expect(await screen.findByRole('note')).toHaveTextContent(
      /Third-party facts.*verify them on the vendor’s site/i,
    );
  });

  it('has a skills outline for every Microsoft exam on the path', async () => {
    for (const code of ['AZ-900', 'AZ-305', 'AZ-400', 'AI-200']) {
      const { unmount } = renderCatalogue(`/certs/${code}`);
      const skills = await screen.findByRole('region', { name: 'Skills measured' });
      expect(within(skills).getByRole('table')).toBeInTheDocument();
      unmount();
    }
  });

  it('shows no third-party warning for a vendor-documented exam', async () => {
    renderCatalogue('/certs/AZ-305');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('gives AZ-305 its official prerequisite AZ-104', async () => {
    renderCatalogue('/certs/AZ-305');
    const section = await screen.findByRole('region', { name: 'Before and after this exam' });
    const prereqs = within(section).getAllByRole('list')[0]!;
    expect(within(prereqs).getAllByRole('listitem')).toHaveLength(1);
    expect(prereqs).toHaveTextContent(/^You must hold AZ-104/);
    expect(within(prereqs).getByRole('link', { name: 'AZ-104' })).toHaveAttribute(
      'href',
      '/certs/AZ-104',
    );
    expect(prereqs).not.toHaveTextContent('AZ-204');
  });

  it('shows an any-of prerequisite as "or" (AZ-400: AZ-104 or AZ-204)', async () => {
    renderCatalogue('/certs/AZ-400');
    const section = await screen.findByRole('region', { name: 'Before and after this exam' });
    expect(within(section).getAllByRole('list')[0]).toHaveTextContent(
      /You must hold AZ-104 .* or AZ-204/,
    );
  });

  it('says "Not published" for a passing score the vendor keeps to itself', async () => {
    renderCatalogue('/certs/GCP-PMLE');
    await screen.findByRole('heading', { level: 1 });
    expect(fact('Passing score')).toBe('Not published');
    expect(fact('Validity')).toMatch(/^2 years/);
    expect(fact('Vendor')).toBe('Google Cloud');
  });

  it('lists its sources with as-of dates', async () => {
    renderCatalogue('/certs/AI-102');
    const sources = await screen.findByRole('region', { name: 'Sources' });
    const items = within(sources).getAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items)
      expect(item).toHaveTextContent(/, (\d+ )?[A-Z][a-z]{2} \d{4}|undated page|Certpath estimate/);
    expect(within(sources).getByRole('link', { name: /Exam AI-102/ })).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/en-us/credentials/certifications/resources/study-guides/ai-102',
    );
  });

  it('finds a code typed in lower case', async () => {
    const { router } = renderCatalogue('/certs/ai-102');
    expect(await screen.findByRole('heading', { level: 1, name: /^AI-102:/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/certs/AI-102');
  });

  it('for an unknown code suggests the close ones ("AI-10" → AI-102, AI-103)', async () => {
    renderCatalogue('/certs/AI-10');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Certification not found' }),
    ).toBeInTheDocument();
    const suggestions = screen.getByRole('region', { name: 'Did you mean' });
    const links = within(suggestions)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links.slice(0, 2)).toEqual(['AI-102', 'AI-103']);
    expect(within(suggestions).getByRole('link', { name: 'AI-102' })).toHaveAttribute(
      'href',
      '/certs/AI-102',
    );
    expect(screen.getByRole('link', { name: /Browse all \d+ certifications/ })).toHaveAttribute(
      'href',
      '/certs',
    );
  });

  it('for a code with nothing close offers only the catalogue', async () => {
    renderCatalogue('/certs/ZZZZ-9999');
    await screen.findByRole('heading', { level: 1, name: 'Certification not found' });
    expect(screen.queryByRole('region', { name: 'Did you mean' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Browse all/ })).toBeInTheDocument();
  });
});
