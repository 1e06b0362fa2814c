import { render, screen } from '@testing-library/react';
import { SourceLink } from '@/components/source-link';
import { realCatalog } from '@/domain/real-catalog';

describe('SourceLink', () => {
  const catalog = realCatalog();
  const firstParty = [...catalog.sources.values()].find((s) => !s.thirdParty)!;
  const thirdParty = [...catalog.sources.values()].find((s) => s.thirdParty)!;

  it('links to a vendor source with its title and as-of date, without a warning', () => {
    render(<SourceLink sourceId={firstParty.id} />);
    const link = screen.getByRole('link', {
      name: new RegExp(firstParty.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    });
    expect(link).toHaveAttribute('href', firstParty.url);
    expect(link).toHaveAccessibleName(expect.stringContaining('opens in a new tab'));
    const year = firstParty.asOf.slice(0, 4);
    expect(screen.getByText(new RegExp(`as of .*${year}`))).toBeInTheDocument();
    expect(screen.queryByText(/verify on the vendor/)).not.toBeInTheDocument();
  });

  it("tells the user to verify third-party facts on the vendor's site", () => {
    render(<SourceLink sourceId={thirdParty.id} />);
    expect(screen.getByRole('link')).toHaveAttribute('href', thirdParty.url);
    expect(screen.getByText(/verify on the vendor’s site/)).toBeInTheDocument();
  });

  it('says so instead of crashing when the source id is unknown', () => {
    render(<SourceLink sourceId="no-such-source" catalog={catalog} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText(/Source not found \(no-such-source\)/)).toBeInTheDocument();
  });
});
