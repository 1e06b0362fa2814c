import { realCatalog } from '@/domain/real-catalog';
import { bandInRegion, monthsUntil, projectSalary } from '@/domain/salary';
import type { SalaryInput } from '@/domain/salary';
import type { RegionId, TargetRoleId } from '@/domain/schema';

const catalog = realCatalog();
const region = (id: RegionId) => catalog.regions.find((r) => r.id === id)!;
const role = (id: TargetRoleId) => catalog.roles.find((r) => r.id === id)!;
const flat = { ...catalog.assumptions.salary, growthRate: 0 };

/** A developer with 4 years, paid 90,000, whose path ends 15 Apr 2026: entry month 4 + 3 lag = 7. */
function input(
  over: Partial<SalaryInput> = {},
  profile: Partial<SalaryInput['profile']> = {},
): SalaryInput {
  return {
    roleId: 'azure-ai-engineer',
    regionId: 'us-other',
    catalog,
    assumptions: flat,
    profile: {
      yearsExperience: 4,
      currentSalaryUsd: 90_000,
      currentRole: 'software-developer',
      startDate: '2026-01-01',
      ...profile,
    },
    pathFinishDate: '2026-04-15',
    pathFeesUsd: 165,
    pathHours: 100,
    horizonYears: 10,
    ...over,
  };
}

const articleBands: [TargetRoleId, number, number][] = [
  ['azure-ai-engineer', 120_000, 155_000],
  ['senior-ai-engineer', 155_000, 195_000],
  ['ai-solutions-architect', 160_000, 210_000],
  ['ml-engineer-azure', 130_000, 170_000],
  ['generative-ai-developer', 135_000, 175_000],
];

describe('bandInRegion', () => {
  it.each(articleBands)(
    '%s keeps the article band %i–%i in us-other and us-remote',
    (id, min, max) => {
      expect(bandInRegion(role(id), region('us-other'))).toEqual({ min, max });
      expect(bandInRegion(role(id), region('us-remote'))).toEqual({ min, max });
      expect(projectSalary(input({ roleId: id, regionId: 'us-remote' })).band).toEqual({
        min,
        max,
      });
    },
  );

  it.each(articleBands)('%s in a tech hub is min × 1.15 … max × 1.25', (id, min, max) => {
    expect(bandInRegion(role(id), region('us-hub'))).toEqual({
      min: Math.round(min * 1.15),
      max: Math.round(max * 1.25),
    });
  });

  it('gives the Azure AI Engineer 138,000–193,750 in a tech hub', () => {
    expect(projectSalary(input({ regionId: 'us-hub' })).band).toEqual({
      min: 138_000,
      max: 193_750,
    });
  });

  it("uses the user's own region multiplier when given", () => {
    const p = projectSalary(
      input({ regionId: 'us-hub', regionMultiplier: { min: 1.1, max: 1.3 } }),
    );
    expect(p.band).toEqual({ min: 132_000, max: 201_500 });
  });
});

describe('bandInRegion with odd multipliers', () => {
  it('keeps low ≤ high when a custom multiplier would cross them', () => {
    expect(bandInRegion(role('azure-ai-engineer'), region('us-hub'), { min: 1.5, max: 1 })).toEqual(
      {
        min: 155_000,
        max: 180_000,
      },
    );
  });
});

