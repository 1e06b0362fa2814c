import fc from 'fast-check';
import { fuzzRuns } from '../../fuzz-runs';
import {
  canvasFrame,
  fitScale,
  MAX_SCALE,
  MIN_SCALE,
  openingScale,
  PADDING,
  READABLE_SCALE,
  wheelScale,
  zoomStep,
} from '@/features/roadmap/graph-scale';

describe('graph scale', () => {
  it('opens a graph that fits the width at the scale that fits, never above 1:1', () => {
    expect(openingScale(1000, 1000 + 2 * PADDING.x)).toBe(1);
    expect(openingScale(2000, 1500 + 2 * PADDING.x)).toBe(0.75);
    expect(openingScale(400, 1500)).toBe(1);
  });

  it('opens a graph too wide to read whole at the readable scale (the canvas scrolls)', () => {
    expect(openingScale(3000, 1000)).toBe(READABLE_SCALE);
    const frame = canvasFrame({ width: 3000, height: 500 }, 1000, READABLE_SCALE);
    expect(frame.width).toBeGreaterThan(1000);
  });

  it('fits to the width whatever it takes, within the zoom range', () => {
    expect(fitScale(3000, 1000 + 2 * PADDING.x)).toBeCloseTo(1 / 3, 5);
    expect(fitScale(100_000, 300)).toBe(MIN_SCALE);
  });

  it('makes the canvas hold the whole drawing at any scale: nothing is cut off', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.double({ min: MIN_SCALE, max: MAX_SCALE, noNaN: true }),
        (width, height, view, scale) => {
          const f = canvasFrame({ width, height }, view, scale);
          expect(f.x).toBeGreaterThanOrEqual(PADDING.x);
          expect(f.x + width * scale).toBeLessThanOrEqual(f.width - PADDING.x + 1e-6);
          expect(f.y + height * scale).toBeLessThanOrEqual(f.height - PADDING.bottom + 1e-6);
          expect(f.width).toBeGreaterThanOrEqual(view);
        },
      ),
      { numRuns: fuzzRuns(200) },
    );
  });

  it('centres a drawing narrower than the view', () => {
    const f = canvasFrame({ width: 500, height: 300 }, 1100, 1);
    expect(f.x).toBe(300);
    expect(f.width).toBe(1100);
  });

  it('zooms in steps and with the wheel within its range', () => {
    expect(zoomStep(1, 1)).toBe(1.25);
    expect(zoomStep(1, -1)).toBe(0.8);
    expect(zoomStep(MAX_SCALE, 1)).toBe(MAX_SCALE);
    expect(zoomStep(MIN_SCALE, -1)).toBe(MIN_SCALE);
    expect(wheelScale(1, -100)).toBeGreaterThan(1);
    expect(wheelScale(1, 100)).toBeLessThan(1);
    expect(wheelScale(MIN_SCALE, 10_000)).toBe(MIN_SCALE);
  });
});
