import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourceLink } from '@/ui/source-link';
import { realCatalog } from '@/domain/real-catalog';
import type { PageSource } from '@/domain/schema';

describe('SourceLink', () => {
  const catalog = realCatalog();
  const pages = [...catalog.sources.values()].filter((s): s is PageSource => s.kind === 'page');

  it('names a page by its publisher and its own date, and links to it', () => {
    render(<SourceLink sourceId="career-article" />);
    const link = screen.getByRole('link', { name: /^cert-pass\.com, 30 May 2026/ });
    expect(link).toHaveAttribute(
      'href',
      'https://cert-pass.com/blog/azure-ai-engineer-career-path-2026-salary-skills-and-job-market-demand',
    );
    expect(link).toHaveAccessibleName(
      expect.stringContaining('Azure AI Engineer Career Path 2026'),
    );
    expect(link).toHaveAccessibleName(expect.stringContaining('opens in a new tab'));
    expect(screen.getByText(/third-party page/)).toBeInTheDocument();
  });

  it('says nothing about third parties for an agency’s own page', () => {
    const bls = pages.find((s) => s.id === 'bls-oews-software-developers')!;
    render(<SourceLink sourceId={bls.id} />);
    expect(screen.getByRole('link', { name: /^US Bureau of Labor Statistics, 2 Apr 2025/ }));
    expect(screen.queryByText(/third-party/)).not.toBeInTheDocument();
  });

  it('says "undated page" for a page that shows no date, and gives a month when that is all', () => {
    const { unmount } = render(<SourceLink sourceId="ms-renewal" />);
    expect(
      screen.getByRole('link', { name: /^Microsoft Learn, undated page/ }),
    ).toBeInTheDocument();
    unmount();
    render(<SourceLink sourceId="examinotion-ai-102" />);
    expect(screen.getByRole('link', { name: /^examinotion\.com, Jun 2026/ })).toBeInTheDocument();
  });

  it('labels a Certpath estimate, links nowhere, and shows its reasoning on request', async () => {
    const user = userEvent.setup();
    render(<SourceLink sourceId="estimate-job-search" />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: /Certpath estimate/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/No source measures/)).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/No source measures/)).toBeVisible();
  });

  it('says so instead of crashing when the source id is unknown', () => {
    render(<SourceLink sourceId="no-such-source" catalog={catalog} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText(/Source not found \(no-such-source\)/)).toBeInTheDocument();
  });
});
