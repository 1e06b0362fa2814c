import { realCatalog } from '@/domain/real-catalog';
import { bandInRegion, levelAtMonth, monthsUntil, projectSalary } from '@/domain/salary';
import type { SalaryInput } from '@/domain/salary';
import type { Assumptions, RegionId, TargetRoleId } from '@/domain/schema';

const catalog = realCatalog();
const region = (id: RegionId) => catalog.regions.find((r) => r.id === id)!;
const role = (id: TargetRoleId) => catalog.roles.find((r) => r.id === id)!;
const entry = catalog.entryBands.find((b) => b.id === 'entry-software')!.salaryUsd;

/** The catalogue's assumptions with a flat market, a fixed 3-month search, no retakes, time free. */
function assumptionsWith(salary: Partial<Assumptions['salary']> = {}): Assumptions {
  return {
    ...catalog.assumptions,
    salary: {
      ...catalog.assumptions.salary,
      growthRate: 0,
      jobSearchLagMonths: { min: 3, max: 3 },
      retakeAllowance: 0,
      hourlyValueUsd: 0,
      ...salary,
    },
  };
}

const finish = (earliest: string, likely = earliest, latest = likely) => ({
  earliest,
  likely,
  latest,
});

/** A developer with 4 years, paid 90,000, whose path ends 15 Apr 2026: role start month 4 + 3 = 7. */
function input(
  over: Partial<SalaryInput> = {},
  profile: Partial<SalaryInput['profile']> = {},
): SalaryInput {
  return {
    roleId: 'azure-ai-engineer',
    regionId: 'us-other',
    catalog,
    assumptions: assumptionsWith(),
    profile: {
      yearsExperience: 4,
      relevantYears: null,
      currentSalaryUsd: 90_000,
      currentRole: 'software-developer',
      startDate: '2026-01-01',
      ...profile,
    },
    pathFinish: finish('2026-04-15'),
    pathFeesUsd: 165,
    pathHours: { min: 100, max: 100 },
    pathPlannedHours: 100,
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
      expect(bandInRegion(role(id).salaryUsd, region('us-other'))).toEqual({ min, max });
      expect(bandInRegion(role(id).salaryUsd, region('us-remote'))).toEqual({ min, max });
      const senior = { yearsExperience: 20 };
      expect(projectSalary(input({ roleId: id, regionId: 'us-remote' }, senior)).band).toEqual({
        min,
        max,
      });
    },
  );

  it.each(articleBands)('%s in a tech hub is min × 1.15 … max × 1.25', (id, min, max) => {
    expect(bandInRegion(role(id).salaryUsd, region('us-hub'))).toEqual({
      min: Math.round(min * 1.15),
      max: Math.round(max * 1.25),
    });
  });

  it("uses the user's own region multiplier when given, and keeps low ≤ high", () => {
    const p = projectSalary(
      input({ regionId: 'us-hub', regionMultiplier: { min: 1.1, max: 1.3 } }),
    );
    expect(p.band).toEqual({ min: 132_000, max: 201_500 });
    const odd = { min: 1.5, max: 1 };
    expect(bandInRegion(role('azure-ai-engineer').salaryUsd, region('us-hub'), odd)).toEqual({
      min: 155_000,
      max: 180_000,
    });
  });
});

