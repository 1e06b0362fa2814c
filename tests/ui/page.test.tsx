import { render, screen } from '@testing-library/react';
import { Page } from '@/ui/page';

describe('Page', () => {
  it('renders one h1 with the title and sets the document title', () => {
    render(
      <Page title="Certification catalogue" lead="Every exam on the path.">
        <p>Body</p>
      </Page>,
    );
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Certification catalogue' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Every exam on the path.')).toBeInTheDocument();
    expect(screen.getByText('Body')).toBeInTheDocument();
    expect(document.title).toBe('Certification catalogue · Certpath');
  });

  it('updates the document title when the title changes', () => {
    const { rerender } = render(<Page title="First" />);
    expect(document.title).toBe('First · Certpath');
    rerender(<Page title="Second" />);
    expect(document.title).toBe('Second · Certpath');
  });

  it('shows actions next to the heading', () => {
    render(<Page title="Roadmap" actions={<button type="button">Export</button>} />);
    expect(screen.getByRole('button', { name: 'Export' })).toBeInTheDocument();
  });
});
