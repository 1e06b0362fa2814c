import { noteFocus, restoreFocus } from '@/app/take-over';

const shell = (main: string) =>
  `<a href="#main">Skip to content</a><nav><a href="/">Home</a><a href="/plan">Plan</a></nav><main>${main}</main>`;

describe('keeping focus when the app replaces the prerendered page', () => {
  let root: HTMLDivElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });

  it('gives focus to the same control in the new DOM', () => {
    root.innerHTML = shell('<p>Loading…</p>');
    root.querySelector<HTMLElement>('a[href="/plan"]')!.focus();
    const note = noteFocus(root);
    root.innerHTML = shell('<button>Save</button>'); // what React's first commit does
    expect(document.activeElement).toBe(document.body);
    restoreFocus(root, note);
    expect(document.activeElement).toBe(root.querySelector('a[href="/plan"]'));
  });

  it('leaves focus alone when the control there is a different one', () => {
    root.innerHTML = shell('<button>Old</button>');
    root.querySelector('button')!.focus();
    const note = noteFocus(root);
    root.innerHTML = shell('<button>New</button>');
    restoreFocus(root, note);
    expect(document.activeElement).toBe(document.body);
  });

  it('notes nothing when nothing in the page has focus', () => {
    root.innerHTML = shell('');
    expect(noteFocus(root)).toBeNull();
  });
});
