import { useEffect, useRef, type RefObject } from 'react';
import { formatDate, formatDateSpan, formatHours } from '@/lib/format';
import type { PlanView } from '@/store/use-plan';

/** "21 Feb", or "21 Feb 2027" when the range it sits in ends in another year. */
function likelyDay(likely: string, latest: string): string {
  const day = formatDate(likely);
  return likely.slice(0, 4) === latest.slice(0, 4) ? day.replace(/ \d{4}$/, '') : day;
}

/**
 * Keeps what the user is at clear of the bar: its height goes to a CSS variable (the page's
 * padding below the footer, and the scroll padding the browser keeps around a focused field),
 * and a field focused under it anyway (a scroll that ignores scroll padding) is brought above it.
 */
function useRoomForBar(bar: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--plan-bar-height', `${element.getBoundingClientRect().height}px`),
    );
    observer.observe(element);
    const onFocus = (event: FocusEvent) => {
      const field = event.target;
      if (!(field instanceof Element) || element.contains(field)) return;
      const { top, height } = element.getBoundingClientRect();
      const box = field.getBoundingClientRect();
      // Hidden on a wide screen; a whole page (main, on a route change) is not scrolled.
      if (height === 0 || box.height > window.innerHeight / 2) return;
      if (box.bottom > top) field.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocus);
      root.style.removeProperty('--plan-bar-height');
    };
  }, [bar]);
}

/**
 * On a phone the summary sits under a long form: this bar keeps the answer in view while the
 * user types (fixed, so it moves nothing as it appears): the next exam, the hours and the finish
 * range with its likely day, and a link down to the summary.
 */
export function PlanSummaryBar({ plan, today }: Pick<PlanView, 'plan' | 'today'>) {
  const bar = useRef<HTMLDivElement>(null);
  useRoomForBar(bar);
  const { studyPlan } = plan;
  const { totals } = studyPlan;
  // The step the roadmap's lead names next (nextAction's): the first whose exam is still ahead,
  // or the last. Chosen here, not with nextAction, which would bring the week plan along.
  const next = studyPlan.steps.find((step) => step.examDate >= today) ?? studyPlan.steps.at(-1);
  const { finish } = totals;
  return (
    <div className="plan-summary-bar" ref={bar}>
      {next === undefined ? (
        <p>Nothing left to study</p>
      ) : (
        <p>
          <span>
            Next: <strong>{next.code}</strong> ·{' '}
            <span className="plan-bar-hours">{formatHours(totals.hours)}</span>
          </span>
          <span className="plan-bar-finish">
            Finish <strong className="plan-bar-range">{formatDateSpan(finish)}</strong>
            {finish.earliest !== finish.latest && (
              <>
                {' '}
                <span className="plan-bar-likely">
                  (likely {likelyDay(finish.likely, finish.latest)})
                </span>
              </>
            )}
          </span>
        </p>
      )}
      <a href="#plan-summary">Summary</a>
    </div>
  );
}
