import { act, render, screen } from '@testing-library/react';
import { usePrinting } from '@/features/salary/use-printing';

function Probe() {
  return <p>{usePrinting() ? 'printing' : 'on screen'}</p>;
}

describe('usePrinting', () => {
  it('is true between beforeprint and afterprint', () => {
    render(<Probe />);
    expect(screen.getByText('on screen')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('printing')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getByText('on screen')).toBeInTheDocument();
  });
});
