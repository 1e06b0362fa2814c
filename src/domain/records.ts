/** A JSON object read from outside input (storage, a file), or null for anything else. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** A JSON object, or an empty one: its fields are then all missing. */
export const fieldsOf = (value: unknown): Record<string, unknown> => asRecord(value) ?? {};
