/** A label to place: the x of its line and its width, in pixels. */
export interface LabelBox {
  x: number;
  width: number;
}

export interface PlacedLabel {
  /** Where the text is anchored, and from which end. */
  x: number;
  anchor: 'start' | 'end';
  /** 0 is the top line of labels, 1 the one under it, … */
  row: number;
}

const GAP = 4;
/** Room kept between two labels on one row. */
const SPACE = 8;

/**
 * Places the labels of vertical markers so that none overlaps another or runs past the plot:
 * each starts at its line, or ends there when there is no room to its right (or, with room on
 * neither side, sits against the plot's edge), on the top row where it meets no other label.
 */
export function placeLabels(
  labels: readonly LabelBox[],
  left: number,
  right: number,
): PlacedLabel[] {
  const rows: [number, number][][] = [];
  return labels.map(({ x, width }) => {
    let from = x + GAP;
    if (from + width > right) from = x - GAP - width >= left ? x - GAP - width : right - width;
    from = Math.max(left, from);
    const to = from + width;
    let row = rows.findIndex((taken) =>
      taken.every(([a, b]) => to + SPACE <= a || b + SPACE <= from),
    );
    if (row === -1) row = rows.push([]) - 1;
    rows[row]!.push([from, to]);
    const anchor = from < x ? 'end' : 'start';
    return { x: anchor === 'end' ? to : from, anchor, row };
  });
}
