import type { Catalog } from '@/domain/catalog-model';
import type { SalaryOverrides } from '@/store/salary-slice';

/** How one editable assumption is shown: in the user's units (percent, months …), not the store's. */
export interface AssumptionField {
  key: keyof SalaryOverrides;
  label: string;
  suffix: string;
  /** Unit after a number in an error message: "50%", "120 months". */
  unit: string;
  /** Store value → the number shown (e.g. 0.03 → 3 for a percent). */
  scale: number;
  min: number;
  max: number;
  integer: boolean;
  /** The catalogue's value, in store units. */
  defaultValue: (catalog: Catalog) => number;
  rationale: (catalog: Catalog) => string;
  /** null: Certpath's own default, explained by the rationale alone. */
  sourceId: (catalog: Catalog) => string | null;
}

const salary = (c: Catalog) => c.assumptions.salary;
const hub = (c: Catalog) => c.regions.find((r) => r.id === 'us-hub');
const salaryRationale = (key: string) => (c: Catalog) => salary(c).rationale[key] ?? '';

export const ASSUMPTION_FIELDS: readonly AssumptionField[] = [
  {
    key: 'growthRate',
    label: 'Yearly pay growth',
    suffix: '%',
    unit: '%',
    scale: 100,
    min: -50,
    max: 50,
    integer: false,
    defaultValue: (c) => salary(c).growthRate,
    rationale: salaryRationale('growthRate'),
    sourceId: (c) => salary(c).source,
  },
  {
    key: 'hubPremiumMin',
    label: 'Tech-hub premium, low end',
    suffix: '%',
    unit: '%',
    scale: 100,
    min: 0,
    max: 200,
    integer: false,
    defaultValue: (c) => (hub(c)?.multiplier.min ?? 1) - 1,
    rationale: (c) => hub(c)?.note ?? '',
    sourceId: (c) => hub(c)?.source ?? salary(c).source,
  },
  {
    key: 'hubPremiumMax',
    label: 'Tech-hub premium, high end',
    suffix: '%',
    unit: '%',
    scale: 100,
    min: 0,
    max: 200,
    integer: false,
    defaultValue: (c) => (hub(c)?.multiplier.max ?? 1) - 1,
    rationale: () =>
      'Applied to the top of each band in a tech hub; the low end applies to the bottom.',
    sourceId: (c) => hub(c)?.source ?? salary(c).source,
  },
  {
    key: 'jobSearchLagMonths',
    label: 'Job-search lag',
    suffix: 'months',
    unit: ' months',
    scale: 1,
    min: 0,
    max: 120,
    integer: true,
    defaultValue: (c) => salary(c).jobSearchLagMonths,
    rationale: salaryRationale('jobSearchLagMonths'),
    sourceId: () => null,
  },
  {
    key: 'promotionYears',
    label: 'Senior step-up after',
    suffix: 'years of experience',
    unit: ' years',
    scale: 1,
    min: 0,
    max: 50,
    integer: false,
    defaultValue: (c) => salary(c).promotionYears,
    rationale: salaryRationale('promotionYears'),
    sourceId: (c) => c.roles.find((r) => r.stepUpTo !== null)?.salaryUsd.source ?? null,
  },
  {
    key: 'hourlyValueUsd',
    label: 'Value of an hour of study',
    suffix: 'USD',
    unit: ' USD',
    scale: 1,
    min: 0,
    max: 10_000,
    integer: false,
    defaultValue: (c) => salary(c).hourlyValueUsd,
    rationale: salaryRationale('hourlyValueUsd'),
    sourceId: () => null,
  },
  {
    key: 'retakeAllowance',
    label: 'Retake allowance',
    suffix: '% of exam fees',
    unit: '%',
    scale: 100,
    min: 0,
    max: 300,
    integer: false,
    defaultValue: (c) => salary(c).retakeAllowance,
    rationale: salaryRationale('retakeAllowance'),
    sourceId: () => null,
  },
];

/** A store value in the field's units, without float noise (0.03 × 100 → 3). */
export function toShown(field: AssumptionField, value: number): number {
  return Number((value * field.scale).toFixed(6));
}

/** Parses what the user typed into a store value, or says what is wrong in their words. */
export function parseAssumption(
  field: AssumptionField,
  text: string,
): { value: number } | { error: string } {
  const cleaned = text.replace(/[\s,%$]/g, '');
  const n = cleaned === '' ? Number.NaN : Number(cleaned);
  const bounds = `between ${field.min}${field.unit} and ${field.max}${field.unit}`;
  if (!Number.isFinite(n)) return { error: `${field.label} must be a number ${bounds}` };
  if (field.integer && !Number.isInteger(n))
    return { error: `${field.label} must be a whole number ${bounds}` };
  if (n < field.min || n > field.max) return { error: `${field.label} must be ${bounds}` };
  return { value: Number((n / field.scale).toFixed(8)) };
}
