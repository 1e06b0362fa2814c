/**
 * The app replaces the prerendered HTML with its own, identical DOM (src/main.tsx). Someone who
 * pressed Tab before that must not find focus thrown back to the top: this notes which control
 * had focus and gives it to its twin once the app has rendered.
 */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

export interface FocusNote {
  index: number;
  tag: string;
  text: string;
}

const describe = (el: Element) => ({ tag: el.tagName, text: el.textContent?.trim() ?? '' });

/** Where focus is inside `root`, or null when it is not (or is on nothing in particular). */
export function noteFocus(root: HTMLElement): FocusNote | null {
  const active = document.activeElement;
  if (!active || active === document.body || !root.contains(active)) return null;
  const index = [...root.querySelectorAll(FOCUSABLE)].indexOf(active);
  return index < 0 ? null : { index, ...describe(active) };
}

/** Focuses the element that now stands where the noted one stood, if it is the same control. */
export function restoreFocus(root: HTMLElement, note: FocusNote | null): void {
  if (!note) return;
  const active = document.activeElement;
  if (active && active !== document.body && root.contains(active)) return; // focus moved on
  const twin = root.querySelectorAll<HTMLElement>(FOCUSABLE)[note.index];
  if (!twin) return;
  const { tag, text } = describe(twin);
  if (tag === note.tag && text === note.text) twin.focus({ preventScroll: true });
}
