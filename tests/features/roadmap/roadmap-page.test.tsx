import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { formatDate, formatDateBetween, formatHours, formatUsd } from '@/lib/format';
import { buildPlan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import { defaultProfile } from '@/domain/schema';
import type { Profile } from '@/domain/schema';
import RoadmapPage from '@/features/roadmap/roadmap-page';
import { useAppStore } from '@/store/app-store';
import { restoreScreenWidth, screenWidth } from './screen-width';

const TODAY = '2026-11-27';
vi.mock('@/store/today', () => ({ todayIso: () => '2026-11-27' }));

const base = defaultProfile('2026-12-01');
const careerChanger: Profile = {
  ...base,
  currentRole: 'career-changer',
  yearsExperience: 1,
  python: 'basic',
  azure: 'none',
  aiml: 'none',
};
const cloudEngineer: Profile = {
  ...base,
  currentRole: 'cloud-engineer',
  azure: 'daily',
  targetRole: 'ai-solutions-architect',
  certificationsHeld: [{ code: 'AZ-104', earnedOn: '2026-05-01' }],
};
const ai102Holder: Profile = {
  ...base,
  certificationsHeld: [{ code: 'AI-102', earnedOn: '2026-01-10' }],
};

function renderPage(profile: Profile, { narrow = true } = {}) {
  screenWidth(narrow);
  useAppStore.getState().replaceProfile(profile);
  useAppStore.getState().setShowAllCerts(false);
  return render(
    <MemoryRouter initialEntries={['/roadmap']}>
      <RoadmapPage />
    </MemoryRouter>,
  );
}

/** The list item whose heading starts with the exam code. */
function stepItem(code: string): HTMLElement {
  const list = screen.getByRole('list', { name: 'Roadmap steps in order' });
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => within(li).queryByRole('heading', { name: new RegExp(`^${code} `) }));
  if (!item) throw new Error(`no list item for ${code}`);
  return item;
}
const stepCodes = () =>
  within(screen.getByRole('list', { name: 'Roadmap steps in order' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent?.split(' ')[0]);

afterEach(restoreScreenWidth);

describe('RoadmapPage, list view', () => {
  it('recommends AZ-900 and AI-901 to a career changer, with reasons, before the core exam', () => {
    renderPage(careerChanger);
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    const az900 = stepItem('AZ-900');
    expect(az900).toHaveTextContent('Recommended');
    expect(az900).toHaveTextContent(/no Azure hands-on experience/);
    const ai901 = stepItem('AI-901');
    expect(ai901).toHaveTextContent('Recommended');
    expect(ai901).toHaveTextContent('Replaces AI-900');
    expect(ai901).toHaveTextContent(/no AI\/ML background/);
    const codes = stepCodes();
    expect(codes.indexOf('AZ-900')).toBeLessThan(codes.indexOf('AI-901'));
    expect(codes.indexOf('AI-901')).toBeLessThan(codes.indexOf('AI-103'));
  });

  it('shows hours, weeks, start and exam date of each scheduled step', () => {
    renderPage(careerChanger);
    const catalog = realCatalog();
    const plan = buildPlan(careerChanger, catalog, catalog.assumptions, TODAY);
    const core = plan.studyPlan.steps.find((s) => s.code === 'AI-103')!;
    const item = stepItem('AI-103');
    expect(item).toHaveTextContent(`Hours${formatHours(core.hours)}`);
    expect(item).toHaveTextContent(
      `Weeks${core.weeksRange.min}–${core.weeksRange.max} weeks (${core.weeks} likely)`,
    );
    expect(item).toHaveTextContent(`Start${formatDate(core.startDate)}`);
    expect(item).toHaveTextContent(`Exam${formatDate(core.examDate)} (between `);
  });

  it('requires AZ-305 for a cloud engineer who holds AZ-104 and targets AI Solutions Architect', () => {
    renderPage(cloudEngineer);
    expect(stepItem('AZ-305')).toHaveTextContent('Required');
    expect(stepItem('AZ-104')).toHaveTextContent('Held');
    expect(stepItem('AZ-104')).not.toHaveTextContent(/Weeks/);
    const codes = stepCodes();
    expect(codes.indexOf('AZ-104')).toBeLessThan(codes.indexOf('AZ-305'));
  });

  it('opens the details from the list by keyboard and returns focus when closed', async () => {
    const user = userEvent.setup();
    renderPage(cloudEngineer);
    const button = screen.getByRole('button', { name: /Details of AZ-305/ });
    button.focus();
    await user.keyboard('{Enter}');

    const panel = screen.getByRole('region', { name: /AZ-305 Azure Solutions Architect Expert/ });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(panel).toHaveTextContent(/AI Solutions Architect calls for/);
    // The rule that a role calls for an exam is Certpath's, and the panel says so.
    expect(
      within(panel).getByRole('button', {
        name: /Certpath estimate.*which certifications each role calls for/,
      }),
    ).toBeInTheDocument();
    expect(panel).toHaveTextContent(`Price${formatUsd(165)}`);
    expect(panel).toHaveTextContent('Holds AZ-104');
    // What to do next: the vendor's pages for preparing and booking, each dated.
    const next = within(panel).getByRole('region', { name: 'What to do next' });
    expect(next).toHaveTextContent('Study guide (skills measured)');
    expect(next).toHaveTextContent('Free practice assessment');
    expect(next).toHaveTextContent('Book the exam');
    expect(
      within(panel).getAllByRole('link', { name: /opens in a new tab/ }).length,
    ).toBeGreaterThan(0);
    expect(panel).toHaveTextContent(/Microsoft Learn/);
    expect(within(panel).getByRole('link', { name: 'All facts about AZ-305' })).toHaveAttribute(
      'href',
      '/certs/AZ-305',
    );

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /AZ-305/ })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('shows the user hours per skills area for the core exam', async () => {
    const user = userEvent.setup();
    renderPage(careerChanger);
    await user.click(screen.getByRole('button', { name: /Details of AI-103/ }));
    const panel = screen.getByRole('region', { name: /AI-103/ });
    const table = within(panel).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Your hours' })).toBeInTheDocument();
    expect(
      within(table).getByRole('rowheader', { name: /generative AI and agentic/ }),
    ).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(
      1 + realCatalog().byCode.get('AI-103')!.skills!.areas.length,
    );
  });

  it('reveals not-needed certifications such as AWS MLA-C01 with "Show all certifications"', async () => {
    const user = userEvent.setup();
    renderPage(careerChanger);
    expect(screen.queryByRole('heading', { name: /^MLA-C01/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show all certifications' }));
    expect(stepItem('MLA-C01')).toHaveTextContent('Not needed');
    expect(useAppStore.getState().showAllCerts).toBe(true);
  });
});

describe('RoadmapPage, totals and notices', () => {
  it('summarises the plan in the lead and the totals cards', () => {
    renderPage(careerChanger);
    const catalog = realCatalog();
    const { totals, steps } = buildPlan(
      careerChanger,
      catalog,
      catalog.assumptions,
      TODAY,
    ).studyPlan;
    expect(
      screen.getByText(
        `Your path to Azure AI Engineer: ${steps.length} exams, likely finishing ${formatDate(totals.finish.likely)} (${formatDateBetween(totals.finish)}). Next: ${steps[0]!.code}, ${steps[0]!.startDate > TODAY ? `starting ${formatDate(steps[0]!.startDate)}` : 'week 1 of ' + steps[0]!.weeks}.`,
      ),
    ).toBeInTheDocument();
    const cards = screen.getByLabelText('Plan totals');
    expect(cards).toHaveTextContent(`Study time${formatHours(totals.hours)}`);
    expect(cards).toHaveTextContent(
      `Weeks${totals.weeksRange.min}–${totals.weeksRange.max} weeks${totals.weeks} likely`,
    );
    expect(cards).toHaveTextContent(`Exam fees${formatUsd(totals.feesUsd)}`);
  });

  it('updates the totals when the hours per week change', () => {
    renderPage(careerChanger);
    const weeks = () =>
      Number(/(\d+) likely/.exec(screen.getByLabelText('Plan totals').textContent ?? '')?.[1]);
    const before = weeks();
    act(() => useAppStore.getState().setProfileField('hoursPerWeek', 30));
    expect(weeks()).toBeLessThan(before);
  });

  it('warns a holder of the retired AI-102 that it cannot be renewed', () => {
    renderPage(ai102Holder);
    const notices = screen.getByRole('region', { name: 'Things to know' });
    expect(notices).toHaveTextContent(
      /Cannot be renewed \(AI-102\):.*valid until.*AI-103 recommended/,
    );
    expect(
      within(screen.getByRole('list', { name: 'Renewals' })).getByText(/Cannot be renewed/),
    ).toBeInTheDocument();
    expect(stepItem('AI-103')).toHaveTextContent('Recommended');
  });

  it('links to the profile form', () => {
    renderPage(careerChanger);
    expect(screen.getByRole('link', { name: 'Edit your background' })).toHaveAttribute(
      'href',
      '/plan',
    );
  });
});

describe('RoadmapPage, graph view', () => {
  // The graph is lazy-loaded; import it up front so a cold transform cannot outlast findBy's wait.
  beforeAll(async () => {
    await import('@/features/roadmap/roadmap-graph');
  });

  it('shows the graph on wide screens and switches to the list', async () => {
    const user = userEvent.setup();
    renderPage(cloudEngineer, { narrow: false });
    expect(screen.getByRole('button', { name: 'Graph' })).toHaveAttribute('aria-pressed', 'true');
    expect(
      await screen.findByRole('group', { name: /^AZ-305 .*: Required/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^AZ-104 .*: Held/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('group', { name: /^AZ-305/ })).not.toBeInTheDocument();
    expect(stepItem('AZ-305')).toBeInTheDocument();
  });

  it('opens the details of a node selected with the keyboard', async () => {
    const user = userEvent.setup();
    renderPage(cloudEngineer, { narrow: false });
    const node = await screen.findByRole('group', { name: /^AZ-305/ }, { timeout: 5000 });
    node.focus();
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('region', { name: /AZ-305 Azure Solutions Architect Expert/ });
    expect(panel).toHaveTextContent(/AI Solutions Architect calls for/);
    // The rule that a role calls for an exam is Certpath's, and the panel says so.
    expect(
      within(panel).getByRole('button', {
        name: /Certpath estimate.*which certifications each role calls for/,
      }),
    ).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('region', { name: /AZ-305 Azure/ })).not.toBeInTheDocument();
  });
});