describe('baseline', () => {
  it("is the user's salary when given", () => {
    const p = projectSalary(input());
    expect(p.baseline).toEqual({
      salaryUsd: 90_000,
      isProxy: false,
      label: 'Your current salary',
      note: null,
      sourceId: null,
    });
    expect(p.months[0]!.baseline).toBe(90_000);
  });

  it.each([
    ['software-developer', 133_080, /software developers/, 'bls-oews-software-developers'],
    ['data-scientist', 112_590, /data scientists/, 'bls-oews-data-scientists'],
    ['career-changer-outside', 49_500, /all US workers/, 'bls-oews-all-occupations'],
    ['student', 49_500, /all US workers/, 'bls-oews-all-occupations'],
  ] as const)(
    'without a salary, a %s is compared with the %i proxy for their background',
    (currentRole, salaryUsd, label, sourceId) => {
      const p = projectSalary(input({}, { currentSalaryUsd: null, currentRole }));
      expect(p.baseline).toMatchObject({ salaryUsd, isProxy: true, sourceId });
      expect(p.baseline.label).toMatch(label);
      expect(p.months[40]!.baseline).toBe(salaryUsd);
    },
  );

  it('says what is assumed for a student', () => {
    const p = projectSalary(input({}, { currentSalaryUsd: null, currentRole: 'student' }));
    expect(p.baseline.note).toMatch(/first job outside this path/);
  });

  it('grows 3% a year by default, on each anniversary of the start', () => {
    const grown = projectSalary(input({ assumptions: catalog.assumptions }));
    expect(grown.months[11]!.baseline).toBe(90_000);
    expect(grown.months[12]!.baseline).toBe(Math.round(90_000 * 1.03));
    expect(grown.points[10]!.baseline).toBe(Math.round(90_000 * 1.03 ** 10));
  });
});

describe('role start', () => {
  it('is the finish plus the job search, a range from the finish and search ranges', () => {
    const assumptions = assumptionsWith({ jobSearchLagMonths: { min: 1, max: 5 } });
    const p = projectSalary(
      input({ assumptions, pathFinish: finish('2026-03-20', '2026-04-15', '2026-06-10') }),
    );
    expect(p.roleStart).toEqual({ high: 3 + 1, mid: 4 + 3, low: 6 + 5 });
    expect(p.roleStartDates).toEqual({
      earliest: '2026-05-01',
      likely: '2026-08-01',
      latest: '2026-12-01',
    });
  });

  it('pays what the user earns now on every line until that line’s role start', () => {
    const assumptions = assumptionsWith({ jobSearchLagMonths: { min: 1, max: 5 } });
    const p = projectSalary(input({ assumptions }));
    for (const line of ['low', 'mid', 'high'] as const) {
      for (const m of p.months.filter((pt) => pt.month < p.roleStart[line]))
        expect(m[line]).toBe(90_000);
      expect(p.months[p.roleStart[line]]![line]).not.toBe(90_000);
    }
  });
});

