import { paste } from '../../paste';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatMonth, formatUsd, formatUsdRange } from '@/lib/format';
import { projectionCsv } from '@/domain/projection-csv';
import SalaryPage from '@/features/salary/salary-page';
import { changeRows } from '@/features/salary/chart-rows';
import { useAppStore } from '@/store/app-store';
import { expectedPaths, renderWithRouter, seedStore } from './salary-test-utils';

const renderPage = () => renderWithRouter(<SalaryPage chartSize={{ width: 800, height: 380 }} />);

async function showTable(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Table' }));
  return screen.getByRole('table', { name: /Pay a year from each month in which it changes/ });
}

/** The body rows of the table, as [month cell, target cell, …, baseline cell] texts. */
const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));

const range = (a: number, b: number) =>
  formatUsdRange({ min: Math.min(a, b), max: Math.max(a, b) });

// Each test renders the whole page (and recharts in jsdom) several times: slow under load.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => seedStore({ currentSalaryUsd: 90000 }, { compareRoles: ['ml-engineer-azure'] }));

describe('the step chart’s table view', () => {
  it('has a row for each month some pay changes, with the engine’s figures and levels', async () => {
    const user = userEvent.setup();
    renderPage();
    const table = await showTable(user);
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    const paths = expectedPaths();
    const expected = changeRows(paths);
    const rows = bodyRows(table);
    expect(rows).toHaveLength(expected.length);
    expected.forEach((row, i) => {
      const [month, ...cells] = rows[i]!;
      expect(month).toBe(`Month ${row.month} ${formatMonth(row.date)}`);
      row.paths.forEach((at, k) => {
        expect(cells[k]).toBe(
          formatUsd(at.mid) + range(at.low, at.high) + (at.level ?? 'current job'),
        );
      });
      expect(cells.at(-1)).toBe(formatUsd(row.baseline));
    });
    // Month 0, the new role (on each line), and the yearly raises are all there.
    const months = expected.map((r) => r.month);
    const { roleStart } = paths[0]!.projection;
    expect(months).toEqual(expect.arrayContaining([0, 12, roleStart.high, roleStart.mid]));
  });

  it('for a student, starts the role at the entry band and reaches the article’s band 3 years on', async () => {
    seedStore({ currentRole: 'student', yearsExperience: 0, currentSalaryUsd: null });
    const user = userEvent.setup();
    renderPage();
    const table = await showTable(user);
    const { projection } = expectedPaths()[0]!;
    const start = projection.roleStart.mid;
    const row = (m: number) =>
      within(table)
        .getByRole('rowheader', { name: new RegExp(`^Month ${m} `) })
        .closest('tr')!;
    expect(row(start)).toHaveTextContent('Entry level (AI engineering)');
    expect(row(start)).not.toHaveTextContent('$137,500');
    expect(row(start + 36)).toHaveTextContent('Azure AI Engineer');
    expect(
      screen.getByText(/Entry level \(AI engineering\)/, { selector: 'strong' }),
    ).toBeInTheDocument();
  });
});

