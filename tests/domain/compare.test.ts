import { coincidences, pathsForRoles, pointAtYear, projectPaths } from '@/domain/compare';
import type { ProjectOptions } from '@/domain/compare';
import { buildPlan } from '@/domain/plan';
import { projectionCsv } from '@/domain/projection-csv';
import { realCatalog } from '@/domain/real-catalog';
import { defaultProfile } from '@/domain/schema';
import type { Profile, TargetRoleId } from '@/domain/schema';

const catalog = realCatalog();
const roleName = (id: TargetRoleId) => catalog.roles.find((r) => r.id === id)!.name;
const today = '2026-03-02';
const options = (extra: Partial<ProjectOptions> = {}): ProjectOptions => ({
  catalog,
  assumptions: catalog.assumptions,
  today,
  horizonYears: 10,
  ...extra,
});
const profile = (extra: Partial<Profile> = {}): Profile => ({ ...defaultProfile(today), ...extra });

describe('pathsForRoles', () => {
  it('puts the profile’s own target first, labelled, then the alternatives in order', () => {
    const specs = pathsForRoles(
      profile(),
      ['ml-engineer-azure', 'ai-solutions-architect'],
      roleName,
    );
    expect(specs.map((s) => s.label)).toEqual([
      'Azure AI Engineer (your target)',
      'ML Engineer (Azure)',
      'AI Solutions Architect',
    ]);
    expect(specs.map((s) => s.profile.targetRole)).toEqual([
      'azure-ai-engineer',
      'ml-engineer-azure',
      'ai-solutions-architect',
    ]);
  });

  it('never lists the target twice and keeps every other field of the profile', () => {
    const p = profile({ hoursPerWeek: 7, currentSalaryUsd: 95000 });
    const specs = pathsForRoles(
      p,
      ['azure-ai-engineer', 'senior-ai-engineer', 'senior-ai-engineer'],
      roleName,
    );
    expect(specs.map((s) => s.id)).toEqual(['azure-ai-engineer', 'senior-ai-engineer']);
    expect(specs[1]!.profile).toEqual({ ...p, targetRole: 'senior-ai-engineer' });
  });
});

describe('projectPaths', () => {
  const specs = pathsForRoles(
    profile({ currentSalaryUsd: 90000 }),
    ['ai-solutions-architect'],
    roleName,
  );
  const [engineer, architect] = projectPaths(specs, options());

  it('takes each path’s finish date, fees and exams from the plan for that role', () => {
    for (const [spec, path] of [
      [specs[0]!, engineer!],
      [specs[1]!, architect!],
    ] as const) {
      const { studyPlan } = buildPlan(spec.profile, catalog, catalog.assumptions, today);
      expect(path.finishDate).toBe(studyPlan.totals.finishDate);
      expect(path.finish).toEqual(studyPlan.totals.finish);
      expect(path.weeksRange).toEqual(studyPlan.totals.weeksRange);
      expect(path.feesUsd).toBe(studyPlan.totals.feesUsd);
      expect(path.projection.cost.feesUsd).toBe(studyPlan.totals.feesUsd);
      expect(path.examCodes).toEqual(studyPlan.steps.map((s) => s.code));
    }
  });

  it('the architect path adds AZ-104 and AZ-305, so it ends later and costs more', () => {
    expect(architect!.examCodes).toEqual(expect.arrayContaining(['AZ-104', 'AZ-305']));
    expect(engineer!.examCodes).not.toContain('AZ-305');
    expect(architect!.finishDate > engineer!.finishDate).toBe(true);
    expect(architect!.projection.cost.totalUsd.mid).toBeGreaterThan(
      engineer!.projection.cost.totalUsd.mid,
    );
  });

  it('projects each path for its own role with the article’s band', () => {
    expect(engineer!.projection.roleId).toBe('azure-ai-engineer');
    expect(engineer!.projection.band).toEqual({ min: 120000, max: 155000 });
    expect(architect!.projection.band).toEqual({ min: 160000, max: 210000 });
  });

  it('a 90,000 salary pays back within ten years; a 300,000 salary never does', () => {
    expect(engineer!.projection.breakEven.time.mid.month).not.toBeNull();
    const [rich] = projectPaths(
      pathsForRoles(profile({ currentSalaryUsd: 300000 }), [], roleName),
      options(),
    );
    expect(rich!.projection.breakEven.cash.mid).toEqual({ month: null, date: null });
    expect(rich!.projection.extraPay.mid).toBeLessThan(0);
  });

  it('applies a region multiplier override only to paths in that region', () => {
    const hubMultipliers = { 'us-hub': { min: 1.5, max: 1.5 } };
    const [other] = projectPaths(specs.slice(0, 1), options({ regionMultipliers: hubMultipliers }));
    expect(other!.projection.band).toEqual({ min: 120000, max: 155000 });
    const hubSpecs = pathsForRoles(profile({ region: 'us-hub' }), [], roleName);
    const [hub] = projectPaths(hubSpecs, options({ regionMultipliers: hubMultipliers }));
    expect(hub!.projection.band).toEqual({ min: 180000, max: 232500 });
    const [hubDefault] = projectPaths(hubSpecs, options());
    expect(hubDefault!.projection.band).toEqual({ min: 138000, max: 193750 });
  });

  it('uses the user’s assumptions: a longer job search moves the new role later', () => {
    const slow = {
      ...catalog.assumptions,
      salary: { ...catalog.assumptions.salary, jobSearchLagMonths: { min: 12, max: 12 } },
    };
    const [late] = projectPaths(specs.slice(0, 1), options({ assumptions: slow }));
    // The default search is 1–5 months, 3 most likely.
    expect(late!.projection.roleStart.mid).toBe(engineer!.projection.roleStart.mid + 12 - 3);
    expect(late!.projection.roleStart.high).toBe(engineer!.projection.roleStart.high + 12 - 1);
  });

  it.each([5, 10, 15])(
    'gives one point per year and year 0 for a %i-year horizon',
    (horizonYears) => {
      const [path] = projectPaths(specs.slice(0, 1), options({ horizonYears }));
      expect(path!.projection.points).toHaveLength(horizonYears + 1);
      expect(pointAtYear(path!.projection, horizonYears)?.year).toBe(horizonYears);
      expect(pointAtYear(path!.projection, horizonYears + 1)).toBeNull();
    },
  );

  it('the CSV carries every month of every path', () => {
    const paths = projectPaths(specs, options({ horizonYears: 5 }));
    const lines = projectionCsv(paths).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 2 * 61);
    const last = paths[1]!.projection.months[60]!;
    expect(lines[122]!.startsWith(`AI Solutions Architect,60,${last.date},`)).toBe(true);
    expect(lines[122]).toContain(`,${last.low},${last.mid},${last.high},${last.baseline},`);
  });
});

describe('coincidences', () => {
  it('says when two roles draw one line: a student is paid the entry band on both at first', () => {
    const student = profile({ currentRole: 'student', yearsExperience: 0 });
    const specs = pathsForRoles(student, ['generative-ai-developer'], roleName);
    const paths = projectPaths(specs, options());
    const [shared] = coincidences(paths);
    expect(shared).toMatchObject({
      a: 'Azure AI Engineer (your target)',
      b: 'Generative AI Developer',
      level: 'Entry level (AI engineering)',
    });
    expect(shared!.to - shared!.from + 1).toBe(36);
  });

  it('stays quiet when the lines differ from the new role on', () => {
    const dev = profile({ yearsExperience: 6 });
    const paths = projectPaths(pathsForRoles(dev, ['senior-ai-engineer'], roleName), options());
    expect(coincidences(paths)).toEqual([]);
  });
});
