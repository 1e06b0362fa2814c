import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NumberField } from '@/ui/number-field';

function Controlled({
  initial = '10',
  onText,
}: {
  initial?: string;
  onText?: (t: string) => void;
}) {
  const [text, setText] = useState(initial);
  return (
    <NumberField
      label="Hours per week"
      value={text}
      onChange={(t) => {
        setText(t);
        onText?.(t);
      }}
      help="How much time you can give"
      suffix="hours"
      min={1}
      max={60}
    />
  );
}

describe('NumberField', () => {
  it('is a labelled text box described by its help and unit', () => {
    render(<Controlled />);
    const box = screen.getByRole('textbox', { name: 'Hours per week' });
    expect(box).toHaveValue('10');
    expect(box).toHaveAccessibleDescription('How much time you can give hours');
    expect(box).not.toBeInvalid();
  });

  it('reports every keystroke as raw text, keeping what the user typed', async () => {
    const onText = vi.fn();
    render(<Controlled onText={onText} />);
    const box = screen.getByRole('textbox', { name: 'Hours per week' });
    await userEvent.clear(box);
    await userEvent.type(box, '1x');
    expect(onText).toHaveBeenLastCalledWith('1x');
    expect(box).toHaveValue('1x');
  });

  it('shows an inline error tied to the field', () => {
    render(
      <NumberField
        label="Years"
        value="-2"
        onChange={() => {}}
        error="Years of experience must be between 0 and 50"
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Years' });
    expect(box).toBeInvalid();
    expect(box).toHaveAccessibleDescription('Years of experience must be between 0 and 50');
    expect(screen.getByText('Years of experience must be between 0 and 50')).toBeVisible();
  });

  it('steps with the arrow keys within min and max', async () => {
    render(<Controlled initial="59" />);
    const box = screen.getByRole('textbox', { name: 'Hours per week' });
    await userEvent.click(box);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(box).toHaveValue('60');
    await userEvent.keyboard('{ArrowDown}');
    expect(box).toHaveValue('59');
  });
});
