import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { CertStatus } from '@/ui/cert-status';
import { realCatalog } from '@/domain/real-catalog';

const cert = (code: string) => realCatalog().byCode.get(code)!;
const renderStatus = (code: string, date: string, linkSuccessor?: boolean) =>
  render(
    <MemoryRouter>
      <p data-testid="status">
        <CertStatus cert={cert(code)} date={date} linkSuccessor={linkSuccessor} />
      </p>
    </MemoryRouter>,
  );

describe('CertStatus', () => {
  it('says "Active" for an exam with no retirement date', () => {
    renderStatus('AZ-305', '2026-09-01');
    expect(screen.getByTestId('status')).toHaveTextContent(/^Active$/);
  });

  it('says "Retiring on" until the last day and "Retired on" after it, with the successor', () => {
    const { unmount } = renderStatus('AI-102', '2026-06-30');
    expect(screen.getByTestId('status')).toHaveTextContent(
      /^Retiring on .*2026.*replaced by AI-103$/,
    );
    unmount();
    renderStatus('AI-102', '2026-07-01');
    expect(screen.getByTestId('status')).toHaveTextContent(
      /^Retired on .*2026.*replaced by AI-103$/,
    );
    expect(screen.getByRole('link', { name: 'AI-103' })).toHaveAttribute('href', '/certs/AI-103');
  });

  it('can show the successor without a link', () => {
    renderStatus('DP-100', '2026-09-01', false);
    expect(screen.getByTestId('status')).toHaveTextContent(/AI-300$/);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
