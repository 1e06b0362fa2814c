import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatUsd, formatUsdRange } from '@/components/format';
import { projectionCsv } from '@/domain/projection-csv';
import SalaryPage from '@/features/salary/salary-page';
import { useAppStore } from '@/store/app-store';
import { expectedPaths, renderWithRouter, roleName, seedStore } from './salary-test-utils';

const renderPage = () => renderWithRouter(<SalaryPage chartSize={{ width: 800, height: 380 }} />);

async function showTable(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Table' }));
  return screen.getByRole('table', { name: /Yearly pay \(USD a year\)/ });
}

/** The body rows of the year table, as [year cell, target cell, …, baseline cell] texts. */
const yearRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));

// Each test renders the whole page (and recharts in jsdom) several times: slow under load.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => seedStore({ currentSalaryUsd: 90000 }, { compareRoles: ['ml-engineer-azure'] }));

describe('the table view', () => {
  it('shows the same numbers as the engine, year by year, for every path and the baseline', async () => {
    const user = userEvent.setup();
    renderPage();
    const table = await showTable(user);
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    const [target, ml] = expectedPaths();
    const rows = yearRows(table);
    expect(rows).toHaveLength(11);
    target!.projection.points.forEach((point, i) => {
      const [year, first, second, baseline] = rows[i]!;
      expect(year!.startsWith(String(point.year))).toBe(true);
      expect(first).toBe(
        formatUsd(point.mid) + formatUsdRange({ min: point.low, max: point.high }),
      );
      const other = ml!.projection.points[i]!;
      expect(second).toBe(
        formatUsd(other.mid) + formatUsdRange({ min: other.low, max: other.high }),
      );
      expect(baseline).toBe(formatUsd(point.baseline));
    });
  });
});

describe('the assumptions panel', () => {
  it('lists every assumption with its default and a source', () => {
    renderPage();
    const panel = screen.getByRole('region', { name: 'Assumptions' });
    for (const label of [
      'Yearly pay growth',
      'Tech-hub premium, low end',
      'Tech-hub premium, high end',
      'Job-search lag',
      'Senior step-up after',
      'Value of an hour of study',
      'Retake allowance',
    ]) {
      expect(within(panel).getByRole('textbox', { name: label })).toBeInTheDocument();
    }
    expect(within(panel).getByRole('textbox', { name: 'Yearly pay growth' })).toHaveValue('3');
    expect(
      within(panel).getByRole('textbox', { name: 'Yearly pay growth' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Default 3%'));
    expect(
      within(panel).getByRole('textbox', { name: 'Tech-hub premium, low end' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Default 15%'));
    expect(
      within(panel).getByText(/Glassdoor figures reported by intelligent\.com/),
    ).toBeInTheDocument();
    expect(within(panel).getAllByRole('link', { name: /Glassdoor/ })).toHaveLength(1);
    expect(within(panel).getAllByRole('link', { name: /career path/ })).toHaveLength(3);
  });

  it('editing growth changes the table at once; reset brings the defaults back', async () => {
    const user = userEvent.setup();
    renderPage();
    const table = await showTable(user);
    const before = yearRows(table)[10]![1];
    const growth = screen.getByRole('textbox', { name: 'Yearly pay growth' });
    await user.clear(growth);
    await user.type(growth, '0');
    expect(useAppStore.getState().salary.overrides.growthRate).toBe(0);
    const flat = expectedPaths()[0]!.projection.points[10]!;
    expect(yearRows(table)[10]![1]).toBe(
      formatUsd(flat.mid) + formatUsdRange({ min: flat.low, max: flat.high }),
    );
    expect(yearRows(table)[10]![1]).not.toBe(before);

    await user.click(
      screen.getByRole('button', { name: 'Reset yearly pay growth to its default' }),
    );
    expect(useAppStore.getState().salary.overrides.growthRate).toBeUndefined();
    expect(growth).toHaveValue('3');
    expect(yearRows(table)[10]![1]).toBe(before);
  });

  it('a bad value shows an inline error, keeps the typed text and leaves the projection alone', async () => {
    const user = userEvent.setup();
    renderPage();
    const lag = screen.getByRole('textbox', { name: 'Job-search lag' });
    await user.clear(lag);
    await user.type(lag, '2.5');
    expect(lag).toHaveValue('2.5');
    expect(lag).toHaveAttribute('aria-invalid', 'true');
    expect(lag).toHaveAccessibleDescription(
      expect.stringContaining('Job-search lag must be a whole number'),
    );
    expect(useAppStore.getState().salary.overrides.jobSearchLagMonths).toBe(2);

    const growth = screen.getByRole('textbox', { name: 'Yearly pay growth' });
    await user.clear(growth);
    await user.type(growth, '80');
    expect(screen.getByText('Yearly pay growth must be between -50% and 50%')).toBeInTheDocument();
    expect(useAppStore.getState().salary.overrides.growthRate).toBe(0.08);
  });

  it('keeps the hub premium range valid and "Reset all" clears every override and typed text', async () => {
    const user = userEvent.setup();
    renderPage();
    const low = screen.getByRole('textbox', { name: 'Tech-hub premium, low end' });
    await user.clear(low);
    await user.type(low, '30');
    expect(
      screen.getByText('The low end must not be above the high end (25%)'),
    ).toBeInTheDocument();
    expect(useAppStore.getState().salary.overrides.hubPremiumMin).toBe(0.03);

    const retakes = screen.getByRole('textbox', { name: 'Retake allowance' });
    await user.clear(retakes);
    await user.type(retakes, '100');
    expect(useAppStore.getState().salary.overrides.retakeAllowance).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Reset all assumptions' }));
    expect(useAppStore.getState().salary.overrides).toEqual({});
    expect(screen.getByRole('textbox', { name: 'Tech-hub premium, low end' })).toHaveValue('15');
    expect(screen.getByRole('textbox', { name: 'Retake allowance' })).toHaveValue('0');
    expect(screen.queryByText(/must not be above/)).not.toBeInTheDocument();
  });
});

describe('CSV download', () => {
  it('downloads the chart’s data as a CSV Blob with every path and year', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:certpath-test';
    });
    // jsdom has no object URLs; the revoke stub stays because the component revokes a moment later.
    const original = URL.createObjectURL;
    URL.createObjectURL = create;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for spreadsheet apps
    const text = new TextDecoder().decode(bytes); // drops the BOM
    expect(text).toBe(projectionCsv(expectedPaths(), roleName));
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + 2 * 11);
    click.mockRestore();
    URL.createObjectURL = original;
  });
});