describe('baseline', () => {
  it("is the user's salary when given", () => {
    const p = projectSalary(input());
    expect(p.baseline).toEqual({
      salaryUsd: 90_000,
      isProxy: false,
      label: 'Your current salary',
      sourceId: null,
    });
    expect(p.points[0]!.baseline).toBe(90_000);
  });

  it('falls back to the labelled proxy of the current role when no salary is given', () => {
    const p = projectSalary(input({}, { currentSalaryUsd: null, currentRole: 'data-scientist' }));
    expect(p.baseline.isProxy).toBe(true);
    expect(p.baseline.salaryUsd).toBe(112_590);
    expect(p.baseline.label).toMatch(/data scientists/);
    expect(p.baseline.sourceId).toBe('bls-data-scientists');
    expect(p.points[3]!.baseline).toBe(112_590);
  });

  it('takes a proxy from the assumptions the caller passes', () => {
    const assumptions = structuredClone(catalog.assumptions);
    assumptions.salary.growthRate = 0;
    assumptions.baselineProxy.student = {
      salaryUsd: 50_000,
      label: 'My guess',
      source: 'bls-software-developers',
    };
    const p = projectSalary(
      input({ assumptions }, { currentSalaryUsd: null, currentRole: 'student' }),
    );
    expect(p.baseline).toMatchObject({ salaryUsd: 50_000, label: 'My guess', isProxy: true });
  });

  it('grows 3% a year by default and stays flat with 0% growth', () => {
    const grown = projectSalary(input({ assumptions: catalog.assumptions }));
    expect(grown.points[10]!.baseline).toBe(Math.round(90_000 * 1.03 ** 10));
    expect(projectSalary(input()).points[10]!.baseline).toBe(90_000);
  });
});

describe('path and points', () => {
  it('enters the role after the path plus the job-search lag', () => {
    const p = projectSalary(input());
    expect(p.entryMonth).toBe(7);
    expect(p.entryDate).toBe('2026-08-01');
  });

  it('pays the baseline on every line before entry, with no role', () => {
    const p = projectSalary(input({ pathFinishDate: '2027-06-01' }));
    expect(p.entryMonth).toBe(20);
    expect(p.points[1]).toMatchObject({ low: 90_000, mid: 90_000, high: 90_000, roleId: null });
    expect(p.points[2]).toMatchObject({ roleId: 'senior-ai-engineer' });
  });

  it.each([
    [5, 6],
    [10, 11],
    [15, 16],
  ])('a %i-year horizon has %i yearly points ending on the last anniversary', (years, count) => {
    const p = projectSalary(input({ horizonYears: years }));
    expect(p.points).toHaveLength(count);
    expect(p.points.map((pt) => pt.year)).toEqual([...Array(count).keys()]);
    expect(p.points.at(-1)!.date).toBe(`${2026 + years}-01-01`);
  });

  it('steps a 3-year developer up to the senior band at year 2', () => {
    const p = projectSalary(input({}, { yearsExperience: 3 }));
    expect(p.points[1]).toMatchObject({ roleId: 'azure-ai-engineer', low: 120_000, mid: 137_500 });
    expect(p.points[2]).toMatchObject({
      roleId: 'senior-ai-engineer',
      low: 155_000,
      high: 195_000,
    });
    expect(p.stepUp).toEqual({ roleId: 'senior-ai-engineer', month: 24, date: '2028-01-01' });
  });

  it('moves someone already past 5 years straight into the senior band on entry', () => {
    const p = projectSalary(input({}, { yearsExperience: 8 }));
    expect(p.stepUp?.month).toBe(7);
    expect(p.points[1]!.roleId).toBe('senior-ai-engineer');
  });

  it('never steps an architect up (no senior role above it)', () => {
    const p = projectSalary(input({ roleId: 'ai-solutions-architect' }, { yearsExperience: 3 }));
    expect(p.stepUp).toBeNull();
    expect(p.points.slice(1).every((pt) => pt.roleId === 'ai-solutions-architect')).toBe(true);
    expect(p.points[10]!.mid).toBe(185_000);
  });

  it('grows the path at the same rate as the baseline', () => {
    const p = projectSalary(input({ assumptions: catalog.assumptions }, { yearsExperience: 3 }));
    expect(p.points[5]!.mid).toBe(Math.round(175_000 * 1.03 ** 5));
    expect(p.points[5]!.baseline).toBe(Math.round(90_000 * 1.03 ** 5));
  });
});

