/**
 * The number a person typed, read the same way in every field: "120,000", "$120 000", "3%",
 * "1_000" and " 7.5 " are numbers; a leading dollar sign, a trailing percent sign and
 * separators (commas, spaces, underscores) are dropped. Anything else that is not plain
 * decimal notation ("0x10", "12abc", "1,2.3.4") is not a number, nor is a decimal comma
 * ("1,5"): a comma separates thousands, so three digits follow it, or the reading is a guess.
 *
 * @returns null when nothing was typed, NaN when the text is not a number.
 */
export function typedNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/,(?!\d{3}(?!\d))/.test(trimmed)) return Number.NaN;
  const cleaned = trimmed
    .replace(/^\$/, '')
    .replace(/%$/, '')
    .replace(/[,\s_]/g, '');
  return DECIMAL.test(cleaned) ? Number(cleaned) : Number.NaN;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
