import { render, screen } from '@testing-library/react';
import { StatusBadge, statusLabel } from '@/features/roadmap/status-badge';
import type { StepStatus } from '@/domain/roadmap';

const cases: [StepStatus, string][] = [
  ['held', 'Held'],
  ['required', 'Required'],
  ['recommended', 'Recommended'],
  ['optional', 'Optional'],
  ['not-needed', 'Not needed'],
];

describe('StatusBadge', () => {
  it.each(cases)('shows %s as the word "%s", not by colour alone', (status, word) => {
    render(<StatusBadge status={status} />);
    expect(screen.getByText(word)).toBeInTheDocument();
    expect(statusLabel(status)).toBe(word);
  });

  it('hides its icon from assistive technology so the word is read once', () => {
    render(
      <p>
        Step: <StatusBadge status="held" />
      </p>,
    );
    expect(screen.getByText(/Step:/)).toHaveTextContent('Step: Held');
    expect(screen.getByText('Held').querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });
});