describe('pay levels follow relevant experience', () => {
  const levelLabels = (p: ReturnType<typeof projectSalary>) =>
    p.levelChanges.map((c) => [c.month, c.level.label]);

  it('a developer with 4 years enters the Azure AI Engineer band and stays in it', () => {
    const p = projectSalary(input());
    expect(levelLabels(p)).toEqual([[7, 'Azure AI Engineer']]);
    expect(p.months[7]).toMatchObject({ low: 120_000, mid: 137_500, high: 155_000 });
    expect(p.months[119]!.mid).toBe(137_500);
  });

  it('a student with 0 years starts at the entry band, never the mid-level one', () => {
    const p = projectSalary(input({}, { currentRole: 'student', yearsExperience: 0 }));
    expect(p.relevantYears).toBe(0);
    expect(p.months[7]).toMatchObject({ low: entry.min, high: entry.max });
    // Three years in the role reach the article's mid-level band.
    expect(levelLabels(p)).toEqual([
      [7, 'Entry level (AI engineering)'],
      [7 + 36, 'Azure AI Engineer'],
    ]);
    expect(p.months[7 + 35]!.mid).toBe((entry.min + entry.max) / 2);
    expect(p.months[7 + 36]!.mid).toBe(137_500);
  });

  it('a career changer with 8 years outside tech starts at 0 relevant years', () => {
    const changer = { currentRole: 'career-changer-outside' as const, yearsExperience: 8 };
    const p = projectSalary(input({ roleId: 'senior-ai-engineer' }, changer));
    expect(p.relevantYears).toBe(0);
    expect(levelLabels(p)).toEqual([
      [7, 'Entry level (AI engineering)'],
      [7 + 36, 'Azure AI Engineer'],
      [7 + 60, 'Senior AI Engineer'],
    ]);
    expect(p.months[7]!.high).toBe(entry.max);
  });

  it('takes the years the user says count, never more than their years of experience', () => {
    const changer = { currentRole: 'career-changer-outside' as const, yearsExperience: 8 };
    expect(projectSalary(input({}, { ...changer, relevantYears: 4 })).relevantYears).toBe(4);
    const capped = projectSalary(input({}, { yearsExperience: 2, relevantYears: 9 }));
    expect(capped.relevantYears).toBe(2);
  });

  it('counts a developer’s months in their job while they study', () => {
    // 2 years now; at the role start (month 7) 2 years 7 months, so 3 years at month 12.
    const p = projectSalary(input({}, { yearsExperience: 2 }));
    expect(levelLabels(p)).toEqual([
      [7, 'Entry level (AI engineering)'],
      [12, 'Azure AI Engineer'],
    ]);
  });

  it('does not count a student’s study months as experience', () => {
    const p = projectSalary(input({}, { currentRole: 'student', yearsExperience: 0 }));
    expect(p.levelChanges[1]!.month).toBe(43);
    expect(p.levelChanges[1]!.relevantYears).toBeCloseTo(3);
  });

  it('a 20-year veteran targeting Senior AI Engineer starts in the senior band', () => {
    const p = projectSalary(input({ roleId: 'senior-ai-engineer' }, { yearsExperience: 20 }));
    expect(levelLabels(p)).toEqual([[7, 'Senior AI Engineer']]);
  });

  it('an architect band needs 8 years; below it the person is paid as an engineer of their level', () => {
    const p = projectSalary(input({ roleId: 'ai-solutions-architect' }, { yearsExperience: 6 }));
    expect(levelLabels(p)).toEqual([
      [7, 'Senior AI Engineer'],
      [7 + 12 + 5, 'AI Solutions Architect'],
    ]);
  });

  it.each(['azure-ai-engineer', 'generative-ai-developer', 'ml-engineer-azure'] as const)(
    '%s never steps up to a band above the target',
    (roleId) => {
      const p = projectSalary(input({ roleId }, { yearsExperience: 20 }));
      expect(p.levelChanges.map((c) => c.level.roleId)).toEqual([roleId]);
      expect(levelAtMonth(p, 119)).toBe(role(roleId).name);
    },
  );

  it('applies raises within a level on each anniversary, alike on the path and when staying', () => {
    const p = projectSalary(input({ assumptions: assumptionsWith({ growthRate: 0.1 }) }));
    expect(p.months[11]!.mid).toBe(137_500);
    expect(p.months[12]!.mid).toBe(Math.round(137_500 * 1.1));
    expect(p.months[12]!.baseline).toBe(99_000);
  });
});

describe('cost', () => {
  it('is fees, a retake allowance and the value of study time', () => {
    const assumptions = assumptionsWith({ retakeAllowance: 0.5, hourlyValueUsd: 40 });
    const p = projectSalary(
      input({
        assumptions,
        pathFeesUsd: 330,
        pathHours: { min: 120, max: 180 },
        pathPlannedHours: 150,
      }),
    );
    expect(p.cost).toMatchObject({ feesUsd: 330, retakesUsd: 165, cashUsd: 495 });
    expect(p.cost.hours).toEqual({ low: 180, mid: 150, high: 120 });
    expect(p.cost.totalUsd).toEqual({ low: 495 + 7_200, mid: 495 + 6_000, high: 495 + 4_800 });
  });

  it('values an hour at the user’s own pay by default (salary ÷ 2,080)', () => {
    const p = projectSalary(input({ assumptions: catalog.assumptions }));
    expect(p.cost.hourlyIsPay).toBe(true);
    expect(p.cost.hourlyValueUsd).toBeCloseTo(90_000 / 2_080);
    expect(p.cost.timeUsd.mid).toBeCloseTo((100 * 90_000) / 2_080);
    expect(p.cost.retakesUsd).toBeCloseTo(165 * 0.25);
  });

  it('takes a value of zero: only cash counts', () => {
    const p = projectSalary(input({ assumptions: assumptionsWith({ hourlyValueUsd: 0 }) }));
    expect(p.cost.hourlyIsPay).toBe(false);
    expect(p.cost.totalUsd.mid).toBe(165);
  });
});

