import { render, screen, within } from '@testing-library/react';
import { formatDate } from '@/lib/format';
import { realCatalog } from '@/domain/real-catalog';
import type { StudyPlan as StudyPlanData } from '@/domain/study-plan';
import { StudyPlan } from '@/features/roadmap/study-plan';

const plan: StudyPlanData = {
  steps: [
    {
      code: 'AZ-104',
      hours: { min: 30, max: 50 },
      plannedHours: 40,
      weeks: 4,
      hoursPerWeek: 10,
      studiedWeeks: 0,
      booked: false,
      awayWeeks: 0,
      areas: [],
      weeksRange: { min: 3, max: 5 },
      startDate: '2026-12-01',
      examDate: '2026-12-28',
      startDates: { earliest: '2026-12-01', likely: '2026-12-01', latest: '2026-12-01' },
      examDates: { earliest: '2026-12-21', likely: '2026-12-28', latest: '2027-01-04' },
      feeUsd: 165,
    },
    {
      code: 'AZ-305',
      hours: { min: 45, max: 75 },
      plannedHours: 60,
      weeks: 6,
      hoursPerWeek: 10,
      studiedWeeks: 0,
      booked: false,
      awayWeeks: 0,
      areas: [],
      weeksRange: { min: 5, max: 8 },
      startDate: '2026-12-29',
      examDate: '2027-02-08',
      startDates: { earliest: '2026-12-22', likely: '2026-12-29', latest: '2027-01-05' },
      examDates: { earliest: '2027-01-25', likely: '2027-02-08', latest: '2027-03-01' },
      feeUsd: 165,
    },
  ],
  totals: {
    hours: { min: 75, max: 125 },
    plannedHours: 100,
    weeks: 10,
    weeksRange: { min: 8, max: 13 },
    feesUsd: 330,
    finishDate: '2027-02-08',
    finish: { earliest: '2027-01-25', likely: '2027-02-08', latest: '2027-03-01' },
  },
  coreAreas: [],
  coreAreasCode: null,
  renewals: [
    { code: 'AI-102', expiresOn: '2027-01-10', windowOpensOn: '2026-07-10', renewable: false },
    { code: 'AZ-305', expiresOn: '2028-02-08', windowOpensOn: '2027-08-08', renewable: true },
  ],
};

describe('StudyPlan', () => {
  it('lists each study block with start and exam dates, weeks, hours and fee', () => {
    render(<StudyPlan studyPlan={plan} catalog={realCatalog()} />);
    const items = within(screen.getByRole('list', { name: 'Study timeline' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      `${formatDate('2026-12-01')} → exam ${formatDate('2026-12-28')} (between 21 Dec 2026 and 4 Jan 2027)`,
    );
    expect(items[0]).toHaveTextContent('AZ-104 Azure Administrator Associate');
    expect(items[1]).toHaveTextContent('5–8 weeks (6 likely) · 45–75 hours · $165 exam fee');
  });

  it('totals hours, weeks, fees and the finish date', () => {
    render(<StudyPlan studyPlan={plan} catalog={realCatalog()} />);
    expect(screen.getByText(/^Total:/).parentElement).toHaveTextContent(
      'Total: 75–125 hours over 8–13 weeks (10 likely), exam fees $330, finishing 8 Feb 2027 (between 25 Jan and 1 Mar 2027).',
    );
  });

  it('shows renewal windows and says when a certification cannot be renewed', () => {
    render(<StudyPlan studyPlan={plan} catalog={realCatalog()} />);
    const renewals = screen.getByRole('list', { name: 'Renewals' });
    const [ai102, az305] = within(renewals).getAllByRole('listitem');
    expect(ai102).toHaveTextContent(
      `AI-102 expires ${formatDate('2027-01-10')}. Cannot be renewed`,
    );
    expect(az305).toHaveTextContent(`renewal assessment opens ${formatDate('2027-08-08')}`);
  });

  it('says there is nothing to study when every step is held', () => {
    const empty = { ...plan, steps: [], renewals: [] };
    render(<StudyPlan studyPlan={empty} catalog={realCatalog()} />);
    expect(screen.getByText(/Nothing to study/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Renewals' })).not.toBeInTheDocument();
  });
});
