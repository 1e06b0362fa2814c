import type { Catalog } from '@/domain/catalog-model';
import type { SalaryOverrides } from '@/store/salary-slice';
import { typedNumber } from '@/lib/typed-number';

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
  /** The catalogue's value, in store units; null when it depends on the user (their hourly pay). */
  defaultValue: (catalog: Catalog) => number | null;
  /** What the default is, in words, when it is not a plain number. */
  defaultText?: string;
  rationale: (catalog: Catalog) => string;
  /** The page or Certpath estimate behind the default. */
  sourceId: (catalog: Catalog) => string | null;
}

const salary = (c: Catalog) => c.assumptions.salary;
const hub = (c: Catalog) => c.regions.find((r) => r.id === 'us-hub');
const rationale = (key: string) => (c: Catalog) => salary(c).rationale[key] ?? '';
const source = (key: string) => (c: Catalog) => salary(c).sources[key] ?? null;

export const ASSUMPTION_FIELDS: readonly AssumptionField[] = [
  {
    key: 'growthRate',
    label: 'Yearly raise',
    suffix: '%',
    unit: '%',
    scale: 100,
    min: -50,
    max: 50,
    integer: false,
    defaultValue: (c) => salary(c).growthRate,
    rationale: rationale('growthRate'),
    sourceId: source('growthRate'),
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
    sourceId: (c) => hub(c)?.source ?? null,
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
    sourceId: (c) => hub(c)?.source ?? null,
  },
  {
    key: 'jobSearchLagMinMonths',
    label: 'Job search, shortest',
    suffix: 'months',
    unit: ' months',
    scale: 1,
    min: 0,
    max: 120,
    integer: true,
    defaultValue: (c) => salary(c).jobSearchLagMonths.min,
    rationale: rationale('jobSearchLagMonths'),
    sourceId: source('jobSearchLagMonths'),
  },
  {
    key: 'jobSearchLagMaxMonths',
    label: 'Job search, longest',
    suffix: 'months',
    unit: ' months',
    scale: 1,
    min: 0,
    max: 120,
    integer: true,
    defaultValue: (c) => salary(c).jobSearchLagMonths.max,
    rationale: () =>
      'The cautious case starts the new pay this long after the latest finish; the likely case uses the middle of the two.',
    sourceId: source('jobSearchLagMonths'),
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
    defaultText: 'your hourly pay',
    rationale: rationale('hourlyValueUsd'),
    sourceId: source('hourlyValueUsd'),
  },
  {
    key: 'retakeAllowance',
    label: 'Retake budget',
    suffix: '% of exam fees',
    unit: '%',
    scale: 100,
    min: 0,
    max: 300,
    integer: false,
    defaultValue: (c) => salary(c).retakeAllowance,
    rationale: rationale('retakeAllowance'),
    sourceId: source('retakeAllowance'),
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
  const n = typedNumber(text) ?? Number.NaN;
  const bounds = `between ${field.min}${field.unit} and ${field.max}${field.unit}`;
  if (!Number.isFinite(n)) return { error: `${field.label} must be a number ${bounds}` };
  if (field.integer && !Number.isInteger(n))
    return { error: `${field.label} must be a whole number ${bounds}` };
  if (n < field.min || n > field.max) return { error: `${field.label} must be ${bounds}` };
  return { value: Number((n / field.scale).toFixed(8)) };
}
