import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { z } from 'zod';
import { formatIssues, profileSchema, salaryOverridesSchema } from '@/domain/schema';
import { withPassesHeld } from '@/domain/progress';
import type { Profile } from '@/domain/schema';
import {
  expandExtras,
  expandProfile,
  packExtras,
  packProfile,
  type SalaryOverrideKey,
  type ShareExtras,
} from '@/domain/share-link-v1';

export type { SalaryOverrideKey, ShareExtras };

/** The format version written by encodeShareLink. */
export const SHARE_LINK_VERSION = 2;
/** Longer input is refused before any decompression. */
export const MAX_SHARE_LINK_LENGTH = 8 * 1024;
// The decompressed JSON of a real plan is well under 2 KB; this bounds a decompression bomb.
const MAX_JSON_LENGTH = 64 * 1024;

export type DecodedShareLink =
  | { ok: true; value: Profile; extras: ShareExtras; warnings: string[] }
  | { ok: false; error: string; newer?: true };

export interface DecodeOptions {
  /** Certification codes this app knows; held ones outside it are kept as typed, with a note. */
  knownCodes?: ReadonlySet<string>;
}

/**
 * Encodes a profile (and optional plan settings) as a compact, versioned, URL-safe token `v2.…`.
 * Exams the user passed go as held certifications; the rest of the progress stays behind.
 */
export function encodeShareLink(profile: Profile, extras?: ShareExtras): string {
  const payload: unknown[] = packProfile(withPassesHeld(profile));
  const packedExtras = extras ? packExtras(extras) : null;
  if (packedExtras) payload.push(packedExtras);
  return `v${SHARE_LINK_VERSION}.${compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

/** Decodes a share token into a valid profile, or a message a person can act on. Never throws. */
export function decodeShareLink(text: unknown, options: DecodeOptions = {}): DecodedShareLink {
  try {
    return decode(text, options);
  } catch {
    // Belt and braces: a hostile link must never take the app down.
    return fail('This link could not be read. Ask for a new link.');
  }
}

function decode(text: unknown, { knownCodes }: DecodeOptions): DecodedShareLink {
  if (typeof text !== 'string' || text.trim() === '') return fail('This link has no plan in it.');
  if (text.length > MAX_SHARE_LINK_LENGTH) {
    return fail(
      'This link is too long to be a Certpath plan (over 8 KB). It may have been altered.',
    );
  }
  // Query strings turn "+" into spaces; a pasted token may keep its "#".
  const token = text.trim().replace(/^#/, '').replace(/ /g, '+');
  const match = /^v(\d{1,6})\.(.*)$/s.exec(token);
  if (!match)
    return fail('This is not a Certpath share link. Check that you copied the whole link.');
  const version = Number(match[1]);
  if (version > SHARE_LINK_VERSION) {
    return {
      ok: false,
      newer: true,
      error: `This link was made by a newer version of Certpath (format v${version}). Update Certpath to open it.`,
    };
  }
  if (version < 1) {
    return fail(
      `This link was made by an older version of Certpath (format v${version}) that is no longer supported.`,
    );
  }
  const body = match[2] ?? '';
  if (!/^[A-Za-z0-9+$-]+$/.test(body))
    return damaged('it contains characters a Certpath link never has');

  const json = decompress(body);
  if (!json || json.length > MAX_JSON_LENGTH) return damaged('its compressed data is broken');
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return damaged('its contents are not readable');
  }
  // v1 has 12 profile fields, v2 13; either may be followed by the settings.
  const fields = version === 1 ? 12 : 13;
  if (!Array.isArray(payload) || payload.length < fields || payload.length > fields + 1) {
    return damaged('its contents have the wrong shape');
  }

  const parsed = profileSchema.safeParse(expandProfile(payload, version));
  if (!parsed.success) {
    return fail(`This link's plan has values Certpath cannot use:\n${formatIssues(parsed.error)}`);
  }
  const warnings: string[] = [];
  const profile = parsed.data;
  noteUnknownCodes(profile, knownCodes, warnings);
  const extras = parseExtras(payload[fields], warnings);
  return { ok: true, value: profile, extras, warnings };
}

// lz-string throws on some truncated input (e.g. a single character) instead of returning null.
function decompress(body: string): string | null {
  try {
    return decompressFromEncodedURIComponent(body);
  } catch {
    return null;
  }
}

// Someone may hold a certification the catalogue lacks; it travels as typed (plain text).
function noteUnknownCodes(
  profile: Profile,
  known: ReadonlySet<string> | undefined,
  warnings: string[],
): void {
  if (!known) return;
  const unknown = profile.certificationsHeld.filter((c) => !known.has(c.code)).map((c) => c.code);
  if (unknown.length > 0)
    warnings.push(
      `Kept certifications Certpath does not know, as written: ${unknown.join(', ')}. They do not shorten the path.`,
    );
}

const extrasSchema = z.object({
  name: z.string().max(80, 'Plan name must be at most 80 characters').optional(),
  horizonYears: z.number().int().min(1).max(50).optional(),
  salaryOverrides: salaryOverridesSchema.partial().optional(),
});

// Settings are a bonus: a bad one is ignored with a warning rather than losing the whole plan.
function parseExtras(packed: unknown, warnings: string[]): ShareExtras {
  if (packed === undefined) return {};
  const parsed = extrasSchema.safeParse(expandExtras(packed));
  if (parsed.success) return parsed.data;
  warnings.push(`Ignored the link's salary settings:\n${formatIssues(parsed.error)}`);
  return {};
}

function damaged(why: string): { ok: false; error: string } {
  return fail(`This link is damaged: ${why}. Copy the whole link again, or ask for a new one.`);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
