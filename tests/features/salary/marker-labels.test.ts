import { fuzzRuns } from '../../fuzz-runs';
import fc from 'fast-check';
import { placeLabels } from '@/features/salary/marker-labels';

/** Each placed label as the span of pixels it covers. */
const spans = (labels: { x: number; width: number }[], left: number, right: number) =>
  placeLabels(labels, left, right).map((p, i) => {
    const { width } = labels[i]!;
    const from = p.anchor === 'start' ? p.x : p.x - width;
    return { from, to: from + width, row: p.row, anchor: p.anchor };
  });

describe('placeLabels', () => {
  it('starts a label at its line, or ends it there when the plot has no room to the right', () => {
    expect(spans([{ x: 100, width: 60 }], 50, 400)).toEqual([
      { from: 104, to: 164, row: 0, anchor: 'start' },
    ]);
    expect(spans([{ x: 380, width: 60 }], 50, 400)).toEqual([
      { from: 316, to: 376, row: 0, anchor: 'end' },
    ]);
  });

  it('puts a label that would meet the one before on the next row (a phone: a month is 2 px)', () => {
    // "New role" and "Break-even, cash" a month apart, "Break-even, with your time" later.
    const placed = spans(
      [
        { x: 120, width: 56 },
        { x: 122, width: 112 },
        { x: 160, width: 182 },
      ],
      72,
      358,
    );
    expect(placed.map((p) => p.row)).toEqual([0, 1, 2]);
  });

  it('keeps labels far apart on one row', () => {
    const placed = spans(
      [
        { x: 100, width: 56 },
        { x: 400, width: 112 },
      ],
      50,
      1000,
    );
    expect(placed.map((p) => p.row)).toEqual([0, 0]);
  });

  it('never lets two labels on a row overlap, nor one leave the plot', () => {
    const plot = fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 150, max: 1200 }))
      .map(([left, width]) => ({ left, right: left + width }));
    const input = plot.chain(({ left, right }) =>
      fc.record({
        left: fc.constant(left),
        right: fc.constant(right),
        labels: fc.array(
          fc.record({
            x: fc.integer({ min: left, max: right }),
            width: fc.integer({ min: 20, max: right - left }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
    );
    fc.assert(
      fc.property(input, ({ left, right, labels }) => {
        const placed = spans(labels, left, right);
        for (const [i, a] of placed.entries()) {
          expect(a.from).toBeGreaterThanOrEqual(left);
          expect(a.to).toBeLessThanOrEqual(right);
          for (const b of placed.slice(i + 1))
            if (a.row === b.row) expect(a.to <= b.from || b.to <= a.from).toBe(true);
        }
      }),
      { numRuns: fuzzRuns(2000) },
    );
  });
});
