import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DateField } from '@/ui/date-field';

describe('DateField', () => {
  it('is a labelled date input with help', () => {
    render(
      <DateField
        label="Start date"
        value="2026-03-02"
        onChange={() => {}}
        help="When you begin studying"
      />,
    );
    const input = screen.getByLabelText('Start date');
    expect(input).toHaveValue('2026-03-02');
    expect(input).toHaveAttribute('type', 'date');
    expect(input).toHaveAccessibleDescription('When you begin studying');
  });

  it('reports an emptied date as empty text', async () => {
    const onChange = vi.fn();
    render(<DateField label="Start date" value="2026-03-02" onChange={onChange} />);
    await userEvent.clear(screen.getByLabelText('Start date'));
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('shows an inline error tied to the field', () => {
    render(
      <DateField label="Start date" value="" onChange={() => {}} error="Enter a valid date" />,
    );
    const input = screen.getByLabelText('Start date');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('Enter a valid date');
  });
});
