import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SelectField } from '@/ui/select-field';

const options = [
  { value: 'none', label: 'None' },
  { value: 'some', label: 'Some' },
  { value: 'daily', label: 'Daily' },
] as const;

describe('SelectField', () => {
  it('is a labelled combobox showing the current choice and its help', () => {
    render(
      <SelectField
        label="Azure hands-on"
        value="some"
        options={options}
        onChange={() => {}}
        help="Portal, CLI or SDK"
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Azure hands-on' });
    expect(select).toHaveValue('some');
    expect(select).toHaveAccessibleDescription('Portal, CLI or SDK');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'None',
      'Some',
      'Daily',
    ]);
  });

  it('reports the chosen value', async () => {
    const onChange = vi.fn();
    render(
      <SelectField label="Azure hands-on" value="some" options={options} onChange={onChange} />,
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Azure hands-on' }),
      'Daily',
    );
    expect(onChange).toHaveBeenCalledWith('daily');
  });
});