describe('the gain view', () => {
  it('explains break-even as the running gain against the cost, in cash and with time', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Extra pay so far' }));
    expect(screen.getByRole('button', { name: 'Extra pay so far' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText(/Break-even is where the line crosses each cost/)).toBeInTheDocument();
    expect(await screen.findByText('Azure AI Engineer (your target): likely')).toBeInTheDocument();
  });
});

describe('the assumptions panel', () => {
  it('lists every assumption with its default and a source or Certpath estimate', () => {
    renderPage();
    const panel = screen.getByRole('region', { name: 'Assumptions' });
    for (const label of [
      'Yearly raise',
      'Tech-hub premium, low end',
      'Tech-hub premium, high end',
      'Job search, shortest',
      'Job search, longest',
      'Value of an hour of study',
      'Retake budget',
    ]) {
      expect(within(panel).getByRole('textbox', { name: label })).toBeInTheDocument();
    }
    const growth = within(panel).getByRole('textbox', { name: 'Yearly raise' });
    expect(growth).toHaveValue('3');
    expect(growth).toHaveAccessibleDescription(expect.stringContaining('Default: 3%'));
    const hour = within(panel).getByRole('textbox', { name: 'Value of an hour of study' });
    expect(hour).toHaveValue('');
    expect(hour).toHaveAccessibleDescription(expect.stringContaining('Default: your hourly pay'));
    expect(within(panel).getByRole('link', { name: /^24\/7 Wall St\./ })).toBeInTheDocument();
    expect(within(panel).getAllByRole('button', { name: /Certpath estimate/ }).length).toBe(4);
  });

  it('editing the raise changes the table at once; reset brings the default back', async () => {
    const user = userEvent.setup();
    renderPage();
    const table = await showTable(user);
    const before = bodyRows(table).length;
    const growth = screen.getByRole('textbox', { name: 'Yearly raise' });
    await user.clear(growth);
    await paste(user, growth, '0');
    expect(useAppStore.getState().salary.overrides.growthRate).toBe(0);
    // No raises: only the new role's months change the pay.
    expect(bodyRows(table).length).toBeLessThan(before);
    expect(bodyRows(table)).toHaveLength(changeRows(expectedPaths()).length);

    await user.click(screen.getByRole('button', { name: 'Reset yearly raise to its default' }));
    expect(useAppStore.getState().salary.overrides.growthRate).toBeUndefined();
    expect(growth).toHaveValue('3');
    expect(bodyRows(table)).toHaveLength(before);
  });

  it('a bad value shows an inline error, keeps the typed text and leaves the projection alone', async () => {
    const user = userEvent.setup();
    renderPage();
    const lag = screen.getByRole('textbox', { name: 'Job search, longest' });
    await user.clear(lag);
    await paste(user, lag, '2.5');
    expect(lag).toHaveValue('2.5');
    expect(lag).toHaveAttribute('aria-invalid', 'true');
    expect(lag).toHaveAccessibleDescription(
      expect.stringContaining('Job search, longest must be a whole number'),
    );
    // The bad value is never stored: the projection keeps the default.
    expect(useAppStore.getState().salary.overrides.jobSearchLagMaxMonths).toBeUndefined();

    const growth = screen.getByRole('textbox', { name: 'Yearly raise' });
    await user.clear(growth);
    await paste(user, growth, '80');
    expect(screen.getByText('Yearly raise must be between -50% and 50%')).toBeInTheDocument();
    expect(useAppStore.getState().salary.overrides.growthRate).toBeUndefined();
  });

  it('keeps the job search a range and takes an hour’s value of 0; "Reset all" clears both', async () => {
    const user = userEvent.setup();
    renderPage();
    const shortest = screen.getByRole('textbox', { name: 'Job search, shortest' });
    await user.clear(shortest);
    await paste(user, shortest, '9');
    expect(
      screen.getByText('The shortest search must not be longer than the longest (5 months)'),
    ).toBeInTheDocument();
    expect(useAppStore.getState().salary.overrides.jobSearchLagMinMonths).toBeUndefined();

    const hour = screen.getByRole('textbox', { name: 'Value of an hour of study' });
    await paste(user, hour, '0');
    expect(useAppStore.getState().salary.overrides.hourlyValueUsd).toBe(0);
    expect(
      screen.getByRole('heading', { name: 'Cost of the path, with your time' }).parentElement,
    ).toHaveTextContent('× $0');

    await user.click(screen.getByRole('button', { name: 'Reset all assumptions' }));
    expect(useAppStore.getState().salary.overrides).toEqual({});
    expect(screen.getByRole('textbox', { name: 'Job search, shortest' })).toHaveValue('1');
    expect(screen.getByRole('textbox', { name: 'Value of an hour of study' })).toHaveValue('');
    expect(screen.queryByText(/must not be longer/)).not.toBeInTheDocument();
  });
});

describe('CSV download', () => {
  it('downloads the chart’s data as a CSV Blob with every path and month', async () => {
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
    expect(text).toBe(projectionCsv(expectedPaths()));
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + 2 * 121);
    click.mockRestore();
    URL.createObjectURL = original;
  });
});