describe('cost', () => {
  it('is fees, a retake allowance and the value of study time', () => {
    const assumptions = { ...flat, retakeAllowance: 0.5, hourlyValueUsd: 40 };
    const p = projectSalary(input({ assumptions, pathFeesUsd: 330, pathHours: 150 }));
    expect(p.cost).toEqual({ feesUsd: 330, retakesUsd: 165, timeUsd: 6_000, totalUsd: 6_495 });
  });

  it('counts only the exam fees under the default assumptions', () => {
    expect(projectSalary(input({ assumptions: catalog.assumptions })).cost.totalUsd).toBe(165);
  });
});

describe('break-even', () => {
  it('pays back a 90,000 developer moving to Azure AI Engineer in the first paid month', () => {
    const p = projectSalary(input());
    expect(p.breakEven.mid).toEqual({ month: 8, date: '2026-09-01' });
  });

  it('needs more months on the low line when the cost is high', () => {
    // Cost 330 + 330 retakes + 200 h × 50 = 10,660; monthly extra pay: low 2,500, mid 3,958, high 5,417.
    const assumptions = { ...flat, retakeAllowance: 1, hourlyValueUsd: 50 };
    const p = projectSalary(input({ assumptions, pathFeesUsd: 330, pathHours: 200 }));
    expect(p.cost.totalUsd).toBe(10_660);
    expect(p.breakEven.low.month).toBe(12);
    expect(p.breakEven.mid.month).toBe(10);
    expect(p.breakEven.high).toEqual({ month: 9, date: '2026-10-01' });
  });

  it('breaks even in the month the cumulative extra pay exactly covers the cost', () => {
    // Low line: 2,500 a month more from month 7; two paid months cover 5,000 exactly.
    const p = projectSalary(input({ pathFeesUsd: 5_000, pathHours: 0 }));
    expect(p.breakEven.low).toEqual({ month: 9, date: '2026-10-01' });
  });

  it('gives raises once a year, on the anniversary of the plan start', () => {
    // Mid line, 10% growth: Aug–Dec 2026 at 47,500 / 12, then all of 2027 at 47,500 × 1.1.
    const assumptions = { ...flat, growthRate: 0.1 };
    const p = projectSalary(input({ assumptions, horizonYears: 2 }, { yearsExperience: 0 }));
    expect(p.extraPay.mid).toBe(Math.round((47_500 * 5) / 12 + 47_500 * 1.1));
  });

  it('never pays back from a 300,000 salary', () => {
    const p = projectSalary(input({}, { currentSalaryUsd: 300_000 }));
    expect(p.breakEven.low).toEqual({ month: null, date: null });
    expect(p.breakEven.mid.month).toBeNull();
    expect(p.breakEven.high.month).toBeNull();
    expect(p.extraPay.high).toBeLessThan(0);
  });

  it('with a free path, breaks even in the first month that pays more', () => {
    const p = projectSalary(input({ pathFeesUsd: 0, pathHours: 0 }));
    expect(p.breakEven.low.month).toBe(p.entryMonth + 1);
  });

  it('with a free path that pays the same as now, never breaks even', () => {
    const p = projectSalary(
      input({ pathFeesUsd: 0 }, { currentSalaryUsd: 195_000, yearsExperience: 10 }),
    );
    expect(p.extraPay.high).toBe(0);
    expect(p.breakEven.high.month).toBeNull();
  });

  it('sums extra pay over the horizon', () => {
    // Five paid months (Aug–Dec 2026) at (137,500 − 90,000) / 12.
    const p = projectSalary(input({ horizonYears: 1 }));
    expect(p.extraPay).toEqual({ low: 12_500, mid: 19_792, high: 27_083 });
  });
});

describe('month arithmetic', () => {
  it('rounds months until a date up', () => {
    expect(monthsUntil('2026-01-01', '2026-01-01')).toBe(0);
    expect(monthsUntil('2026-01-01', '2026-02-01')).toBe(1);
    expect(monthsUntil('2026-01-01', '2026-02-02')).toBe(2);
    expect(monthsUntil('2026-01-31', '2026-02-28')).toBe(1);
    expect(monthsUntil('2026-05-01', '2026-01-01')).toBe(0);
  });
});
