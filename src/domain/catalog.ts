import { z } from 'zod';
import { crossCheck } from '@/domain/catalog-checks';
import type { ParsedFiles } from '@/domain/catalog-checks';
import { assembleCatalog } from '@/domain/catalog-model';
import type { Catalog } from '@/domain/catalog-model';
import {
  assumptionsSchema,
  catalogueMetaSchema,
  certificationSchema,
  entryBandSchema,
  trackSchema,
  formatIssues,
  regionSchema,
  roleSchema,
  sourceSchema,
} from '@/domain/schema';
import type { Result } from '@/domain/schema';

// The model (types, status rules) is zod-free; these re-exports keep one import for tests and tools.
export { certStatusAt, resolveCode } from '@/domain/catalog-model';
export type { Catalog, CertStatus } from '@/domain/catalog-model';

export interface RawCatalog {
  certifications: unknown;
  roles: unknown;
  entryBands: unknown;
  track: unknown;
  meta: unknown;
  regions: unknown;
  assumptions: unknown;
  sources: unknown;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

// zod's defaults ("Invalid input: expected number, received string") read like a stack trace.
function readableIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code === 'invalid_type') {
    const missing = /received undefined/.test(issue.message);
    const expected = `expected ${article(String(issue.expected))}`;
    return { ...issue, message: missing ? `missing (${expected})` : expected };
  }
  if (issue.code === 'invalid_value') {
    return { ...issue, message: `expected one of ${issue.values.map(String).join(', ')}` };
  }
  return issue;
}

function parseFile<T>(file: string, schema: z.ZodType<T>, input: unknown): Result<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    ...readableIssue(issue),
    path: [file, ...issue.path],
  }));
  return { ok: false, error: formatIssues(new z.ZodError(issues)) };
}

/** Parses and cross-checks raw data into a Catalog, or says where it is wrong. */
export function parseCatalog(raw: RawCatalog): Result<Catalog> {
  const results = {
    sources: parseFile('sources', z.array(sourceSchema), raw.sources),
    certifications: parseFile('certifications', z.array(certificationSchema), raw.certifications),
    roles: parseFile('roles', z.array(roleSchema), raw.roles),
    entryBands: parseFile('entryBands', z.array(entryBandSchema), raw.entryBands),
    track: parseFile('track', trackSchema, raw.track),
    meta: parseFile('catalogue', catalogueMetaSchema, raw.meta),
    regions: parseFile('regions', z.array(regionSchema), raw.regions),
    assumptions: parseFile('assumptions', assumptionsSchema, raw.assumptions),
  };
  const errors = Object.values(results).flatMap((r) => (r.ok ? [] : [r.error]));
  if (errors.length > 0) return { ok: false, error: errors.join('\n') };
  const value = Object.fromEntries(
    Object.entries(results).map(([key, r]) => [key, r.ok ? r.value : null]),
  ) as unknown as ParsedFiles;

  const problems = crossCheck(value);
  if (problems.length > 0) return { ok: false, error: problems.join('\n') };

  return { ok: true, value: assembleCatalog(value) };
}
