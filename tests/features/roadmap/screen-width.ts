/**
 * Pretends the screen is a phone (narrow) or wider, for the roadmap's `NARROW_QUERY`. Call
 * `restoreScreenWidth` after each test.
 */
const realMatchMedia = window.matchMedia;

export function screenWidth(narrow: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: narrow && query.includes('max-width: 700px'),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
}

export function restoreScreenWidth() {
  window.matchMedia = realMatchMedia;
}
