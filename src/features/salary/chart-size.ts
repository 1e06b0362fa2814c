/** The projection chart's height in CSS pixels (its placeholder keeps the same). */
export const CHART_HEIGHT = 380;
