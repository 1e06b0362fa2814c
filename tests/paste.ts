import type { UserEvent } from '@testing-library/user-event';

/**
 * Puts `text` into a field as a paste: one input event instead of one per character. For tests
 * where the text matters and typing it key by key does not (tests of typing keep `user.type`).
 */
export async function paste(user: UserEvent, field: Element, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}
