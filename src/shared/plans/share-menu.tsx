import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface ShareMenuProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}

/**
 * "Share and export": a button that shows the plan's exports in a panel over the page, as a
 * menu button does. Escape closes it and puts focus back on the button; a click or tap anywhere
 * else closes it, and so does tabbing out of it.
 */
export function ShareMenu({ open, onOpenChange, children }: ShareMenuProps) {
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    const element = root.current;
    if (!open || !element) return;
    const outside = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) onOpenChange(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onOpenChange(false);
      toggle.current?.focus();
    };
    // Focus moved on to something outside (a file picker opening moves it nowhere).
    const leave = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !element.contains(next)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', outside);
    element.addEventListener('keydown', escape);
    element.addEventListener('focusout', leave);
    return () => {
      document.removeEventListener('pointerdown', outside);
      element.removeEventListener('keydown', escape);
      element.removeEventListener('focusout', leave);
    };
  }, [open, onOpenChange]);

  // Closed with focus inside (an action done, Escape): focus goes back to the button, not to
  // the top of the page.
  useLayoutEffect(() => {
    if (!open && panel.current?.contains(document.activeElement)) toggle.current?.focus();
  }, [open]);

  return (
    <div ref={root} className="plan-share-menu">
      <button
        ref={toggle}
        type="button"
        className="button plan-share-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => onOpenChange(!open)}
      >
        Share and export
      </button>
      {/* Hidden, not removed: the file input inside outlives the panel while its picker is open. */}
      <div ref={panel} id={panelId} className="plan-share-items" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
