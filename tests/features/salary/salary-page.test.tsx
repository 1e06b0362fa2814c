import { paste } from '../../paste';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatMonth, formatUsd, formatUsdRange } from '@/lib/format';
import SalaryPage from '@/features/salary/salary-page';
import { useAppStore } from '@/store/app-store';
import { expectedPaths, renderWithRouter, seedStore } from './salary-test-utils';

const renderPage = () => renderWithRouter(<SalaryPage chartSize={{ width: 800, height: 380 }} />);

const keyFigure = (label: string) => {
  const heading = screen.getByRole('heading', { name: label });
  return heading.parentElement!;
};

// Each test renders the whole page (and recharts in jsdom) several times: slow under load.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => seedStore());

describe('SalaryPage', () => {
  it('has one h1, asks for the current salary first and draws the step chart by default', async () => {
    renderPage();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const salary = screen.getByRole('textbox', { name: 'Current salary (optional)' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    // The answer (break-even, the chart) straight after the salary; the figures behind it and
    // the settings after.
    expect(headings.slice(0, 4)).toEqual([
      'You today',
      'Break-even',
      'Pay over 10 years',
      'Key figures: Azure AI Engineer (your target)',
    ]);
    expect(salary).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Pay a year' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The chart's code loads with the chart (lazily).
    expect(await screen.findByText('Azure AI Engineer (your target): likely')).toBeInTheDocument();
    expect(screen.getByText('Stay where you are')).toBeInTheDocument();
    expect(
      screen.getByText(/Up to 3 next to your target, Azure AI Engineer\./),
    ).toBeInTheDocument();
  });

  it('typing a salary there makes it the stay line, and the proxy note goes', async () => {
    const user = userEvent.setup();
    renderPage();
    expect(screen.getByRole('note')).toHaveTextContent('No salary given yet');
    await paste(user, screen.getByRole('textbox', { name: 'Current salary (optional)' }), '98000');
    expect(useAppStore.getState().profile.currentSalaryUsd).toBe(98000);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.getByText(/Staying where you are:/)).toHaveTextContent(formatUsd(98000));
  });

  it('names the proxy for a developer in one sentence, with its source', () => {
    renderPage();
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(
      `median pay of US software developers (BLS, May 2024): ${formatUsd(133080)} a year, growing 3% a year`,
    );
    expect(
      within(note).getByRole('link', { name: /^US Bureau of Labor Statistics/ }),
    ).toHaveAttribute('href', expect.stringContaining('bls.gov'));
  });

  it('for someone from outside tech, uses the all-workers median and counts 0 years', () => {
    seedStore({ currentRole: 'career-changer-outside', yearsExperience: 8 });
    renderPage();
    expect(screen.getByRole('note')).toHaveTextContent(
      `median pay of all US workers (BLS, May 2024): ${formatUsd(49500)}`,
    );
    expect(screen.getByText(/Years that count toward the new role:/)).toHaveTextContent(
      '0 of your 8 years',
    );
    expect(screen.getByRole('note')).not.toHaveTextContent('103,050');
  });

  it('says what is assumed for a student', () => {
    seedStore({ currentRole: 'student', yearsExperience: 0 });
    renderPage();
    expect(screen.getByRole('note')).toHaveTextContent(/first job outside this path/);
  });

  // The article's bands, and its "15 to 25% higher" in tech hubs.
  const articleBands: [string, number, number][] = [
    ['Azure AI Engineer', 120000, 155000],
    ['Senior AI Engineer', 155000, 195000],
    ['AI Solutions Architect', 160000, 210000],
    ['ML Engineer (Azure)', 130000, 170000],
    ['Generative AI Developer', 135000, 175000],
  ];
  it.each([
    ['us-other', 1, 1],
    ['us-remote', 1, 1],
    ['us-hub', 1.15, 1.25],
  ] as const)('lists every pay level with its years and source in %s', (region, low, high) => {
    seedStore({ region });
    renderPage();
    const table = screen.getByRole('table', { name: 'Pay levels (USD a year, before tax)' });
    for (const [role, min, max] of articleBands) {
      const row = within(table)
        .getByRole('rowheader', { name: new RegExp(`^${role.replace(/[()]/g, '\\$&')}`) })
        .closest('tr')!;
      const inRegion = within(row).getAllByRole('cell')[1];
      expect(inRegion).toHaveTextContent(
        formatUsdRange({ min: Math.round(min * low), max: Math.round(max * high) }),
      );
    }
    const entry = within(table)
      .getByRole('rowheader', { name: /^Entry level/ })
      .closest('tr')!;
    expect(entry).toHaveTextContent(
      formatUsdRange({ min: Math.round(79850 * low), max: Math.round(103050 * high) }),
    );
    expect(within(table).getAllByRole('button', { name: /Certpath estimate/ })).toHaveLength(3);
  });

  it('switching the region to a tech hub shows the hub band next to the rest of the US', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Where you work' }), 'us-hub');
    expect(useAppStore.getState().profile.region).toBe('us-hub');
    // It is the plan's "Where you work", and the page says so.
    expect(screen.getByText(/^Your plan now says you work in .+, on every page/)).toHaveAttribute(
      'role',
      'status',
    );
    const table = screen.getByRole('table', { name: 'Pay levels (USD a year, before tax)' });
    const row = within(table)
      .getByRole('rowheader', { name: /^Generative AI Developer/ })
      .closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent(formatUsdRange({ min: 155250, max: 218750 }));
    expect(cells[2]).toHaveTextContent(formatUsdRange({ min: 135000, max: 175000 }));
    expect(screen.getByText(/15%–25% above the US bands/)).toBeInTheDocument();
  });

  it('gives break-even two ways, cash and counting time, each with its spread', () => {
    seedStore({ currentSalaryUsd: 90000 });
    renderPage();
    const { breakEven } = expectedPaths()[0]!.projection;
    expect(breakEven.cash.mid.month).not.toBeNull();
    expect(breakEven.time.mid.month!).toBeGreaterThan(breakEven.cash.mid.month!);
    const card = keyFigure('Break-even');
    expect(card).toHaveTextContent(
      `Cash onlyMonth ${breakEven.cash.mid.month} (${formatMonth(breakEven.cash.mid.date!)})`,
    );
    expect(card).toHaveTextContent(
      `Counting your timeMonth ${breakEven.time.mid.month} (${formatMonth(breakEven.time.mid.date!)})`,
    );
  });

  it('defines every headline figure where it is shown', () => {
    seedStore({ currentSalaryUsd: 90000 });
    renderPage();
    const { projection } = expectedPaths()[0]!;
    expect(keyFigure('Pay in the first 12 months in the role')).toHaveTextContent(
      formatUsd(projection.firstYearInRole.mid),
    );
    expect(keyFigure('Extra pay after 10 years')).toHaveTextContent(/Above staying, before tax/);
    expect(keyFigure('New role from')).toHaveTextContent(
      formatMonth(projection.roleStartDates.likely),
    );
    expect(keyFigure('Cost of the path, with your time')).toHaveTextContent(
      /Exams \$165 \+ retakes \$41 \+ \d+ hours of study × \$43 \(your hourly pay\)/,
    );
  });

  it('says "not within N years" for a profile that never pays back, following the horizon', async () => {
    const user = userEvent.setup();
    seedStore({ currentSalaryUsd: 300000 });
    renderPage();
    expect(keyFigure('Break-even')).toHaveTextContent('Not within 10 years');
    await user.click(screen.getByRole('radio', { name: '15 years' }));
    expect(keyFigure('Break-even')).toHaveTextContent('Not within 15 years');
    expect(screen.getByRole('heading', { name: 'Pay over 15 years' })).toBeInTheDocument();
  });

  it('adds compared roles as columns and stops at four paths', async () => {
    const user = userEvent.setup();
    renderPage();
    const summary = () => screen.getByRole('table', { name: /Each path from your start date/ });
    await user.click(screen.getByRole('checkbox', { name: 'ML Engineer (Azure)' }));
    expect(
      within(summary()).getByRole('columnheader', { name: 'ML Engineer (Azure)' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Senior AI Engineer' }));
    await user.click(screen.getByRole('checkbox', { name: 'AI Solutions Architect' }));
    expect(within(summary()).getAllByRole('columnheader')).toHaveLength(1 + 4);
    expect(screen.getByRole('checkbox', { name: 'Generative AI Developer' })).toBeDisabled();
    expect(await screen.findByText('AI Solutions Architect: likely')).toBeInTheDocument();
  });
});
