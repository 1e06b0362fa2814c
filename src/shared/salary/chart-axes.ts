import { formatUsdCompact } from '@/lib/format';

/**
 * Axis settings both salary charts share (/salary and /compare): months on x, labelled in
 * whole years, and compact dollars on y, in the page's colours.
 */
export function monthAxisProps(horizonYears: number, label: string) {
  return {
    dataKey: 'month',
    type: 'number' as const,
    domain: [0, horizonYears * 12] as [number, number],
    ticks: Array.from({ length: horizonYears + 1 }, (_, year) => year * 12),
    tickFormatter: (month: number) => `${month / 12}`,
    stroke: 'var(--color-muted)',
    tick: { fill: 'var(--color-muted)' },
    label: {
      value: label,
      position: 'insideBottom' as const,
      offset: -4,
      fill: 'var(--color-muted)',
    },
    height: 44,
  };
}

export const usdAxisProps = {
  tickFormatter: (v: number) => formatUsdCompact(v),
  stroke: 'var(--color-muted)',
  tick: { fill: 'var(--color-muted)' },
  width: 64,
  domain: ['auto', 'auto'] as [string, string],
};

export const legendProps = {
  verticalAlign: 'top' as const,
  itemSorter: null,
  wrapperStyle: { color: 'var(--color-text)', paddingBottom: 8 },
};
