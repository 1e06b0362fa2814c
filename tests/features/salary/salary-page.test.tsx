import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatMonth, formatUsd, formatUsdRange } from '@/components/format';
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
  it('has one h1 and draws the chart with its legend by default', async () => {
    renderPage();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'true');
    // The chart's code loads with the chart (lazily).
    expect(await screen.findByText('Azure AI Engineer (your target): mid')).toBeInTheDocument();
    expect(screen.getByText('Stay where you are')).toBeInTheDocument();
    // The lead stays the prerendered frame's; the role picker names the target.
    expect(
      screen.getByText(/Up to 3 next to your target, Azure AI Engineer\./),
    ).toBeInTheDocument();
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
  ] as const)('shows the seed band of every role in %s', (region, low, high) => {
    seedStore({ region });
    renderPage();
    const table = screen.getByRole('table', { name: 'Salary bands (USD a year)' });
    for (const [role, min, max] of articleBands) {
      const row = within(table).getByRole('rowheader', { name: role }).closest('tr')!;
      const inRegion = within(row).getAllByRole('cell')[2];
      expect(inRegion).toHaveTextContent(
        formatUsdRange({ min: Math.round(min * low), max: Math.round(max * high) }),
      );
    }
  });

  it('switching the region to a tech hub shows the hub band next to the rest of the US', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'us-hub');
    expect(useAppStore.getState().profile.region).toBe('us-hub');
    const table = screen.getByRole('table', { name: 'Salary bands (USD a year)' });
    const row = within(table)
      .getByRole('rowheader', { name: 'Generative AI Developer' })
      .closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('Surging');
    expect(cells[2]).toHaveTextContent(formatUsdRange({ min: 155250, max: 218750 }));
    expect(cells[3]).toHaveTextContent(formatUsdRange({ min: 135000, max: 175000 }));
    expect(screen.getByText(/15%–25% above the US bands/)).toBeInTheDocument();
  });

  it('gives the break-even month for a profile that pays back', () => {
    seedStore({ currentSalaryUsd: 90000 });
    renderPage();
    const { breakEven } = expectedPaths()[0]!.projection;
    expect(breakEven.mid.month).not.toBeNull();
    expect(keyFigure('Break-even')).toHaveTextContent(
      `Month ${breakEven.mid.month} (${formatMonth(breakEven.mid.date!)})`,
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

  it('labels the proxy baseline when no salary is given, with its source and a link to /plan', () => {
    renderPage();
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('No current salary given');
    expect(note).toHaveTextContent(
      `US median pay of software developers, May 2024 (BLS), ${formatUsd(133080)}, as a proxy`,
    );
    expect(within(note).getByRole('link', { name: 'Enter your current salary' })).toHaveAttribute(
      'href',
      '/plan',
    );
    expect(
      within(note).getByRole('link', { name: /BLS|Bureau of Labor Statistics/i }),
    ).toHaveAttribute('href', expect.stringContaining('bls.gov'));
  });

  it('uses the user’s own salary as the baseline when given, without a proxy note', () => {
    seedStore({ currentSalaryUsd: 98000 });
    renderPage();
    expect(screen.queryByText(/No current salary given/)).not.toBeInTheDocument();
    expect(screen.getByText(/your current salary of/)).toHaveTextContent(formatUsd(98000));
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
    expect(screen.getByText('AI Solutions Architect: mid')).toBeInTheDocument();
  });
});
