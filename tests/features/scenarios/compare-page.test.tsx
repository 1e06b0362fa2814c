import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatDate, formatUsd } from '@/lib/format';
import ComparePage from '@/features/scenarios/compare-page';
import { useAppStore } from '@/store/app-store';
import { expectedPaths, renderWithRouter, seedStore } from '../salary/salary-test-utils';

const summary = () => screen.getByRole('table', { name: /Each path from your start date/ });
const rowOf = (label: string | RegExp) =>
  within(summary()).getByRole('rowheader', { name: label }).closest('tr')!;
const cells = (label: string | RegExp) => within(rowOf(label)).getAllByRole('cell');

// Each test renders the whole page (and recharts in jsdom) several times: slow under load.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => seedStore({ currentSalaryUsd: 90000 }));

describe('ComparePage', () => {
  it('starts with the target alone and invites picking roles', () => {
    renderWithRouter(<ComparePage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Compare paths' })).toBeInTheDocument();
    expect(
      within(summary())
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Measure', 'Azure AI Engineer (your target)']);
    expect(screen.getByText(/Pick one or more roles above/)).toBeInTheDocument();
  });

  it('adds a column per chosen role with the engine’s finish date, pay, cost and break-even', async () => {
    const user = userEvent.setup();
    renderWithRouter(<ComparePage />);
    await user.click(screen.getByRole('checkbox', { name: 'AI Solutions Architect' }));
    expect(useAppStore.getState().salary.compareRoles).toEqual(['ai-solutions-architect']);
    const [target, architect] = expectedPaths();

    expect(cells('Exams to sit')[1]).toHaveTextContent(architect!.examCodes.join(' → '));
    expect(cells('Path finished')[0]).toHaveTextContent(formatDate(target!.finish.likely));
    expect(cells('Path finished')[1]).toHaveTextContent(formatDate(architect!.finish.likely));
    for (const year of [1, 5, 10]) {
      const point = architect!.projection.points[year]!;
      expect(
        cells(`Pay ${year} ${year === 1 ? 'year' : 'years'} after you start (a year)`)[1],
      ).toHaveTextContent(formatUsd(point.mid));
    }
    expect(cells('Cost with your study time')[1]).toHaveTextContent(
      formatUsd(architect!.projection.cost.totalUsd.mid),
    );
    const { month } = architect!.projection.breakEven.time.mid;
    expect(cells('Break-even, counting your time')[1]).toHaveTextContent(
      month === null ? 'Not within 10 years' : `Month ${month} (`,
    );
  });

  it('puts the difference of each measure in a column of its own', async () => {
    const user = userEvent.setup();
    renderWithRouter(<ComparePage />);
    await user.click(screen.getByRole('checkbox', { name: 'AI Solutions Architect' }));
    const [target, architect] = expectedPaths();
    expect(within(summary()).getAllByRole('columnheader').at(-1)).toHaveTextContent(
      'Difference (AI Solutions Architect − Azure AI Engineer (your target))',
    );
    const weeks = architect!.weeks - target!.weeks;
    expect(cells('Study weeks')[2]).toHaveTextContent(`+${weeks} weeks`);
    const extra = architect!.projection.extraPay.mid - target!.projection.extraPay.mid;
    expect(cells('Extra pay after 10 years, before tax')[2]).toHaveTextContent(
      `${extra < 0 ? '−' : '+'}${formatUsd(Math.abs(extra))}`,
    );
    expect(cells('Exams to sit')[2]).toHaveTextContent('—');
  });

  it('names the winner of each measure', async () => {
    const user = userEvent.setup();
    renderWithRouter(<ComparePage />);
    await user.click(screen.getByRole('checkbox', { name: 'AI Solutions Architect' }));
    const highlights = screen.getByRole('region', { name: 'Highlights' });
    const finishesFirst = within(highlights).getByText('Fewest study weeks').closest('li')!;
    expect(finishesFirst).toHaveTextContent('Azure AI Engineer (your target)');
    const mostPay = within(highlights)
      .getByText(/Most extra pay/)
      .closest('li')!;
    const [target, architect] = expectedPaths();
    const richer =
      architect!.projection.extraPay.mid > target!.projection.extraPay.mid ? architect! : target!;
    expect(mostPay).toHaveTextContent(richer.label);
    // Every highlight figure is in the table too, under the same name.
    expect(mostPay).toHaveTextContent(formatUsd(richer.projection.extraPay.mid));
    const column = richer === target ? 0 : 1;
    expect(cells('Extra pay after 10 years, before tax')[column]).toHaveTextContent(
      formatUsd(richer.projection.extraPay.mid),
    );
  });

  it('names every path that ties for a measure', async () => {
    const user = userEvent.setup();
    renderWithRouter(<ComparePage />);
    // Generative AI Developer needs the same exams as Azure AI Engineer, so both finish together.
    await user.click(screen.getByRole('checkbox', { name: 'Generative AI Developer' }));
    const [target, genAi] = expectedPaths();
    expect(genAi!.weeks).toBe(target!.weeks);
    const finishesFirst = within(screen.getByRole('region', { name: 'Highlights' }))
      .getByText('Fewest study weeks')
      .closest('li')!;
    expect(finishesFirst).toHaveTextContent(
      'Azure AI Engineer (your target) and Generative AI Developer',
    );
  });

  it('says "not within N years" when a high salary never pays back, and marks years past the horizon', async () => {
    const user = userEvent.setup();
    seedStore({ currentSalaryUsd: 300000 });
    renderWithRouter(<ComparePage />);
    expect(cells('Break-even, cash only')[0]).toHaveTextContent('Not within 10 years');
    await user.click(screen.getByRole('radio', { name: '5 years' }));
    expect(cells('Break-even, counting your time')[0]).toHaveTextContent('Not within 5 years');
    expect(cells('Pay 10 years after you start (a year)')[0]).toHaveTextContent(
      'Beyond the 5-year horizon',
    );
  });
});