describe('break-even', () => {
  it('pays back a 90,000 developer’s exam fees in the first month in the role', () => {
    const p = projectSalary(input());
    expect(p.breakEven.cash.mid).toEqual({ month: 8, date: '2026-09-01' });
  });

  it('counting time takes longer than cash alone', () => {
    // Cost with time: 165 + 200 h × 50 = 10,165; mid extra pay 3,958 a month from month 7.
    const assumptions = assumptionsWith({ hourlyValueUsd: 50 });
    const hours = { pathHours: { min: 200, max: 200 }, pathPlannedHours: 200 };
    const p = projectSalary(input({ assumptions, ...hours }));
    expect(p.cost.totalUsd.mid).toBe(10_165);
    expect(p.breakEven.cash.mid.month).toBe(8);
    expect(p.breakEven.time.mid.month).toBe(10);
  });

  it('breaks even in the month the cumulative extra pay exactly covers the cost', () => {
    // Low line: 2,500 a month more from month 7; two paid months cover 5,000 exactly.
    const p = projectSalary(input({ pathFeesUsd: 5_000 }));
    expect(p.breakEven.cash.low).toEqual({ month: 9, date: '2026-10-01' });
    expect(p.cumulative.low[9]).toBe(5_000);
  });

  it('never pays back from a 300,000 salary', () => {
    const p = projectSalary(input({}, { currentSalaryUsd: 300_000 }));
    for (const line of ['low', 'mid', 'high'] as const) {
      expect(p.breakEven.cash[line]).toEqual({ month: null, date: null });
      expect(p.breakEven.time[line].month).toBeNull();
    }
    expect(p.extraPay.high).toBeLessThan(0);
  });

  it('with a free path, breaks even in the first month that pays more', () => {
    const p = projectSalary(input({ pathFeesUsd: 0 }));
    expect(p.breakEven.cash.low.month).toBe(p.roleStart.low + 1);
  });

  it('with a free path that pays the same as now, never breaks even', () => {
    const p = projectSalary(
      input({ pathFeesUsd: 0 }, { currentSalaryUsd: 155_000, yearsExperience: 10 }),
    );
    expect(p.extraPay.high).toBe(0);
    expect(p.breakEven.cash.high.month).toBeNull();
  });
});

describe('headline figures', () => {
  it('sums extra pay over the horizon', () => {
    // Five paid months (Aug–Dec 2026) at (band − 90,000) / 12.
    const p = projectSalary(input({ horizonYears: 1 }));
    expect(p.extraPay).toEqual({ low: 12_500, mid: 19_792, high: 27_083 });
  });

  it('gives the pay of the first 12 months in the role, with the level it is paid at', () => {
    const p = projectSalary(input({}, { yearsExperience: 2 }));
    // Months 7–11 at the entry band, 12–18 at the Azure AI Engineer band.
    const entryMid = (entry.min + entry.max) / 2;
    const expected = (entryMid * 5 + 137_500 * 7) / 12;
    expect(Math.abs(p.firstYearInRole.mid - expected)).toBeLessThanOrEqual(1);
  });

  it.each([
    [5, 6, 61],
    [10, 11, 121],
    [15, 16, 181],
  ])('a %i-year horizon has %i yearly points and %i months', (years, points, months) => {
    const p = projectSalary(input({ horizonYears: years }));
    expect(p.points).toHaveLength(points);
    expect(p.months).toHaveLength(months);
    expect(p.cumulative.mid).toHaveLength(months);
    expect(p.points.at(-1)!.date).toBe(`${2026 + years}-01-01`);
    expect(p.points[0]!.level).toBeNull();
    expect(p.points[1]!.level).toBe('Azure AI Engineer');
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
