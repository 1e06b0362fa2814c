import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { realCatalog } from '@/domain/real-catalog';
import { renderCatalogue } from './render-catalogue';

const clock = vi.hoisted(() => ({ today: '2026-09-01' }));
vi.mock('@/store/today', () => ({ todayIso: () => clock.today }));

const total = realCatalog().certifications.length;

function table() {
  return screen.getByRole('table', { name: /Certifications/ });
}
/** The table's body rows as text: the code (row header) and the other cells in order. */
function rows(): { code: string; cells: string[] }[] {
  // Role queries per cell are slow in jsdom; the rows come from a role query, their cells from the table API.
  return within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from((row as HTMLTableRowElement).cells))
    .filter((cells) => cells[0]?.tagName === 'TH')
    .map(([head, ...cells]) => ({
      code: head!.textContent ?? '',
      cells: cells.map((c) => c.textContent ?? ''),
    }));
}
/** The exam codes of the table's rows, top to bottom. */
function rowCodes(): string[] {
  return rows().map((r) => r.code);
}
/** A cell of a row: 0 name, 1 status, 2 vendor, 3 level, 4 price, 5 duration, 6 validity. */
function cellOf(code: string, column: number): string {
  return rows().find((r) => r.code === code)!.cells[column]!;
}

beforeEach(() => {
  clock.today = '2026-09-01';
});

describe('catalogue page', () => {
  it('lists every certification, each code linking to its page', () => {
    renderCatalogue('/certs');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Certification catalogue' }),
    ).toBeInTheDocument();
    expect(rowCodes()).toHaveLength(total);
    expect(rowCodes()).toEqual(
      expect.arrayContaining(['AZ-900', 'AI-102', 'AI-103', 'MLS-C01', 'MLA-C01', 'GCP-PMLE']),
    );
    expect(within(table()).getByRole('link', { name: 'AI-102' })).toHaveAttribute(
      'href',
      '/certs/AI-102',
    );
  });

  it('shows price, duration, validity and status for a row', () => {
    renderCatalogue('/certs');
    expect(cellOf('AI-102', 4)).toBe('$165');
    expect(cellOf('AI-102', 5)).toBe('100 min');
    expect(cellOf('AI-102', 6)).toBe('1 year');
    expect(cellOf('AI-102', 1)).toMatch(/^Retired on .*2026.*AI-103$/);
    expect(cellOf('AZ-900', 6)).toBe('Never expires');
    expect(cellOf('AZ-305', 1)).toBe('Active');
    expect(cellOf('MLA-C01', 6)).toBe('3 years');
  });

  it('says "retiring" for an exam whose date is still ahead', () => {
    clock.today = '2026-03-01';
    renderCatalogue('/certs');
    expect(cellOf('AZ-204', 1)).toMatch(/^Retiring on .*2026.*AI-200$/);
  });

  it('narrows the rows when filtered by vendor, and clears again', async () => {
    const user = userEvent.setup();
    renderCatalogue('/certs');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vendor' }), 'AWS');
    expect(rowCodes().sort()).toEqual(['AIF-C01', 'AIP-C01', 'MLA-C01', 'MLS-C01']);
    expect(screen.getByText(`(4 of ${total} shown)`)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Vendor' }), 'Microsoft');
    expect(rowCodes()).toContain('AI-102');
    expect(rowCodes()).not.toContain('GCP-PMLE');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Expert');
    expect(rowCodes().sort()).toEqual(['AB-100', 'AZ-305', 'AZ-400']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rowCodes()).toHaveLength(total);
  });

  it('tells the user when no certification matches', async () => {
    const user = userEvent.setup();
    renderCatalogue('/certs?vendor=google&level=fundamentals');
    expect(rowCodes()).toEqual([]);
    expect(screen.getByText('No certification matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rowCodes()).toHaveLength(total);
  });

  it('sorts by price with the header button and reports the order with aria-sort', async () => {
    const user = userEvent.setup();
    renderCatalogue('/certs');
    const priceHeader = screen.getByRole('columnheader', { name: /Price/ });
    expect(priceHeader).not.toHaveAttribute('aria-sort');

    await user.click(within(priceHeader).getByRole('button', { name: /Price/ }));
    expect(priceHeader).toHaveAttribute('aria-sort', 'ascending');
    const prices = () => rows().map((r) => Number(r.cells[4]!.replace(/\D/g, '')));
    const ascending = prices();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[0]).toBe(99);

    await user.click(within(priceHeader).getByRole('button', { name: /Price/ }));
    expect(priceHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rowCodes()[0]).toBe('MLS-C01'); // $300, the dearest
    expect(prices()).toEqual([...ascending].sort((a, b) => b - a));
  });

  it('sorts by level, fundamentals first, and only one column is marked sorted', async () => {
    const user = userEvent.setup();
    renderCatalogue('/certs?sort=price-asc');
    await user.click(screen.getByRole('button', { name: /Level/ }));
    expect(screen.getByRole('columnheader', { name: /Level/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: /Price/ })).not.toHaveAttribute('aria-sort');
    const levels = rows().map((r) => r.cells[3]);
    expect(levels.slice(0, 3)).toEqual(['Fundamentals', 'Fundamentals', 'Fundamentals']);
    expect(levels.lastIndexOf('Fundamentals')).toBeLessThan(levels.indexOf('Associate'));
    expect(levels.lastIndexOf('Associate')).toBeLessThan(levels.indexOf('Expert'));
  });

  it('restates the article comparison in current terms, pointing retired exams at successors', () => {
    renderCatalogue('/certs');
    const section = screen.getByRole('region', { name: /comparison, in current terms/ });
    const card = (code: string) =>
      within(section)
        .getByRole('heading', { name: new RegExp(`^${code}`) })
        .closest('li')!;
    expect(within(section).getAllByRole('heading', { level: 3 })).toHaveLength(5);
    expect(card('AI-102')).toHaveTextContent(/Successor: AI-103/);
    expect(card('DP-100')).toHaveTextContent(/Successor: AI-300/);
    expect(card('MLS-C01')).toHaveTextContent(
      /No direct successor\. Closest current credential: MLA-C01/,
    );
    expect(card('AZ-900')).not.toHaveTextContent(/Successor/);
    expect(card('GCP-PMLE')).toHaveTextContent('Active');
  });

  it('puts the wide table in a labelled, keyboard-scrollable region for small screens', () => {
    renderCatalogue('/certs');
    const region = screen.getByRole('region', { name: /^Certifications/ });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table')).toBeInTheDocument();
  });
});
