import { csvField, projectionCsv, PROJECTION_CSV_HEADER } from '@/domain/projection-csv';
import type { Projection, ProjectionPoint } from '@/domain/salary';
import type { TargetRoleId } from '@/domain/schema';

const names: Record<TargetRoleId, string> = {
  'azure-ai-engineer': 'Azure AI Engineer',
  'senior-ai-engineer': 'Senior AI Engineer',
  'ai-solutions-architect': 'AI Solutions Architect',
  'ml-engineer-azure': 'ML Engineer (Azure)',
  'generative-ai-developer': 'Generative AI Developer',
};
const roleName = (id: TargetRoleId) => names[id];

function point(
  year: number,
  roleId: TargetRoleId | null,
  low: number,
  high: number,
  baseline: number,
): ProjectionPoint {
  return { year, date: `${2026 + year}-03-01`, low, mid: (low + high) / 2, high, baseline, roleId };
}

function projection(points: ProjectionPoint[]): Projection {
  return {
    roleId: 'azure-ai-engineer',
    regionId: 'us-other',
    band: { min: 120000, max: 155000 },
    entryMonth: 6,
    entryDate: '2026-09-01',
    stepUp: null,
    points,
    baseline: { salaryUsd: 90000, isProxy: false, label: 'Your current salary', sourceId: null },
    cost: { feesUsd: 165, retakesUsd: 0, timeUsd: 0, totalUsd: 165 },
    extraPay: { low: 0, mid: 0, high: 0 },
    breakEven: {
      low: { month: null, date: null },
      mid: { month: null, date: null },
      high: { month: null, date: null },
    },
  };
}

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
  const proj = projection([
    point(0, null, 90000, 90000, 90000),
    point(1, 'azure-ai-engineer', 123600.4, 159650.6, 92700),
  ]);

  it('starts with the header and has one row per path and year, CRLF-terminated', () => {
    const csv = projectionCsv([{ label: 'Target', projection: proj }], roleName);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(PROJECTION_CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 2 + 1); // header, two years, trailing empty after final CRLF
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('rounds to whole dollars, names the role band and leaves it empty before entry', () => {
    const lines = projectionCsv([{ label: 'Target', projection: proj }], roleName).split('\r\n');
    expect(lines[1]).toBe('Target,0,2026-03-01,,90000,90000,90000,90000');
    expect(lines[2]).toBe('Target,1,2027-03-01,Azure AI Engineer,123600,141626,159651,92700');
  });

  it('quotes labels with commas and quotes so every row keeps eight columns', () => {
    const csv = projectionCsv([{ label: 'ML Engineer, "plan B"', projection: proj }], roleName);
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith('"ML Engineer, ""plan B""",0,')).toBe(true);
    expect(row.replace(/"([^"]|"")*"/g, 'X').split(',')).toHaveLength(8);
  });

  it('lists paths in the order given', () => {
    const csv = projectionCsv(
      [
        { label: 'First', projection: proj },
        { label: 'Second', projection: proj },
      ],
      roleName,
    );
    const labels = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(labels).toEqual(['First', 'First', 'Second', 'Second']);
  });
});
