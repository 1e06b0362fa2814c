import { csvField, projectionCsv, PROJECTION_CSV_HEADER } from '@/domain/projection-csv';
import { realCatalog } from '@/domain/real-catalog';
import { projectSalary } from '@/domain/salary';

const catalog = realCatalog();
const flat = {
  ...catalog.assumptions,
  salary: { ...catalog.assumptions.salary, growthRate: 0, jobSearchLagMonths: { min: 2, max: 2 } },
};
// A student who finishes on 15 Feb 2026: the new role starts in month 4, at the entry band.
const proj = projectSalary({
  roleId: 'azure-ai-engineer',
  regionId: 'us-other',
  catalog,
  assumptions: flat,
  profile: {
    yearsExperience: 0,
    relevantYears: null,
    currentSalaryUsd: 40_000,
    currentRole: 'student',
    startDate: '2026-01-01',
  },
  pathFinish: { earliest: '2026-02-15', likely: '2026-02-15', latest: '2026-02-15' },
  pathFeesUsd: 165,
  pathHours: { min: 100, max: 100 },
  pathPlannedHours: 100,
  horizonYears: 1,
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-5 trick', "'-5 trick"],
    ['@cmd, x', `"'@cmd, x"`],
  ])('quotes %j as %s', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('writes numbers as plain digits and drops non-finite ones', () => {
    expect(csvField(-1200)).toBe('-1200');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('projectionCsv', () => {
  it('starts with the header and has one row per path and month, CRLF-terminated', () => {
    const csv = projectionCsv([{ label: 'Target', projection: proj }]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(PROJECTION_CSV_HEADER.map(csvField).join(','));
    expect(lines).toHaveLength(1 + 13 + 1); // header, 13 months, trailing empty after final CRLF
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('names the level of each month, "Current job" before the new role, and sums the gain', () => {
    const lines = projectionCsv([{ label: 'Target', projection: proj }]).split('\r\n');
    expect(lines[1]).toBe('Target,0,2026-01-01,Current job,40000,40000,40000,40000,0');
    const entryMid = (79_850 + 103_050) / 2;
    expect(lines[5]).toBe(
      `Target,4,2026-05-01,Entry level (AI engineering),79850,${entryMid},103050,40000,0`,
    );
    expect(lines[6]).toContain(`,${Math.round((entryMid - 40_000) / 12)}`);
  });

  it('quotes labels with commas and quotes so every row keeps nine columns', () => {
    const csv = projectionCsv([{ label: 'ML Engineer, "plan B"', projection: proj }]);
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith('"ML Engineer, ""plan B""",0,')).toBe(true);
    expect(row.replace(/"([^"]|"")*"/g, 'X').split(',')).toHaveLength(9);
  });

  it('lists paths in the order given', () => {
    const csv = projectionCsv([
      { label: 'First', projection: proj },
      { label: 'Second', projection: proj },
    ]);
    const labels = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(labels).toEqual([...Array(13).fill('First'), ...Array(13).fill('Second')]);
  });
});
